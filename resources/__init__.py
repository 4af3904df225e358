"""Files the application reads at run time: fonts, icons and translations."""
