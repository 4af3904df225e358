<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi">
<context>
    <name>AckMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>{title}, version {n}, of {department}</source>
        <translation>{title}, versio {n} (osasto: {department})</translation>
    </message>
    <message>
        <source>signed v{n}</source>
        <translation>kuitattu v{n}</translation>
    </message>
    <message>
        <source>{person} – {title}, version {n}</source>
        <translation>{person} – {title}, versio {n}</translation>
    </message>
    <message>
        <source>Not acknowledged yet. Double-click to record it.</source>
        <translation>Ei vielä kuitattu. Kirjaa kuittaus kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Version {n} acknowledged on {date} ({how}).</source>
        <translation>Versio {n} kuitattu {date} ({how}).</translation>
    </message>
    <message>
        <source>Outdated: a major revision since asks everyone to read it again.</source>
        <translation>Vanhentunut: sen jälkeinen merkittävä muutos pyytää kaikkia lukemaan sen uudelleen.</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Record an acknowledgement</source>
        <translation>Kirjaa kuittaus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versio {n}</translation>
    </message>
    <message>
        <source>{person} signed version {old}; a major revision since asks everyone to read it again.</source>
        <translation>{person} kuittasi version {old}; sen jälkeinen merkittävä muutos pyytää kaikkia lukemaan sen uudelleen.</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>AcknowledgementReport</name>
    <message>
        <source>Who still has to sign</source>
        <translation>Kenen pitää vielä kuitata</translation>
    </message>
    <message>
        <source>Acknowledgement of the service standards in force, on {date}.</source>
        <translation>Voimassa olevien palvelustandardien kuittaukset {date}.</translation>
    </message>
    <message>
        <source>No standard in force applies to anyone yet.</source>
        <translation>Mikään voimassa oleva standardi ei vielä koske ketään.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ajan tasalla</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>Osuus ajan tasalla</translation>
    </message>
    <message>
        <source>Outdated: signed an earlier version, before a major revision. A minor revision (wording, a typo) keeps earlier signatures current.</source>
        <translation>Vanhentunut: aiempi versio kuitattu ennen merkittävää muutosta. Pieni muutos (sanamuoto, kirjoitusvirhe) pitää aiemmat kuittaukset ajan tasalla.</translation>
    </message>
    <message>
        <source>{current} of {required} acknowledgements current.</source>
        <translation>{current}/{required} kuittausta ajan tasalla.</translation>
    </message>
    <message>
        <source>Everyone here has acknowledged every standard in force that applies to them.</source>
        <translation>Täällä jokainen on kuitannut kaikki itseään koskevat voimassa olevat standardit.</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the version of the standard named on my line.</source>
        <translation>Allekirjoittamalla vahvistan lukeneeni ja ymmärtäneeni rivilläni mainitun standardin version.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>outdated: signed version {n}</source>
        <translation>vanhentunut: kuitattu versio {n}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsScreen</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Kuittaukset</translation>
    </message>
    <message>
        <source>Enter a signed sheet…</source>
        <translation>Kirjaa allekirjoitettu lista…</translation>
    </message>
    <message>
        <source>Everyone reads and acknowledges the service standards that apply to them: those of their own department and those that name their department as readers. Once a standard is in force, its people appear here.</source>
        <translation>Jokainen lukee ja kuittaa itseään koskevat palvelustandardit: oman osastonsa standardit ja ne, jotka nimeävät hänen osastonsa lukijaksi. Kun standardi on voimassa, sitä koskevat henkilöt näkyvät täällä.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Only what is still to sign</source>
        <translation>Vain kuittaamatta olevat</translation>
    </message>
    <message>
        <source>Print who still has to sign…</source>
        <translation>Tulosta, kenen pitää vielä kuitata…</translation>
    </message>
    <message>
        <source>Record acknowledgement…</source>
        <translation>Kirjaa kuittaus…</translation>
    </message>
    <message>
        <source>Take back this acknowledgement (entered by mistake)…</source>
        <translation>Peru tämä kuittaus (kirjattu vahingossa)…</translation>
    </message>
    <message>
        <source>{current} of {required} current ({share}) · {outdated} outdated · {missing} missing</source>
        <translation>{current}/{required} ajan tasalla ({share}) · {outdated} vanhentunutta · {missing} puuttuu</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>Peru kuittaus</translation>
    </message>
    <message>
        <source>Take back {person}'s acknowledgement of version {n}? Use this only for a tick entered by mistake.</source>
        <translation>Perutaanko henkilön {person} version {n} kuittaus? Käytä tätä vain vahingossa kirjattuun rastiin.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Draft made</source>
        <translation>Luonnos tehty</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” is a draft now, and this action is done. Open the draft to finish it and send it for review?</source>
        <translation>Standardin ”{title}” versio {n} on nyt luonnos, ja tämä toimenpide on tehty. Avataanko luonnos, jotta sen voi viimeistellä ja lähettää tarkastettavaksi?</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Avaa luonnos</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korjaava toimenpide</translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation>Uusi korjaava toimenpide</translation>
    </message>
    <message>
        <source>request #{n}</source>
        <translation>pyyntö nro {n}</translation>
    </message>
    <message>
        <source>feedback #{n}</source>
        <translation>palaute nro {n}</translation>
    </message>
    <message>
        <source>idea #{n}</source>
        <translation>idea nro {n}</translation>
    </message>
    <message>
        <source>Follows up {source}.</source>
        <translation>Jatkoa kohteelle {source}.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>{department} rated {rating} / 5 by {who}</source>
        <translation>{who} arvioi osaston {department}: {rating} / 5</translation>
    </message>
    <message>
        <source>Corrective action #{n} ({status}, due {due}) already follows this up: “{what}”</source>
        <translation>Korjaava toimenpide #{n} ({status}, erääntyy {due}) käsittelee tätä jo: ”{what}”</translation>
    </message>
    <message>
        <source>Closed by revising “{title}” (version {n}).</source>
        <translation>Suljettu muuttamalla standardia ”{title}” (versio {n}).</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Mitä tehdään</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Close by revising a standard…</source>
        <translation>Sulje muuttamalla standardia…</translation>
    </message>
    <message>
        <source>When the fix is a change to a service standard: its new draft is made, linked to this action and to the feedback behind it, and the action is done.</source>
        <translation>Kun korjaus on muutos palvelustandardiin: sen uusi luonnos tehdään, se linkitetään tähän toimenpiteeseen ja sen taustalla olevaan palautteeseen, ja toimenpide on valmis.</translation>
    </message>
    <message>
        <source>Close by revising a standard</source>
        <translation>Sulje muuttamalla standardia</translation>
    </message>
    <message>
        <source>Standard revised: {what}</source>
        <translation>Standardia muutettu: {what}</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Corrective actions</source>
        <translation>Korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Uusi toimenpide</translation>
    </message>
    <message>
        <source>A corrective action is what will be done about poor feedback or a failed request: who does it and by when. Open the first one.</source>
        <translation>Korjaava toimenpide kertoo, mitä huonon palautteen tai epäonnistuneen pyynnön jälkeen tehdään: kuka sen tekee ja mihin mennessä. Avaa ensimmäinen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ei vielä tehty</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Mitä tehdään</translation>
    </message>
    <message>
        <source>Show finished actions</source>
        <translation>Näytä valmiit toimenpiteet</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be done: “Not done yet” hides %n finished action(s).</source>
        <translation>
            <numerusform>Mitään ei odota tekemistä: ”Ei vielä tehty” piilottaa %n valmiin toimenpiteen.</numerusform>
            <numerusform>Mitään ei odota tekemistä: ”Ei vielä tehty” piilottaa %n valmista toimenpidettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Palvelusopimus</translation>
    </message>
    <message>
        <source>Provider (gives the service)</source>
        <translation>Palveluntarjoaja (antaa palvelun)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Customer (receives it)</source>
        <translation>Asiakas (saa palvelun)</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Mitä asiakas tarvitsee</translation>
    </message>
    <message>
        <source>What the provider needs in return</source>
        <translation>Mitä palveluntarjoaja tarvitsee vastineeksi</translation>
    </message>
    <message>
        <source>Standards that apply</source>
        <translation>Sovellettavat standardit</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Tarkistettava viimeistään</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ei suunniteltu</translation>
    </message>
    <message>
        <source>Internal service runs both ways: the manager needs IT to have a new hire's computer ready, and IT needs to hear of the hire early.</source>
        <translation>Sisäinen palvelu kulkee molempiin suuntiin: esihenkilö tarvitsee IT:ltä uuden työntekijän koneen valmiiksi, ja IT tarvitsee tiedon rekrytoinnista ajoissa.</translation>
    </message>
    <message>
        <source>Choose the provider: its standards in force are listed here.</source>
        <translation>Valitse palveluntarjoaja: sen voimassa olevat standardit näkyvät tässä.</translation>
    </message>
    <message>
        <source>{department} has no standard in force yet: publish one in Service standards, then link it here.</source>
        <translation>Osastolla {department} ei ole vielä voimassa olevaa standardia: julkaise sellainen kohdassa Palvelustandardit ja liitä se sitten tähän.</translation>
    </message>
    <message>
        <source>A department cannot have an agreement with itself.</source>
        <translation>Osastolla ei voi olla sopimusta itsensä kanssa.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Service agreement</source>
        <translation>Palvelusopimus</translation>
    </message>
    <message>
        <source>between {provider} (provider) and {customer} (customer)</source>
        <translation>osapuolina {provider} (palveluntarjoaja) ja {customer} (asiakas)</translation>
    </message>
    <message>
        <source>What {customer} needs from {provider}</source>
        <translation>Mitä {customer} tarvitsee osastolta {provider}</translation>
    </message>
    <message>
        <source>What {provider} needs from {customer} in return</source>
        <translation>Mitä {provider} tarvitsee vastineeksi osastolta {customer}</translation>
    </message>
    <message>
        <source>Service standards that apply</source>
        <translation>Sovellettavat palvelustandardit</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Ensivastaus</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>No standard is linked to this agreement.</source>
        <translation>Tähän sopimukseen ei ole liitetty standardia.</translation>
    </message>
    <message>
        <source>To be reviewed by {date}.</source>
        <translation>Tarkistettava viimeistään {date}.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Both departments agree to give the service described above and to tell each other early when they cannot.</source>
        <translation>Molemmat osastot sitoutuvat antamaan yllä kuvatun palvelun ja kertomaan toisilleen ajoissa, jos eivät pysty siihen.</translation>
    </message>
    <message>
        <source>For {department}</source>
        <translation>Osaston {department} puolesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Service agreements</source>
        <translation>Palvelusopimukset</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Uusi sopimus</translation>
    </message>
    <message>
        <source>A service agreement writes down what a customer department needs from its provider, and what the provider needs back in return. Agree the first one.</source>
        <translation>Palvelusopimus kirjaa, mitä asiakasosasto tarvitsee palveluntarjoajaltaan ja mitä palveluntarjoaja tarvitsee vastineeksi. Laadi ensimmäinen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntarjoaja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Asiakkaan tarpeet</translation>
    </message>
    <message>
        <source>Provider needs in return</source>
        <translation>Palveluntarjoajan tarpeet vastineeksi</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Tarkistettava viimeistään</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore the agreement of {provider} serving {customer}?</source>
        <translation>Palautetaanko sopimus, jolla {provider} palvelee osastoa {customer}?</translation>
    </message>
    <message>
        <source>Archive the agreement of {provider} serving {customer}? It stays in the history and can be restored with Show archived.</source>
        <translation>Arkistoidaanko sopimus, jolla {provider} palvelee osastoa {customer}? Se säilyy historiassa, ja sen voi palauttaa kohdasta Näytä arkistoidut.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version {n}</source>
        <translation>Hyväksy versio {n}</translation>
    </message>
    <message>
        <source>Only {approver}, named when it was sent for review, can approve this version.</source>
        <translation>Vain {approver}, joka nimettiin tarkastettavaksi lähetettäessä, voi hyväksyä tämän version.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Hyväksyjä</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>This revision is</source>
        <translation>Tämä muutos on</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; everyone who signed the version before stays current. Major: what people do changes; everyone signs again.</source>
        <translation>Pieni: kirjoitusvirhe tai selkeämpi sanamuoto; edellisen version kuitanneet pysyvät ajan tasalla. Merkittävä: tekeminen muuttuu; kaikki kuittaavat uudelleen.</translation>
    </message>
    <message>
        <source>Major: what people do changes; everyone signs version {n} again, earlier signatures no longer count.</source>
        <translation>Merkittävä: tekeminen muuttuu; kaikki kuittaavat version {n} uudelleen, aiemmat kuittaukset eivät enää riitä.</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again.</source>
        <translation>Pieni: kirjoitusvirhe tai selkeämpi sanamuoto; kuitanneet pysyvät ajan tasalla, kenenkään ei tarvitse kuitata uudelleen.</translation>
    </message>
    <message>
        <source>Put it in force now</source>
        <translation>Ota käyttöön heti</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Training attendance sheet</source>
        <translation>Koulutuksen osallistujalista</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Käsitellyt standardit</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versio {n}</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training and have read and understood the standards it covered.</source>
        <translation>Allekirjoittamalla vahvistan osallistuneeni tähän koulutukseen sekä lukeneeni ja ymmärtäneeni siinä käsitellyt standardit.</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training.</source>
        <translation>Allekirjoittamalla vahvistan osallistuneeni tähän koulutukseen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Osallistujat</translation>
    </message>
</context>
<context>
    <name>BaseReport</name>
    <message>
        <source>Some characters cannot be printed with this document's font and are shown as �: {characters}.</source>
        <translation>Joitakin merkkejä ei voi tulostaa asiakirjan kirjasimella, ja ne näkyvät merkkinä �: {characters}.</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Luotu {date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Sivu {n}/{m}</translation>
    </message>
    <message>
        <source>Uncontrolled when printed</source>
        <translation>Tuloste ei ole ohjattu asiakirja</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Provided by</source>
        <translation>Palvelun antaja</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>to</source>
        <translation>asiakkaalle</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Palveltu</translation>
    </message>
    <message>
        <source>Where service broke down, most often first: points named in feedback, poor ratings, targets missed, and requests open and late now. The line adds them up: the first few usually explain most of it (Pareto).</source>
        <translation>Missä palvelu katkesi, yleisimmästä alkaen: palautteessa nimetyt ongelmakohdat, heikot arvosanat, ylitetyt tavoiteajat ja nyt avoinna olevat myöhässä olevat pyynnöt. Viiva laskee ne yhteen: ensimmäiset selittävät yleensä suurimman osan (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns, most frequent first</source>
        <translation>Palvelukatkokset yleisimmästä alkaen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Mikä meni vikaan</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kertaa</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Kertynyt osuus</translation>
    </message>
    <message>
        <source>Rank: the most frequent breakdown first</source>
        <translation>Sija: yleisin katkos ensin</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Customers it hit</source>
        <translation>Asiakkaat, joita se koski</translation>
    </message>
    <message>
        <source>Corrective actions of the department</source>
        <translation>Osaston korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Avaa korjaava toimenpide…</translation>
    </message>
    <message>
        <source>Running share (%)</source>
        <translation>Kertynyt osuus (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n breakdown(s) in {period}.</source>
        <translation>
            <numerusform>%n palvelukatkos ajalla {period}.</numerusform>
            <numerusform>%n palvelukatkosta ajalla {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {k} listed account for {share}.</source>
        <translation>Luetellut {k} selittävät niistä {share}.</translation>
    </message>
    <message>
        <source>{n} named in anonymous feedback are left out: too few people gave them to stay anonymous.</source>
        <translation>Nimettömässä palautteessa nimettyjä kohtia jätetty pois {n}: niitä antoi liian harva nimettömyyden säilyttämiseksi.</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Ei palvelukatkoksia tällä jaksolla.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(ei osastoa)</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>valmis {date}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ei yhtään tällä jaksolla.</translation>
    </message>
    <message>
        <source>{point}{where} ({period}: {n}×). What we will change:</source>
        <translation>{point}{where} ({period}: {n}×). Mitä muutamme:</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working hours of {name}</source>
        <translation>Työaika: {name}</translation>
    </message>
    <message>
        <source>The targets of {name}'s service standards count only its working time: a 4-hour target logged on Friday at 16:30 falls due on Monday when it works 9 to 5.</source>
        <translation>Palvelustandardien tavoiteajat lasketaan vain työajasta ({name}): perjantaina klo 16.30 kirjattu 4 tunnin tavoite erääntyy maanantaina, kun työaika on 9–17.</translation>
    </message>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Auki ympäri vuorokauden (24/7)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Työaika</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Työskentelee</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>Same hours Monday to Friday</source>
        <translation>Sama työaika maanantaista perjantaihin</translation>
    </message>
    <message>
        <source>Copy Monday's hours to Tuesday, Wednesday, Thursday and Friday</source>
        <translation>Kopioi maanantain työaika tiistaille, keskiviikolle, torstaille ja perjantaille</translation>
    </message>
    <message>
        <source>Write times like 09:00–13:00, 14:00–18:00; split shifts are several intervals on one line. Leave a day empty when it is closed.</source>
        <translation>Kirjoita ajat muodossa 09:00–13:00, 14:00–18:00; jaetut vuorot ovat useita jaksoja samalla rivillä. Jätä suljettu päivä tyhjäksi.</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Yleiset vapaapäivät</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Kellonajat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <source>Add closure…</source>
        <translation>Lisää sulkuaika…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Sulkuajat</translation>
    </message>
    <message numerus="yes">
        <source>Saving gives the %n open request(s) of {name} new due times in these hours.</source>
        <translation>
            <numerusform>Tallennus antaa %n avoimelle pyynnölle uuden eräajan tämän työajan mukaan ({name}).</numerusform>
            <numerusform>Tallennus antaa %n avoimelle pyynnölle uudet eräajat tämän työajan mukaan ({name}).</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(koko maa)</translation>
    </message>
    <message>
        <source>No public holidays: every day with hours is a working day.</source>
        <translation>Ei yleisiä vapaapäiviä: jokainen päivä, jolla on työaika, on työpäivä.</translation>
    </message>
    <message>
        <source>No public holiday in the next 12 months.</source>
        <translation>Ei yleisiä vapaapäiviä seuraavan 12 kuukauden aikana.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {holiday} (%n in the next 12 months)</source>
        <translation>
            <numerusform>Seuraava: {holiday} (%n seuraavan 12 kuukauden aikana)</numerusform>
            <numerusform>Seuraava: {holiday} (%n seuraavan 12 kuukauden aikana)</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>koko päivän</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>koko yritys</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Avoimille pyynnöille lasketaan uudet eräajat…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>open around the clock</source>
        <translation>auki ympäri vuorokauden</translation>
    </message>
    <message>
        <source>public holidays of {place}</source>
        <translation>yleiset vapaapäivät: {place}</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel request #{n}</source>
        <translation>Peru pyyntö nro {n}</translation>
    </message>
    <message>
        <source>A cancelled request cannot be reopened. The reason goes into its history, so the person who asked knows why nothing will be done.</source>
        <translation>Peruttua pyyntöä ei voi avata uudelleen. Syy jää sen historiaan, jotta pyytäjä tietää, miksi mitään ei tehdä.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Miksi se perutaan?</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päätti</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Peru pyyntö</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Säilytä pyyntö</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure</source>
        <translation>Sulkuaika</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Asti (mukaan lukien)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Koko päivä</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Suljettu koko päivän</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Suljettu klo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>e.g. Christmas Eve afternoon, August shutdown</source>
        <translation>esim. jouluaaton iltapäivä, elokuun lomasulku</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <source>The whole company (every department with working hours)</source>
        <translation>Koko yritys (jokainen osasto, jolla on työaika)</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company details</source>
        <translation>Yrityksen tiedot</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Service vision</source>
        <translation>Palvelulupaus</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Valitse logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The name, address, logo and service vision appear on the cover and pages of every printed document.</source>
        <translation>Nimi, osoite, logo ja palvelulupaus näkyvät jokaisen tulostetun asiakirjan kannessa ja sivuilla.</translation>
    </message>
    <message>
        <source>Dates, times and working hours are the company's, in its time zone, whatever this computer is set to. A new time zone gives open requests new due times.</source>
        <translation>Päivämäärät, kellonajat ja työajat ovat yrityksen omassa aikavyöhykkeessä riippumatta tämän tietokoneen asetuksista. Uusi aikavyöhyke antaa avoimille pyynnöille uudet eräajat.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(ei logoa)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Kuvat ({patterns})</translation>
    </message>
    <message>
        <source>Choose a picture (PNG, JPEG or SVG) smaller than 10 MB.</source>
        <translation>Valitse alle 10 Mt:n kuva (PNG, JPEG tai SVG).</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Avoimille pyynnöille lasketaan uudet eräajat…</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Vertaa versioita</translation>
    </message>
    <message>
        <source>Version {n} ({status})</source>
        <translation>Versio {n} ({status})</translation>
    </message>
    <message>
        <source>Show what did not change</source>
        <translation>Näytä myös muuttumattomat</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vertaa</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vertaa versioon</translation>
    </message>
    <message>
        <source>with</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versio {n}</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed</source>
        <translation>{changed} muutettu, {added} lisätty, {removed} poistettu</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ei eroja.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Vaihe {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Ketä palvelee</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Ensivastaus viimeistään</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Ratkaistu viimeistään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>When several PCs work on one company at once, it lives in a PostgreSQL database on a server of the office network. Type what whoever set up the server gave you.</source>
        <translation>Kun usea tietokone käsittelee samaa yritystä yhtä aikaa, sen tiedot ovat PostgreSQL-tietokannassa toimiston verkon palvelimella. Kirjoita tiedot, jotka palvelimen asentaja antoi sinulle.</translation>
    </message>
    <message>
        <source>(type a new one below)</source>
        <translation>(kirjoita uusi alle)</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Viimeisimmät palvelimet</translation>
    </message>
    <message>
        <source>e.g. office-server or 192.168.1.20</source>
        <translation>esim. toimistopalvelin tai 192.168.1.20</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>e.g. hotel</source>
        <translation>esim. hotelli</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Muista salasana tällä tietokoneella</translation>
    </message>
    <message>
        <source>This PC has no password keyring, so icdesk cannot remember the password here: it asks for it each time the company is opened.</source>
        <translation>Tällä tietokoneella ei ole salasanojen avainnippua, joten icdesk ei voi muistaa salasanaa täällä: se kysyy sen aina, kun yritys avataan.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Kokeile</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>kept on this PC</source>
        <translation>tallennettu tälle tietokoneelle</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Yhdistetään palvelimeen {host}…</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} palvelimella {host}</translation>
    </message>
    <message>
        <source>Connected: {place} holds an icdesk company.</source>
        <translation>Yhdistetty: {place} sisältää icdesk-yrityksen.</translation>
    </message>
    <message>
        <source>Connected: {place} is empty; Connect offers to set up a new company there or to copy this one into it.</source>
        <translation>Yhdistetty: {place} on tyhjä; Yhdistä tarjoaa uuden yrityksen perustamista sinne tai tämän yrityksen kopioimista sinne.</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Tyhjä tietokanta</translation>
    </message>
    <message>
        <source>{place} holds no icdesk company yet. Set up a new company there, or copy the company open now into it (every record, with the same numbers; the file stays as it is)?</source>
        <translation>{place} ei vielä sisällä icdesk-yritystä. Perustetaanko sinne uusi yritys vai kopioidaanko sinne nyt avoinna oleva yritys (kaikki tiedot samoine numeroineen; tiedosto pysyy ennallaan)?</translation>
    </message>
    <message>
        <source>Set up a new company</source>
        <translation>Perusta uusi yritys</translation>
    </message>
    <message>
        <source>Copy this company into it</source>
        <translation>Kopioi tämä yritys sinne</translation>
    </message>
    <message>
        <source>Copying the company to {host}…</source>
        <translation>Kopioidaan yritystä palvelimelle {host}…</translation>
    </message>
    <message>
        <source>Copying the company to {host}… {count} records so far</source>
        <translation>Kopioidaan yritystä palvelimelle {host}… tähän mennessä {count} tietuetta</translation>
    </message>
    <message>
        <source>Company copied</source>
        <translation>Yritys kopioitu</translation>
    </message>
    <message>
        <source>{count} records were copied to {address}; every table there holds as many rows as in {source}. The window now works on the server; the file stays as it was.</source>
        <translation>{count} tietuetta kopioitiin kohteeseen {address}; jokaisessa taulussa on siellä yhtä monta riviä kuin lähteessä {source}. Ikkuna käyttää nyt palvelinta; tiedosto pysyy ennallaan.</translation>
    </message>
    <message>
        <source>The password could not be kept in this PC's keyring; icdesk will ask for it next time.</source>
        <translation>Salasanaa ei voitu tallentaa tämän tietokoneen avainnippuun; icdesk kysyy sen ensi kerralla.</translation>
    </message>
</context>
<context>
    <name>CrossTrainingDialog</name>
    <message>
        <source>Cross-training</source>
        <translation>Ristiinkoulutus</translation>
    </message>
    <message>
        <source>Record cross-training</source>
        <translation>Kirjaa ristiinkoulutus</translation>
    </message>
    <message>
        <source>Cross-training: someone learns how another department serves its colleagues, so they can step in and ask for the right thing.</source>
        <translation>Ristiinkoulutus: joku oppii, miten toinen osasto palvelee kollegoitaan, jotta hän voi auttaa ja pyytää oikeaa asiaa.</translation>
    </message>
    <message>
        <source>Who learned</source>
        <translation>Kuka oppi</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Department's service learned</source>
        <translation>Opittu osaston palvelu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Mitä opittiin</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Finishing today's backup…</source>
        <translation>Viimeistellään tämän päivän varmuuskopiota…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Latest recognitions</source>
        <translation>Viimeisimmät tunnustukset</translation>
    </message>
    <message>
        <source>Internal customer service</source>
        <translation>Sisäinen asiakaspalvelu</translation>
    </message>
    <message>
        <source>Requests logged</source>
        <translation>Kirjatut pyynnöt</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>Tavoiteajassa (%)</translation>
    </message>
    <message>
        <source>Anonymous ratings count once {k} are given in a month ({n} waiting).</source>
        <translation>Nimettömät arviot lasketaan, kun niitä on kuukaudessa {k} ({n} odottaa).</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Keskiarvosana</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>avoin pyyntö</numerusform>
            <numerusform>avointa pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} in the last 30 days</source>
        <translation>{change} viimeisten 30 päivän aikana</translation>
    </message>
    <message numerus="yes">
        <source>overdue request(s) – past a target</source>
        <translation>
            <numerusform>myöhässä oleva pyyntö – tavoite ylitetty</numerusform>
            <numerusform>myöhässä olevaa pyyntöä – tavoite ylitetty</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} went past a target in 30 days (30 days before: {m})</source>
        <translation>Tavoiteaika ylittyi 30 päivässä: {n} (sitä edeltävinä 30 päivänä: {m})</translation>
    </message>
    <message>
        <source>none of them had a deadline to resolve by: a standard's resolution target or a day needed by gives one</source>
        <translation>millään ei ollut ratkaisun määräaikaa: sen antaa standardin ratkaisutavoite tai päivä, johon mennessä pyyntö tarvitaan</translation>
    </message>
    <message numerus="yes">
        <source>resolved within target, last 30 days (%n resolved)</source>
        <translation>
            <numerusform>ratkaistu tavoitteessa, viimeiset 30 päivää (%n ratkaistu)</numerusform>
            <numerusform>ratkaistu tavoitteessa, viimeiset 30 päivää (%n ratkaistua)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on the 30 days before</source>
        <translation>
            <numerusform>%n prosenttiyksikkö verrattuna edellisiin 30 päivään</numerusform>
            <numerusform>%n prosenttiyksikköä verrattuna edellisiin 30 päivään</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average rating, last 30 days (%n rating(s))</source>
        <translation>
            <numerusform>keskimääräinen arvosana, viimeiset 30 päivää (%n arvosana)</numerusform>
            <numerusform>keskimääräinen arvosana, viimeiset 30 päivää (%n arvosanaa)</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on the 30 days before</source>
        <translation>{change} verrattuna edellisiin 30 päivään</translation>
    </message>
    <message numerus="yes">
        <source>open corrective action(s)</source>
        <translation>
            <numerusform>avoin korjaava toimenpide</numerusform>
            <numerusform>avointa korjaavaa toimenpidettä</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on 30 days ago</source>
        <translation>{change} verrattuna 30 päivän takaiseen</translation>
    </message>
    <message numerus="yes">
        <source>corrective action(s) past the due date</source>
        <translation>
            <numerusform>korjaava toimenpide myöhässä</numerusform>
            <numerusform>korjaavaa toimenpidettä myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)</source>
        <translation>
            <numerusform>kuittaus vielä tekemättä ({missing} puuttuu, {outdated} vanhentunutta)</numerusform>
            <numerusform>kuittausta vielä tekemättä ({missing} puuttuu, {outdated} vanhentunutta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standard review(s) due within 30 days ({late} past their date)</source>
        <translation>
            <numerusform>standardin tarkistus 30 päivän sisällä ({late} myöhässä)</numerusform>
            <numerusform>standardin tarkistusta 30 päivän sisällä ({late} myöhässä)</numerusform>
        </translation>
    </message>
    <message>
        <source>No recognitions yet: thank someone for good service.</source>
        <translation>Ei vielä tunnustuksia: kiitä jotakuta hyvästä palvelusta.</translation>
    </message>
    <message>
        <source>Requests per month, share within target</source>
        <translation>Pyynnöt kuukausittain, osuus tavoiteajassa</translation>
    </message>
    <message>
        <source>Average rating per month</source>
        <translation>Keskiarvosana kuukausittain</translation>
    </message>
    <message>
        <source>Getting started: add your departments and people (Departments &amp; People), write each department's service standards, then log the requests departments make of each other.</source>
        <translation>Aloitus: lisää osastot ja henkilöt (Osastot ja henkilöt), kirjoita kunkin osaston palvelustandardit ja kirjaa sitten pyynnöt, joita osastot esittävät toisilleen.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>There is no day {day} in {month}: the date now reads {date}. Check it.</source>
        <translation>Päivää {day} ei ole ({month}): päivämäärä on nyt {date}. Tarkista se.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Muokkaa osastoa</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Uusi osasto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>e.g. Housekeeping</source>
        <translation>esim. Kerroshoito</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>made from the name, e.g. HOU</source>
        <translation>muodostetaan nimestä, esim. KER</translation>
    </message>
    <message>
        <source>Names the department's documents: HOU-003 is its third service standard. It stays the same when the department is renamed.</source>
        <translation>Osaston asiakirjojen tunnus: HOU-003 on sen kolmas palvelustandardi. Tunnus pysyy samana, vaikka osaston nimi muuttuu.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mitä osasto tekee</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
</context>
<context>
    <name>DepartmentList</name>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Uusi osasto</translation>
    </message>
    <message>
        <source>Departments serve each other: IT serves accounting, the kitchen serves the dining room. Add your first department to start.</source>
        <translation>Osastot palvelevat toisiaan: IT palvelee taloushallintoa, keittiö palvelee ravintolasalia. Aloita lisäämällä ensimmäinen osasto.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Working hours…</source>
        <translation>Työaika…</translation>
    </message>
    <message>
        <source>Hours, public holidays and closures: the time its targets count</source>
        <translation>Työaika, yleiset vapaapäivät ja sulkuajat: aika, jonka tavoitteet laskevat</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore {name}? It appears again when requests are logged.</source>
        <translation>Palautetaanko {name}? Se näkyy taas pyyntöjä kirjattaessa.</translation>
    </message>
    <message>
        <source>Archive {name}? Its requests, standards and feedback stay in the history; it no longer appears when new requests are logged.</source>
        <translation>Arkistoidaanko {name}? Sen pyynnöt, standardit ja palautteet säilyvät historiassa; osasto ei enää näy uusia pyyntöjä kirjattaessa.</translation>
    </message>
    <message>
        <source>People in it: {n}. They stay in it; move to another department those who now work elsewhere.</source>
        <translation>Osaston henkilöt: {n}. He pysyvät siinä; siirrä toiseen osastoon ne, jotka työskentelevät nyt muualla.</translation>
    </message>
    <message>
        <source>Open requests asked of it: {n}. They stay open until they are finished or cancelled.</source>
        <translation>Osastolle osoitettuja avoimia pyyntöjä: {n}. Ne pysyvät avoimina, kunnes ne on tehty tai peruttu.</translation>
    </message>
    <message>
        <source>Average rating as provider</source>
        <translation>Keskiarvosana palveluntarjoajana</translation>
    </message>
    <message>
        <source>Average rating it gave as customer</source>
        <translation>Asiakkaana annettujen arvioiden keskiarvo</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Työaika</translation>
    </message>
    <message>
        <source>Nobody in this department yet.</source>
        <translation>Osastolla ei vielä ole ketään.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>No standards yet.</source>
        <translation>Ei vielä standardeja.</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Ei sopimuksia.</translation>
    </message>
    <message>
        <source>Gives service to</source>
        <translation>Palvelee osastoja</translation>
    </message>
    <message>
        <source>Needs service from</source>
        <translation>Tarvitsee palvelua osastoilta</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Viimeisimmät pyynnöt</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ei vielä pyyntöjä.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Type the form code printed on a paper form and press Enter (or pick the form). Then type the scores: a digit from 1 to 5 fills the cell and moves to the next; Delete clears it. Tick only the departments that served the respondent. Ctrl+S saves the form and makes room for the next one.</source>
        <translation>Kirjoita paperilomakkeeseen painettu koodi ja paina Enter (tai valitse lomake). Kirjoita sitten pisteet: numero 1–5 täyttää solun ja siirtyy seuraavaan; Delete tyhjentää sen. Rastita vain osastot, jotka palvelivat vastaajaa. Ctrl+S tallentaa lomakkeen ja tyhjentää tilan seuraavalle.</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Lomakkeen koodi</translation>
    </message>
    <message>
        <source>or</source>
        <translation>tai</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Tallenna lomake</translation>
    </message>
    <message>
        <source>(choose a form)</source>
        <translation>(valitse lomake)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>{n} of {m} back</source>
        <translation>palautettu {n}/{m}</translation>
    </message>
    <message>
        <source>This round is finished: no more answers can be typed in. Its results stand on the Results tab.</source>
        <translation>Tämä kierros on päättynyt: vastauksia ei voi enää kirjoittaa. Sen tulokset ovat Tulokset-välilehdellä.</translation>
    </message>
    <message>
        <source>{department} – {who} – form {code}</source>
        <translation>{department} – {who} – lomake {code}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Palveli</translation>
    </message>
    <message>
        <source>Step code</source>
        <translation>Vaiheen koodi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>{name} (own view)</source>
        <translation>{name} (oma näkemys)</translation>
    </message>
    <message>
        <source>No steps listed for this department.</source>
        <translation>Tälle osastolle ei ole lueteltu vaiheita.</translation>
    </message>
    <message>
        <source>This form has already come back in full; saving will be refused.</source>
        <translation>Tämä lomake on jo palautettu kokonaan; tallennus hylätään.</translation>
    </message>
    <message>
        <source>Saved: {n} answers from {who}. Next form?</source>
        <translation>Tallennettu: vastauksia {n}, vastaaja {who}. Seuraava lomake?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>Kenttä ”{label}” ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>{label} is too long: {count} characters, at most {limit} are allowed.</source>
        <translation>Kenttä ”{label}” on liian pitkä: {count} merkkiä, enintään {limit} sallitaan.</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>Arvosanan on oltava kokonaisluku 1–5.</translation>
    </message>
    <message>
        <source>A request that is {status} cannot be moved to {target}.</source>
        <translation>Pyyntöä, jonka tila on ”{status}”, ei voi siirtää tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>A corrective action that is {status} cannot be moved to {target}.</source>
        <translation>Korjaavaa toimenpidettä, jonka tila on ”{status}”, ei voi siirtää tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>The due date ({due}) is before the action was opened ({opened}).</source>
        <translation>Määräpäivä ({due}) on ennen toimenpiteen avaamista ({opened}).</translation>
    </message>
    <message>
        <source>This request is {status}; it cannot be changed any more.</source>
        <translation>Tämän pyynnön tila on ”{status}”; sitä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Mitä tehdään</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>person</source>
        <translation>henkilö</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>palaute</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pyyntö</translation>
    </message>
    <message>
        <source>department</source>
        <translation>osasto</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>korjaava toimenpide</translation>
    </message>
    <message>
        <source>Write down the outcome: what was done and whether it worked.</source>
        <translation>Kirjaa tulos: mitä tehtiin ja toimiko se.</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Mitä asiakas tarvitsee</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Mitä palveluntarjoaja tarvitsee</translation>
    </message>
    <message>
        <source>Write down what at least one side needs from the other.</source>
        <translation>Kirjaa, mitä ainakin toinen osapuoli tarvitsee toiselta.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standardi</translation>
    </message>
    <message>
        <source>Only standards of the providing department can be linked to this agreement.</source>
        <translation>Tähän sopimukseen voi liittää vain palvelevan osaston standardeja.</translation>
    </message>
    <message>
        <source>A department cannot have a service agreement with itself.</source>
        <translation>Osastolla ei voi olla palvelusopimusta itsensä kanssa.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>Mitään ei palautettu: {error}</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}.</source>
        <translation>Mitään ei palautettu: {error}.</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the one in use.</source>
        <translation>Valitse varmuuskopiolle eri tiedosto kuin käytössä oleva.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Kansiota {parent} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The backup was not made: {error}</source>
        <translation>Varmuuskopiota ei otettu: {error}</translation>
    </message>
    <message>
        <source>That record ({label}) no longer exists; refresh the list and try again.</source>
        <translation>Tätä kohdetta ({label}) ei enää ole; päivitä luettelo ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This file already holds data; the example company goes into a new, empty file.</source>
        <translation>Tiedostossa on jo tietoja; esimerkkiyritys luodaan uuteen, tyhjään tiedostoon.</translation>
    </message>
    <message>
        <source>The CSV file was not written: {value}.</source>
        <translation>CSV-tiedostoa ei kirjoitettu: {value}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {join}.</source>
        <translation>Kohdetta ”{kind}” ei voi viedä; valitse jokin näistä: {join}.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>A department cannot rate its own service.</source>
        <translation>Osasto ei voi arvioida omaa palveluaan.</translation>
    </message>
    <message>
        <source>Only a resolved or closed request can be rated; finish the work first.</source>
        <translation>Vain ratkaistun tai suljetun pyynnön voi arvioida; saata työ ensin valmiiksi.</translation>
    </message>
    <message>
        <source>{full_name} worked on this request and cannot rate it.</source>
        <translation>{full_name} työskenteli tämän pyynnön parissa eikä voi arvioida sitä.</translation>
    </message>
    <message>
        <source>Choose the request or the department this feedback is about.</source>
        <translation>Valitse pyyntö tai osasto, jota palaute koskee.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {join}.</source>
        <translation>”{value}” ei ole mikään näistä: {join}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} on tyhjä.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {value}.</source>
        <translation>Tiedostoa {path} ei voi lukea: {value}.</translation>
    </message>
    <message>
        <source>There is no department called “{name}”.</source>
        <translation>Osastoa nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person.</source>
        <translation>”{name}” vastaa useampaa kuin yhtä henkilöä.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>Osaston nimi</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Say which department provides it.</source>
        <translation>Kerro, mikä osasto palvelun antaa.</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Kerro, kuka pyytää: henkilö tai osasto.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of people.</source>
        <translation>”{name}” ei ole henkilöluettelossa.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>The service vision</source>
        <translation>Palvelulupaus</translation>
    </message>
    <message>
        <source>“{email}” does not look like an e-mail address.</source>
        <translation>”{email}” ei näytä sähköpostiosoitteelta.</translation>
    </message>
    <message>
        <source>A department called “{name}” already exists.</source>
        <translation>Osasto nimeltä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <source>An archived department called “{name}” already exists; restore it instead.</source>
        <translation>Arkistoitu osasto nimeltä ”{name}” on jo olemassa; palauta se.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Choose who is being recognised: a person or a department.</source>
        <translation>Valitse, kenelle tunnustus annetaan: henkilölle vai osastolle.</translation>
    </message>
    <message>
        <source>Employee of the month goes to a person.</source>
        <translation>Kuukauden työntekijä on henkilö.</translation>
    </message>
    <message>
        <source>Team of the month goes to a department.</source>
        <translation>Kuukauden tiimi on osasto.</translation>
    </message>
    <message>
        <source>People cannot recognise themselves.</source>
        <translation>Itselleen ei voi antaa tunnustusta.</translation>
    </message>
    <message>
        <source>A department cannot recognise itself.</source>
        <translation>Osasto ei voi antaa tunnustusta itselleen.</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>tunnustus</translation>
    </message>
    <message>
        <source>The award for {month} has already been given.</source>
        <translation>Kuukauden {month} palkinto on jo annettu.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>That standard belongs to another department than the one asked.</source>
        <translation>Standardi kuuluu eri osastolle kuin se, jolta pyydetään.</translation>
    </message>
    <message>
        <source>That standard is not in force; publish it first or pick another.</source>
        <translation>Standardi ei ole voimassa; julkaise se ensin tai valitse toinen.</translation>
    </message>
    <message>
        <source>There is no request #{request_id}.</source>
        <translation>Pyyntöä nro {request_id} ei ole.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer takes requests.</source>
        <translation>{name} on arkistoitu eikä enää ota vastaan pyyntöjä.</translation>
    </message>
    <message>
        <source>A closed or cancelled request cannot be changed any more.</source>
        <translation>Suljettua tai peruttua pyyntöä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution; lower the first-response target.</source>
        <translation>Ensivastauksen määräaika ei voi olla ratkaisun jälkeen; lyhennä ensivastauksen tavoiteaikaa.</translation>
    </message>
    <message>
        <source>The next review must come after the date the standard takes effect.</source>
        <translation>Seuraavan tarkistuksen on oltava standardin voimaantulopäivän jälkeen.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vastuuhenkilö</translation>
    </message>
    <message>
        <source>standard version</source>
        <translation>standardin versio</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Ketä palvelee</translation>
    </message>
    <message>
        <source>The change note</source>
        <translation>Muutoskuvaus</translation>
    </message>
    <message>
        <source>A published version cannot be edited; make a new version and publish it instead.</source>
        <translation>Julkaistua versiota ei voi muokata; tee uusi versio ja julkaise se.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation>Kerro, miksi pyyntö perutaan.</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} sisältää NUL-merkin, jota ei voi tallentaa.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of minutes.</source>
        <translation>{label} on annettava kokonaisina minuutteina.</translation>
    </message>
    <message>
        <source>{label} must be more than zero minutes.</source>
        <translation>{label} on oltava yli nolla minuuttia.</translation>
    </message>
    <message>
        <source>{label} cannot be more than a year.</source>
        <translation>{label} voi olla enintään vuosi.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; choose one such as Europe/Rome.</source>
        <translation>”{name}” ei ole aikavyöhyke; valitse esimerkiksi Europe/Helsinki.</translation>
    </message>
    <message>
        <source>“{text}” is not a date between 1990 and today.</source>
        <translation>”{text}” ei ole päivämäärä vuoden 1990 ja tämän päivän väliltä.</translation>
    </message>
    <message>
        <source>{name} is archived; restore it before changing it.</source>
        <translation>{name} on arkistoitu; palauta se ennen kuin muutat sitä.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be a whole number from {low} to {high}.</source>
        <translation>Anonymiteettirajan on oltava kokonaisluku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day like 09:00 or 17:30.</source>
        <translation>”{text}” ei ole kellonaika kuten 09:00 tai 17:30.</translation>
    </message>
    <message>
        <source>icdesk knows no public holidays for “{code}”.</source>
        <translation>icdesk ei tunne yleisiä vapaapäiviä maalle ”{code}”.</translation>
    </message>
    <message>
        <source>“{region}” is not a region of {code} icdesk knows.</source>
        <translation>”{region}” ei ole icdeskin tuntema alue ({code}).</translation>
    </message>
    <message>
        <source>Write working hours like 09:00–13:00, 14:00–18:00 (“{text}” is not).</source>
        <translation>Kirjoita työaika muodossa 09:00–13:00, 14:00–18:00 (”{text}” ei ole).</translation>
    </message>
    <message>
        <source>{interval} ends before it starts; for a night shift write 22:00–24:00 on one day and 00:00–06:00 on the next.</source>
        <translation>{interval} päättyy ennen kuin alkaa; kirjoita yövuoro 22:00–24:00 yhdelle päivälle ja 00:00–06:00 seuraavalle.</translation>
    </message>
    <message>
        <source>The closure ends before it starts.</source>
        <translation>Sulkuaika päättyy ennen kuin alkaa.</translation>
    </message>
    <message>
        <source>A closure lasts a year at most; add another for the next year.</source>
        <translation>Sulkuaika kestää enintään vuoden; lisää seuraavalle vuodelle uusi.</translation>
    </message>
    <message>
        <source>Give a closure both a start and an end time, or neither.</source>
        <translation>Anna sulkuajalle sekä alkamis- että päättymisaika, tai ei kumpaakaan.</translation>
    </message>
    <message>
        <source>The closure's hours end before they start.</source>
        <translation>Sulkuajan kellonajat päättyvät ennen kuin alkavat.</translation>
    </message>
    <message>
        <source>Choose the country of the region first.</source>
        <translation>Valitse ensin alueen maa.</translation>
    </message>
    <message>
        <source>Give at least one day working hours, or choose “open around the clock”.</source>
        <translation>Anna työaika ainakin yhdelle päivälle tai valitse ”auki ympäri vuorokauden”.</translation>
    </message>
    <message>
        <source>A version is put in force only once its approver has approved it; send the draft for review first.</source>
        <translation>Versio otetaan käyttöön vasta, kun sen hyväksyjä on hyväksynyt sen; lähetä luonnos ensin tarkastettavaksi.</translation>
    </message>
    <message>
        <source>Only an approved version can be put in force; make a new version to change this standard.</source>
        <translation>Vain hyväksytyn version voi ottaa käyttöön; tee uusi versio muuttaaksesi tätä standardia.</translation>
    </message>
    <message>
        <source>The code can be at most {n} characters long.</source>
        <translation>Tunnuksessa voi olla enintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>The code can hold only letters, digits and dashes, like IT or FO-2.</source>
        <translation>Tunnuksessa voi olla vain kirjaimia, numeroita ja yhdysviivoja, esimerkiksi IT tai FO-2.</translation>
    </message>
    <message>
        <source>An idea that is {status} cannot be moved to {target}.</source>
        <translation>Ideaa, jonka tila on ”{status}”, ei voi siirtää tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>Only the version in force can be acknowledged; version {n} of “{title}” is {status}.</source>
        <translation>Vain voimassa olevan version voi kuitata; standardin ”{title}” version {n} tila on ”{status}”.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; only people still here acknowledge standards.</source>
        <translation>{full_name} on lähtenyt yrityksestä; standardit kuittaavat vain yrityksessä olevat henkilöt.</translation>
    </message>
    <message>
        <source>{full_name} has already acknowledged version {n} of “{title}”.</source>
        <translation>{full_name} on jo kuitannut standardin ”{title}” version {n}.</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated in the future.</source>
        <translation>Kuittausta ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” came into force on {date}; it cannot have been acknowledged before.</source>
        <translation>Standardin ”{title}” versio {n} tuli voimaan {date}; sitä ei ole voitu kuitata aiemmin.</translation>
    </message>
    <message>
        <source>Tick at least one name that was signed.</source>
        <translation>Rastita vähintään yksi allekirjoittanut nimi.</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>kuittaus</translation>
    </message>
    <message>
        <source>This corrective action is already done; reopen it to revise a standard.</source>
        <translation>Tämä korjaava toimenpide on jo valmis; avaa se uudelleen muuttaaksesi standardia.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else at {when}, after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Joku muu muutti kohdetta ”{name}” {when}, kun olit jo avannut sen, joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä vielä tarvitaan.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Joku muu muutti kohdetta ”{name}”, kun olit jo avannut sen, joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä vielä tarvitaan.</translation>
    </message>
    <message>
        <source>The example company needs at least two departments: one to serve the other.</source>
        <translation>Esimerkkiyritys tarvitsee vähintään kaksi osastoa: toinen palvelee toista.</translation>
    </message>
    <message>
        <source>Edition {number} of the handbook has already been issued; make the handbook again to issue edition {next}.</source>
        <translation>Käsikirjan painos {number} on jo julkaistu; tee käsikirja uudelleen julkaistaksesi painoksen {next}.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>An idea for working better together names at least two departments.</source>
        <translation>Idea paremmasta yhteistyöstä nimeää vähintään kaksi osastoa.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>An idea cannot be proposed in the future.</source>
        <translation>Ideaa ei voi ehdottaa tulevaisuuteen.</translation>
    </message>
    <message>
        <source>Say why the idea is declined: whoever proposed and supported it deserves the reason.</source>
        <translation>Kerro, miksi idea hylätään: ehdottaja ja tukijat ansaitsevat perustelun.</translation>
    </message>
    <message>
        <source>Choose who supports the idea.</source>
        <translation>Valitse, kuka tukee ideaa.</translation>
    </message>
    <message>
        <source>This idea is {status}; support is given while it is proposed or on trial.</source>
        <translation>Tämän idean tila on ”{status}”; tukea annetaan, kun idea on ehdotettu tai kokeilussa.</translation>
    </message>
    <message>
        <source>{full_name} proposed this idea; support comes from others.</source>
        <translation>{full_name} ehdotti tätä ideaa; tuki tulee muilta.</translation>
    </message>
    <message>
        <source>{full_name} already supports this idea.</source>
        <translation>{full_name} tukee jo tätä ideaa.</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Palvelun antaja (osasto)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Pyytäjä (henkilö)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Pyytäjä (osasto)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Ensivastaus annettu</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Ensivastaus viimeistään</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Ratkaisu viimeistään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-31 or 31/03/2026.</source>
        <translation>”{text}” ei ole päivämäärä muotoa 2026-03-31 tai 31.03.2026.</translation>
    </message>
    <message>
        <source>“{text}” is later than now; a time still to come cannot be recorded yet.</source>
        <translation>”{text}” on myöhemmin kuin nyt; tulevaa aikaa ei voi vielä kirjata.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 4 h, 30 min, 1:30 or 2 d.</source>
        <translation>”{text}” ei ole aika, kuten 4 h, 30 min, 1:30 tai 2 pv.</translation>
    </message>
    <message>
        <source>Nothing was imported; rows with problems: {count}.</source>
        <translation>Mitään ei tuotu; rivejä, joissa on ongelmia: {count}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Tuonti peruttiin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Only {join} can be imported, not “{kind}”.</source>
        <translation>Tuoda voi vain näitä: {join}, ei ”{kind}”.</translation>
    </message>
    <message>
        <source>An import of {kind} has no field “{name}”; the fields are: {join}.</source>
        <translation>Tuonnissa {kind} ei ole kenttää ”{name}”; kentät ovat: {join}.</translation>
    </message>
    <message>
        <source>The standard “{title}” of {name} is archived; it cannot be changed.</source>
        <translation>Palvelustandardi ”{title}” (osasto {name}) on arkistoitu; sitä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are: {join}.</source>
        <translation>Tiedostossa ei ole saraketta ”{column}”; sen sarakkeet ovat: {join}.</translation>
    </message>
    <message>
        <source>Choose the column that holds “{label}”; it is required.</source>
        <translation>Valitse sarake, jossa on ”{label}”; se on pakollinen.</translation>
    </message>
    <message>
        <source>Row {row} already has the department “{name}”; each may appear once in the file.</source>
        <translation>Rivillä {row} on jo osasto ”{name}”; kukin osasto saa olla tiedostossa vain kerran.</translation>
    </message>
    <message>
        <source>Row {row} already has this person (the same e-mail, or the same name without one).</source>
        <translation>Rivillä {row} on jo tämä henkilö (sama sähköposti tai sama nimi, jos sähköpostia ei ole).</translation>
    </message>
    <message>
        <source>“{text}” is before the request was logged or answered.</source>
        <translation>”{text}” on ennen kuin pyyntö kirjattiin tai siihen vastattiin.</translation>
    </message>
    <message>
        <source>Say which department the standard belongs to.</source>
        <translation>Kerro, mille osastolle palvelustandardi kuuluu.</translation>
    </message>
    <message>
        <source>Row {row} already has the standard “{title}” of this department.</source>
        <translation>Rivillä {row} on jo tämän osaston palvelustandardi ”{title}”.</translation>
    </message>
    <message>
        <source>{name} has no service standard in force called “{title}”.</source>
        <translation>Osastolla {name} ei ole voimassa olevaa palvelustandardia ”{title}”.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Valitse enintään kymmenen vuoden jakso.</translation>
    </message>
    <message>
        <source>{name} already exists; give the backup a new name, or a folder to put it in.</source>
        <translation>{name} on jo olemassa; anna varmuuskopiolle uusi nimi tai kansio, johon se tallennetaan.</translation>
    </message>
    <message>
        <source>{name} holds another company; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} sisältää toisen yrityksen; varmuuskopio ei koskaan korvaa sitä. Anna varmuuskopiolle uusi nimi tai kansio, johon se tallennetaan.</translation>
    </message>
    <message>
        <source>Row {row} already has this request (the same title, department, requester and day).</source>
        <translation>Rivillä {row} on jo tämä pyyntö (sama otsikko, osasto, pyytäjä ja päivä).</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}). Save nothing more in it: put a backup in its place with File → Restore from backup…</source>
        <translation>{name} on vioittunut ({problem}). Älä tallenna siihen enää mitään: palauta sen tilalle varmuuskopio kohdasta Tiedosto → Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Enter the company's details first.</source>
        <translation>Syötä ensin yrityksen tiedot.</translation>
    </message>
    <message>
        <source>{label} needs at least one letter or digit.</source>
        <translation>Kentässä ”{label}” pitää olla ainakin yksi kirjain tai numero.</translation>
    </message>
    <message>
        <source>A recognition is for what was done: its date ({day}) cannot be after today.</source>
        <translation>Tunnustus annetaan tehdystä työstä: sen päivä ({day}) ei voi olla tämän päivän jälkeen.</translation>
    </message>
    <message>
        <source>{day} is not a date icdesk keeps: choose one between 1990 and 2100.</source>
        <translation>{day} ei ole päivämäärä, jonka icdesk säilyttää: valitse päivä vuosien 1990 ja 2100 väliltä.</translation>
    </message>
    <message>
        <source>Choose dates between {first} and {last}.</source>
        <translation>Valitse päivämäärät vuosilta {first}–{last}.</translation>
    </message>
    <message>
        <source>Choose the company's time zone, such as Europe/Rome.</source>
        <translation>Valitse yrityksen aikavyöhyke, esimerkiksi Europe/Helsinki.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}, archived; tick Show archived and restore it.</source>
        <translation>{name} palvelee jo osastoa {name2} arkistoidulla sopimuksella; valitse Näytä arkistoidut ja palauta se.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}; open and change that one.</source>
        <translation>{name} palvelee jo osastoa {name2} sopimuksella; avaa se ja muuta sitä.</translation>
    </message>
    <message>
        <source>This agreement was archived meanwhile; restore it with Show archived to change it.</source>
        <translation>Tämä sopimus arkistoitiin sillä välin; palauta se kohdasta Näytä arkistoidut, jos haluat muuttaa sitä.</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a backup file in it.</source>
        <translation>{name} on kansio; valitse sen sisältä varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Tiedostoa {name} ei ole.</translation>
    </message>
    <message>
        <source>{name} is the data file in use, not a backup of it.</source>
        <translation>{name} on käytössä oleva tietotiedosto, ei sen varmuuskopio.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>Tiedostoa {name} ei voi lukea: {error}</translation>
    </message>
    <message>
        <source>The working hours of {name} were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Joku muu muutti yksikön {name} työaikoja sen jälkeen, kun avasit ne, joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä yhä tarvitaan.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {n} of {date}: it is still the current edition. Print it again without “Issue as a new edition”.</source>
        <translation>Mikään palvelustandardi ei ole muuttunut painoksen {n} ({date}) jälkeen: se on yhä voimassa oleva painos. Tulosta se uudelleen ilman valintaa ”Julkaise uutena painoksena”.</translation>
    </message>
    <message>
        <source>{kind} have no dates to choose by; export them without a period.</source>
        <translation>{kind}: ei päivämääriä, joiden mukaan valita; vie ilman ajanjaksoa.</translation>
    </message>
    <message>
        <source>{full_name} has already rated request #{n}.</source>
        <translation>{full_name} on jo arvioinut pyynnön nro {n}.</translation>
    </message>
    <message>
        <source>This idea was archived meanwhile; nothing was saved.</source>
        <translation>Tämä idea arkistoitiin sillä välin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>“{text}” is a time that did not exist there: the clocks went forward that night. Write the time after the change (an hour later).</source>
        <translation>”{text}” on kellonaika, jota siellä ei ollut: kelloja siirrettiin sinä yönä eteenpäin. Kirjoita aika siirron jälkeen (tuntia myöhemmin).</translation>
    </message>
    <message>
        <source>Row {row}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Rivi {row}: ratkaistu, mutta ei kerrota milloin; tuotu ilman palveluaikaa ja tavoitelukujen ulkopuolelle.</translation>
    </message>
    <message>
        <source>This row has {count} cells but the header has {columns}: a text holding “{separator}” needs quotes around it.</source>
        <translation>Tällä rivillä on {count} solua, mutta otsikkorivillä {columns}: teksti, jossa on ”{separator}”, pitää kirjoittaa lainausmerkkeihin.</translation>
    </message>
    <message>
        <source>The row has a resolved time, but its status is {status}: give the status resolved or closed, or leave the time out.</source>
        <translation>Rivillä on ratkaisuaika, mutta sen tila on {status}: anna tilaksi ratkaistu tai suljettu tai jätä aika pois.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person; add a department column to tell them apart.</source>
        <translation>”{name}” vastaa useampaa kuin yhtä henkilöä; lisää osastosarake, jotta heidät erotetaan toisistaan.</translation>
    </message>
    <message>
        <source>Rows {rows}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Rivit {rows}: ratkaistu, mutta ei kerrota milloin; tuotu ilman palveluaikaa ja tavoitelukujen ulkopuolelle.</translation>
    </message>
    <message>
        <source>Row {row}: this request is already in the file as {status}; an import does not move it on to {target}: move it in its window.</source>
        <translation>Rivi {row}: tämä pyyntö on jo tiedostossa tilassa {status}; tuonti ei siirrä sitä tilaan {target}: siirrä se pyynnön ikkunassa.</translation>
    </message>
    <message>
        <source>“{email}” is the address of several people ({names}); the row's name is none of them, so it cannot say whom it is about.</source>
        <translation>”{email}” on usean henkilön osoite ({names}); rivin nimi ei ole kukaan heistä, joten ei tiedetä, ketä rivi koskee.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>Kentän ”{label}” on oltava tekstiä.</translation>
    </message>
    <message>
        <source>{label} holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored; type it again.</source>
        <translation>{label} sisältää rikkinäisen merkin (puolikas emojista tai symbolista, katkenneesta kopioinnista), jota ei voi tallentaa; kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>“{text}” is a moment, not a day: give the date alone.</source>
        <translation>”{text}” on ajanhetki, ei päivä: anna pelkkä päivämäärä.</translation>
    </message>
    <message>
        <source>A date is needed here, not the text or number “{text}”.</source>
        <translation>Tähän tarvitaan päivämäärä, ei tekstiä tai lukua ”{text}”.</translation>
    </message>
    <message>
        <source>This corrective action was archived meanwhile; nothing was saved.</source>
        <translation>Tämä korjaava toimenpide arkistoitiin sillä välin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The review date ({day}) is already past: choose today or a later day, or leave it not planned.</source>
        <translation>Tarkistuspäivä ({day}) on jo mennyt: valitse tämä päivä tai myöhempi, tai jätä se suunnittelematta.</translation>
    </message>
    <message>
        <source>{name} is open in icdesk now, so it is in use, not an earlier backup; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} on nyt auki icdeskissä: se on käytössä eikä aiempi varmuuskopio, eikä varmuuskopio koskaan korvaa sitä. Anna varmuuskopiolle uusi nimi tai kansio, johon se tallennetaan.</translation>
    </message>
    <message>
        <source>{name} is a data file that has been worked on, not an earlier backup; it may hold work this file lacks, and a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} on datatiedosto, jossa on tehty työtä, eikä aiempi varmuuskopio: siinä voi olla työtä, jota tästä tiedostosta puuttuu, eikä varmuuskopio koskaan korvaa sitä. Anna varmuuskopiolle uusi nimi tai kansio, johon se tallennetaan.</translation>
    </message>
    <message>
        <source>{name} is archived: nothing new is recorded for it. Restore it first (tick Show archived).</source>
        <translation>{name} on arkistoitu: sille ei kirjata mitään uutta. Palauta se ensin (valitse Näytä arkistoidut).</translation>
    </message>
    <message>
        <source>{full_name} has left the company: nothing new is recorded for them. Choose someone still here.</source>
        <translation>{full_name} on lähtenyt yrityksestä: hänelle ei kirjata mitään uutta. Valitse joku, joka on yhä täällä.</translation>
    </message>
    <message>
        <source>A week has seven days: give the hours of each, Monday first (empty for a day off).</source>
        <translation>Viikossa on seitsemän päivää: anna kunkin päivän aukioloajat maanantaista alkaen (tyhjä, jos päivä on vapaa).</translation>
    </message>
    <message>
        <source>{full_name} works in {department}; choose that department, or leave it blank.</source>
        <translation>{full_name} työskentelee osastolla {department}: valitse se osasto tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways: is the comma or point there a decimal point, or does it separate thousands? Write the number without it (1000), or with one or two decimals (1.5).</source>
        <translation>”{text}” voidaan lukea kahdella tavalla: onko pilkku tai piste desimaalierotin vai tuhaterotin? Kirjoita luku ilman sitä (1000) tai yhdellä tai kahdella desimaalilla (1,5).</translation>
    </message>
    <message>
        <source>“{text}” is not a request's number (a whole number such as 1005).</source>
        <translation>”{text}” ei ole pyynnön numero (kokonaisluku, kuten 1005).</translation>
    </message>
    <message>
        <source>The file does not say when its requests were logged, so each is logged as today; the same file imported again on another day would add them again. A column with the date logged (created) makes it safe to import twice.</source>
        <translation>Tiedosto ei kerro, milloin sen pyynnöt kirjattiin, joten kukin kirjataan tälle päivälle; sama tiedosto toisena päivänä uudelleen tuotuna lisäisi ne uudelleen. Kirjauspäivän sarake (created) tekee kahdesti tuomisesta turvallista.</translation>
    </message>
    <message>
        <source>Row {row}: number {n} is no request of this title and department here; the row is added as a new request, with a number of its own.</source>
        <translation>Rivi {row}: numero {n} ei ole tämännimisen ja tämän osaston pyyntö täällä; rivi lisätään uutena pyyntönä omalla numerollaan.</translation>
    </message>
    <message>
        <source>“{state}” is a step of the approval done on the Standards screen; a file can make a standard draft, active or retired.</source>
        <translation>”{state}” on hyväksynnän vaihe, joka tehdään Standardit-näkymässä; tiedostolla standardista voi tehdä luonnoksen, voimassa olevan tai poistetun.</translation>
    </message>
    <message>
        <source>Row {row} already has request number {n}.</source>
        <translation>Rivillä {row} on jo pyyntö numero {n}.</translation>
    </message>
    <message>
        <source>“{email}” is the address of {name2}, and the row names {name}: to rename {name2}, change the name in the window; someone else needs an address of their own.</source>
        <translation>”{email}” on henkilön {name2} osoite, ja rivillä lukee {name}: jos haluat nimetä henkilön {name2} uudelleen, muuta nimi ikkunassa; toinen henkilö tarvitsee oman osoitteen.</translation>
    </message>
    <message>
        <source>“{name}” looks the same as “{name2}” but is written with letters of another alphabet (a keyboard in another language): use “{name2}”, or type the name again.</source>
        <translation>”{name}” näyttää samalta kuin ”{name2}”, mutta se on kirjoitettu toisen aakkoston kirjaimin (toisen kielen näppäimistöllä): käytä nimeä ”{name2}” tai kirjoita nimi uudelleen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>The logo is not a PNG picture; choose a .png file.</source>
        <translation>Logo ei ole PNG-kuva; valitse .png-tiedosto.</translation>
    </message>
    <message>
        <source>The logo is larger than 5 MB; choose a smaller picture.</source>
        <translation>Logo on yli 5 Mt; valitse pienempi kuva.</translation>
    </message>
    <message>
        <source>{full_name} has left the company and cannot be named head; choose someone still here.</source>
        <translation>{full_name} on lähtenyt yrityksestä eikä hänestä voi tehdä esihenkilöä; valitse joku, joka on yhä täällä.</translation>
    </message>
    <message>
        <source>Another department already has the code “{code}”.</source>
        <translation>Toisella osastolla on jo tunnus ”{code}”.</translation>
    </message>
    <message>
        <source>{name} is archived; people cannot be added to it.</source>
        <translation>{name} on arkistoitu; siihen ei voi lisätä henkilöitä.</translation>
    </message>
    <message>
        <source>{name} is already in {department}. If this is someone else of the same name, add what tells them apart (a middle initial, a second surname).</source>
        <translation>{name} on jo yksikössä {department}. Jos tämä on eri henkilö samalla nimellä, lisää jotain, mikä erottaa heidät (toisen nimen alkukirjain, toinen sukunimi).</translation>
    </message>
    <message>
        <source>The company's details were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Joku muu muutti yrityksen tietoja sen jälkeen, kun avasit ne, joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä yhä tarvitaan.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile; nothing was saved. Restore it with Show archived to change it.</source>
        <translation>{name} arkistoitiin sillä välin; mitään ei tallennettu. Palauta se kohdasta Näytä arkistoidut muuttaaksesi sitä.</translation>
    </message>
    <message>
        <source>{full_name} was marked as having left meanwhile; nothing was saved.</source>
        <translation>{full_name} merkittiin sillä välin lähteneeksi; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>{full_name} was in {department}, which is archived: restore {department} first, or edit {full_name} to move them to another department.</source>
        <translation>{full_name} oli osastossa {department}, joka on arkistoitu: palauta ensin {department} tai muokkaa henkilöä {full_name} ja siirrä hänet toiseen osastoon.</translation>
    </message>
    <message>
        <source>{name} is a folder; give the name of the file to write in it too.</source>
        <translation>{name} on kansio; anna myös kirjoitettavan tiedoston nimi sen sisällä.</translation>
    </message>
    <message>
        <source>{name} is not a file icdesk can write into; choose another name.</source>
        <translation>{name} ei ole tiedosto, johon icdesk voi kirjoittaa; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>{name} is a file a database keeps beside itself; choose another name.</source>
        <translation>{name} on tiedosto, jota tietokanta pitää vierellään; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>{name} is a database, perhaps another company's data file; icdesk does not write over it.</source>
        <translation>{name} on tietokanta, ehkä toisen yrityksen datatiedosto; icdesk ei kirjoita sen päälle.</translation>
    </message>
    <message>
        <source>{name} is the company's data file (or kept beside it); choose another name for what you write.</source>
        <translation>{name} on yrityksen datatiedosto (tai sen vieressä pidettävä tiedosto); valitse kirjoitettavalle toinen nimi.</translation>
    </message>
    <message>
        <source>{name} is in the folder of the company's backups; choose another folder for what you write.</source>
        <translation>{name} on yrityksen varmuuskopioiden kansiossa; valitse kirjoitettavalle toinen kansio.</translation>
    </message>
    <message>
        <source>Thanks for a request come once it is resolved.</source>
        <translation>Pyynnöstä kiitetään, kun se on ratkaistu.</translation>
    </message>
    <message>
        <source>This recognition is archived; restore it before changing it.</source>
        <translation>Tämä tunnustus on arkistoitu; palauta se ennen kuin muutat sitä.</translation>
    </message>
    <message>
        <source>The service standard sets this request's deadline; leave the day it is needed by empty, or choose no standard.</source>
        <translation>Palvelustandardi asettaa tämän pyynnön määräajan: jätä päivä, johon mennessä se tarvitaan, tyhjäksi tai älä valitse standardia.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; assign the request to someone still here.</source>
        <translation>{full_name} on lähtenyt yrityksestä; anna pyyntö jollekulle, joka on yhä talossa.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; log the request for someone still here, or for their department.</source>
        <translation>{full_name} on lähtenyt yrityksestä; kirjaa pyyntö jollekulle, joka on yhä täällä, tai hänen osastolleen.</translation>
    </message>
    <message>
        <source>The day it is needed by ({day}) is already past: choose today or a later day.</source>
        <translation>Päivä, johon mennessä se tarvitaan ({day}), on jo mennyt: valitse tämä päivä tai myöhempi.</translation>
    </message>
    <message>
        <source>A request keeps the service standard it was logged under: its deadlines were promised with it.</source>
        <translation>Pyyntö pitää palvelustandardin, jolla se kirjattiin: sen määräajat luvattiin sen mukaan.</translation>
    </message>
    <message>
        <source>A service standard can be given to a request only while the request is open; this one was resolved without one.</source>
        <translation>Palvelustandardin voi antaa pyynnölle vain, kun pyyntö on avoin; tämä ratkaistiin ilman standardia.</translation>
    </message>
    <message>
        <source>A resolved request keeps the day it was needed by: its time was measured against it.</source>
        <translation>Ratkaistu pyyntö pitää päivän, johon mennessä se tarvittiin: sen aikaa mitattiin sitä vasten.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer asks for service; restore it first, or choose the department asking now.</source>
        <translation>{name} on arkistoitu eikä pyydä enää palvelua; palauta se ensin tai valitse osasto, joka nyt pyytää.</translation>
    </message>
    <message>
        <source>{name} cannot ask itself: a request goes to another department than the one asking.</source>
        <translation>{name} ei voi pyytää itseltään: pyyntö menee toiselle osastolle kuin pyytävälle.</translation>
    </message>
    <message>
        <source>Request #{number} was changed by someone else after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Joku muu muutti pyyntöä #{number}, kun olit jo avannut sen (”{kind}”, {when}), joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä vielä tarvitaan.</translation>
    </message>
    <message>
        <source>{who} changed request #{number} after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>{who} muutti pyyntöä #{number}, kun olit jo avannut sen (”{kind}”, {when}), joten muutostasi ei tallennettu. Lomake näyttää nyt tallennetut tiedot; tee muutos uudelleen, jos sitä vielä tarvitaan.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>Mitään ei palautettu: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was restored: other PCs kept reading the company on {server}. Try again in a moment, or when fewer people are working.</source>
        <translation>Mitään ei palautettu: muut tietokoneet lukivat yrityksen tietoja palvelimella {server} koko ajan. Yritä hetken päästä uudelleen tai silloin, kun töissä on vähemmän ihmisiä.</translation>
    </message>
    <message>
        <source>The backup was not made: it could not be written to {parent}: {value}.</source>
        <translation>Varmuuskopiota ei tehty: sitä ei voitu kirjoittaa kansioon {parent}: {value}.</translation>
    </message>
    <message>
        <source>Type the name or the address of the server computer.</source>
        <translation>Kirjoita palvelintietokoneen nimi tai osoite.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name or address a network knows.</source>
        <translation>”{host}” ei ole palvelimen nimi tai osoite, jonka verkko tuntee.</translation>
    </message>
    <message>
        <source>Type the name of the company's database on the server.</source>
        <translation>Kirjoita yrityksen tietokannan nimi palvelimella.</translation>
    </message>
    <message>
        <source>Type the login (user name) to connect with.</source>
        <translation>Kirjoita käyttäjätunnus, jolla yhdistetään.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL's own is 5432).</source>
        <translation>Portti on luku väliltä 1–65535 (PostgreSQL:n oma on 5432).</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot get new service standards.</source>
        <translation>{name} on arkistoitu; sille ei voi laatia uusia palvelustandardeja.</translation>
    </message>
    <message>
        <source>This version is with its approver; send it back to draft to change it.</source>
        <translation>Tämä versio on hyväksyjällään; palauta se luonnokseksi muuttaaksesi sitä.</translation>
    </message>
    <message>
        <source>Choose who approves this version: the head of department or the owner-manager.</source>
        <translation>Valitse tämän version hyväksyjä: osaston esihenkilö tai omistaja-johtaja.</translation>
    </message>
    <message>
        <source>{full_name} has left; name another approver (and a new head of {department} under Departments &amp; People).</source>
        <translation>{full_name} on lähtenyt; nimeä toinen hyväksyjä (ja osastolle {department} uusi esihenkilö kohdassa Osastot ja henkilöt).</translation>
    </message>
    <message>
        <source>Only the head of {department} or the owner-manager can approve its standards; {full_name} is neither.</source>
        <translation>Vain osaston {department} esihenkilö tai omistaja-johtaja voi hyväksyä sen standardit; {full_name} ei ole kumpikaan.</translation>
    </message>
    <message>
        <source>{full_name} owns this standard and cannot also approve it; choose another approver.</source>
        <translation>{full_name} vastaa tästä standardista eikä voi myös hyväksyä sitä; valitse toinen hyväksyjä.</translation>
    </message>
    <message>
        <source>Only a draft can be sent for review.</source>
        <translation>Vain luonnoksen voi lähettää tarkastettavaksi.</translation>
    </message>
    <message>
        <source>A standard needs at least one step before it can be published.</source>
        <translation>Standardissa on oltava vähintään yksi vaihe ennen julkaisua.</translation>
    </message>
    <message>
        <source>Only a version in review or approved can be sent back to draft.</source>
        <translation>Vain tarkastettavana oleva tai hyväksytty versio voidaan palauttaa luonnokseksi.</translation>
    </message>
    <message>
        <source>Only a version in review can be approved; send the draft for review first.</source>
        <translation>Vain tarkastettavana olevan version voi hyväksyä; lähetä luonnos ensin tarkastettavaksi.</translation>
    </message>
    <message>
        <source>Only {full_name}, the approver named for this version, can approve it.</source>
        <translation>Vain {full_name}, tälle versiolle nimetty hyväksyjä, voi hyväksyä sen.</translation>
    </message>
    <message>
        <source>{full_name} has left; send the version back to draft and name another approver.</source>
        <translation>{full_name} on lähtenyt; palauta versio luonnokseksi ja nimeä toinen hyväksyjä.</translation>
    </message>
    <message>
        <source>This standard already has a draft; finish or publish that one first.</source>
        <translation>Tällä standardilla on jo luonnos; viimeistele tai julkaise se ensin.</translation>
    </message>
    <message>
        <source>That standard is archived; restore it or revise another.</source>
        <translation>Standardi on arkistoitu; palauta se tai muuta toista.</translation>
    </message>
    <message>
        <source>Version {n} of this standard is already with its approver; finish that one first.</source>
        <translation>Tämän standardin versio {n} on jo hyväksyjällään; vie se ensin loppuun.</translation>
    </message>
    <message>
        <source>The draft of this standard already answers another action or idea; finish that one first.</source>
        <translation>Tämän standardin luonnos vastaa jo toiseen toimenpiteeseen tai ideaan; vie se ensin loppuun.</translation>
    </message>
    <message>
        <source>Write each step on a line of its own.</source>
        <translation>Kirjoita jokainen vaihe omalle rivilleen.</translation>
    </message>
    <message>
        <source>{name} already has a standard called “{title}”; open that one, or give this one another title.</source>
        <translation>Yksiköllä {name} on jo standardi nimeltä ”{title}”; avaa se tai anna tälle toinen otsikko.</translation>
    </message>
    <message>
        <source>The first-response target</source>
        <translation>Ensivastauksen tavoite</translation>
    </message>
    <message>
        <source>The resolution target</source>
        <translation>Ratkaisun tavoite</translation>
    </message>
    <message>
        <source>This standard is not in force, so there is nothing to retire.</source>
        <translation>Standardi ei ole voimassa, joten poistettavaa ei ole.</translation>
    </message>
    <message>
        <source>{name} is too large to be a returned survey form ({size} MB; a form is well under 1 MB).</source>
        <translation>{name} on liian suuri ollakseen palautettu kyselylomake ({size} Mt; lomake on selvästi alle 1 Mt).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF form ({reason}).</source>
        <translation>Tiedostoa {name} ei voi lukea PDF-lomakkeena ({reason}).</translation>
    </message>
    <message>
        <source>There are no PDF files in {parent}.</source>
        <translation>Kansiossa {parent} ei ole PDF-tiedostoja.</translation>
    </message>
    <message>
        <source>Each answer is a whole number from 1 to 5 ({name}: “{value}”).</source>
        <translation>Jokainen vastaus on kokonaisluku 1–5 ({name}: ”{value}”).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk survey form.</source>
        <translation>{name} ei ole icdeskin kyselylomake.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Ask at least one question.</source>
        <translation>Esitä vähintään yksi kysymys.</translation>
    </message>
    <message>
        <source>Ask at most {limit} questions: long forms come back half answered.</source>
        <translation>Esitä enintään {limit} kysymystä: pitkät lomakkeet palautuvat puoliksi täytettyinä.</translation>
    </message>
    <message>
        <source>Choose at least one pair: which department's service is rated, and by whom.</source>
        <translation>Valitse vähintään yksi pari: kenen osaston palvelua arvioidaan ja kuka arvioi.</translation>
    </message>
    <message>
        <source>A department rates its own service in the self-view part of the form, not as a pair.</source>
        <translation>Osasto arvioi oman palvelunsa lomakkeen oman näkemyksen osassa, ei parina.</translation>
    </message>
    <message>
        <source>Archived departments take no part in new survey rounds.</source>
        <translation>Arkistoidut osastot eivät osallistu uusiin kyselykierroksiin.</translation>
    </message>
    <message>
        <source>Answers already refer to these questions, so they can no longer be changed; start a new round to ask different ones.</source>
        <translation>Vastaukset viittaavat jo näihin kysymyksiin, joten niitä ei voi enää muuttaa; aloita uusi kierros kysyäksesi muuta.</translation>
    </message>
    <message>
        <source>This survey round is already finished.</source>
        <translation>Tämä kyselykierros on jo päättynyt.</translation>
    </message>
    <message>
        <source>The answers of a form are not as a form gives them: a code as text, and for each department a yes or no, whole-number scores and texts.</source>
        <translation>Lomakkeen vastaukset eivät ole sellaisia kuin lomake ne antaa: koodi tekstinä ja kullekin osastolle kyllä tai ei, kokonaislukupisteet ja tekstit.</translation>
    </message>
    <message>
        <source>No form of this file has the code {token}; check the code printed on the form.</source>
        <translation>Tämän tiedoston lomakkeissa ei ole koodia {token}; tarkista lomakkeeseen painettu koodi.</translation>
    </message>
    <message>
        <source>The form {token} belongs to another survey round.</source>
        <translation>Lomake {token} kuuluu toiseen kyselykierrokseen.</translation>
    </message>
    <message>
        <source>The survey round “{title}” is finished; answers can no longer be added.</source>
        <translation>Kyselykierros ”{title}” on päättynyt; vastauksia ei voi enää lisätä.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was imported before.</source>
        <translation>Tämä lomake juuri näillä vastauksilla on tuotu jo aiemmin.</translation>
    </message>
    <message>
        <source>{name} has already answered this round; an answer cannot be changed.</source>
        <translation>{name} on jo vastannut tähän kierrokseen; vastausta ei voi muuttaa.</translation>
    </message>
    <message>
        <source>All {n} forms expected from {department} are already in.</source>
        <translation>Kaikki osastolta {department} odotetut lomakkeet ({n}) on jo palautettu.</translation>
    </message>
    <message>
        <source>The form has no answers: tick the departments that served you and rate them.</source>
        <translation>Lomakkeessa ei ole vastauksia: rastita osastot, jotka palvelivat teitä, ja arvioi ne.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was read in before. If it is another colleague's form with exactly the same answers, type it in on “Type in paper forms”.</source>
        <translation>Tämä lomake juuri näillä vastauksilla on luettu jo aiemmin. Jos se on toisen työtoverin lomake täsmälleen samoilla vastauksilla, syötä se kohdassa ”Syötä paperilomakkeet”.</translation>
    </message>
    <message>
        <source>This form does not ask about that department.</source>
        <translation>Tämä lomake ei kysy siitä osastosta.</translation>
    </message>
    <message>
        <source>survey round</source>
        <translation>kyselykierros</translation>
    </message>
    <message>
        <source>The form has an answer to a question this round does not ask.</source>
        <translation>Lomakkeessa on vastaus kysymykseen, jota tällä kierroksella ei kysytä.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the steps listed for {name}.</source>
        <translation>”{code}” ei ole osastolle {name} lueteltu vaihe.</translation>
    </message>
    <message>
        <source>{name} is not a table: choose a CSV file or a spreadsheet (.xlsx, .ods or .xls).</source>
        <translation>Tiedosto {name} ei ole taulukko: valitse CSV-tiedosto tai laskentataulukko (.xlsx, .ods tai .xls).</translation>
    </message>
    <message>
        <source>{name} is protected with a password; save a copy without the password and choose that.</source>
        <translation>Tiedosto {name} on suojattu salasanalla; tallenna siitä kopio ilman salasanaa ja valitse se.</translation>
    </message>
    <message>
        <source>{name} looks like a spreadsheet but cannot be read; it may be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>Tiedosto {name} näyttää laskentataulukolta, mutta sitä ei voi lukea; se voi olla vioittunut. Avaa se taulukkolaskentaohjelmassa ja tallenna se uudelleen.</translation>
    </message>
    <message>
        <source>icdesk cannot tell which character set {name} is written in; choose it in the list (UTF-8, Windows-1252 or Windows-1251).</source>
        <translation>icdesk ei pysty päättelemään, millä merkistöllä tiedosto {name} on kirjoitettu; valitse se luettelosta (UTF-8, Windows-1252 tai Windows-1251).</translation>
    </message>
    <message>
        <source>{name} has a header but no rows of data below it.</source>
        <translation>Tiedostossa {name} on otsikkorivi, mutta sen alla ei ole tietorivejä.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is too big to read from a workbook; save it as a CSV file in your spreadsheet program and import that.</source>
        <translation>Tiedoston {name} taulukko ”{sheet}” on liian suuri luettavaksi työkirjasta; tallenna se CSV-tiedostoksi taulukkolaskentaohjelmassa ja tuo se.</translation>
    </message>
    <message>
        <source>Cell {cells} of the sheet “{sheet}” holds a formula whose result {name} does not keep (the program that wrote it did not calculate it), so it would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Taulukon ”{sheet}” solussa {cells} on kaava, jonka tulosta {name} ei säilytä (sen kirjoittanut ohjelma ei laskenut sitä), joten se luettaisiin tyhjäksi. Avaa tiedosto taulukkolaskentaohjelmassa, tallenna se ja valitse se uudelleen.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas whose results {name} does not keep (the program that wrote it did not calculate them), so they would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Taulukon ”{sheet}” soluissa {cells} on kaavoja, joiden tuloksia {name} ei sisällä (sen kirjoittanut ohjelma ei laskenut niitä), joten ne luettaisiin tyhjinä. Avaa tiedosto taulukkolaskentaohjelmassa, tallenna se ja valitse se uudelleen.</translation>
    </message>
    <message>
        <source>{name} mixes two character sets: some lines are UTF-8, others Windows-1252 (rows pasted together from two programs). Save it again from the spreadsheet as CSV UTF-8, then import it.</source>
        <translation>{name} sekoittaa kahta merkistöä: osa riveistä on UTF-8:aa, osa Windows-1252:ta (rivejä liitetty kahdesta ohjelmasta). Tallenna se taulukkolaskennasta uudelleen muodossa CSV UTF-8 ja tuo se sitten.</translation>
    </message>
    <message>
        <source>The letters of {name} were read as {encoding}; if accented or Cyrillic letters look wrong in the preview, choose another character set.</source>
        <translation>Tiedoston {name} kirjaimet luettiin merkistöllä {encoding}; jos aksentilliset tai kyrilliset kirjaimet näyttävät esikatselussa väärältä, valitse toinen merkistö.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.</source>
        <translation>”{delimiter}” ei voi erottaa sarakkeita; valitse pilkku, puolipiste tai sarkain.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: one of its cells is longer than {limit} characters.</source>
        <translation>Riviä {row} ei voi lukea: jokin sen soluista on pidempi kuin {limit} merkkiä.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") inside a cell must be doubled (""), or the whole cell put in quotes.</source>
        <translation>Riviä {row} ei voi lukea: solun sisällä oleva lainausmerkki (") pitää kahdentaa (""), tai koko solu pitää laittaa lainausmerkkeihin.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: it holds a NUL character, which no text has; the file may not be a table saved as text.</source>
        <translation>Riviä {row} ei voi lukea: siinä on NUL-merkki, jota missään tekstissä ei ole; tiedosto ei ehkä ole tekstinä tallennettu taulukko.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header (row {row}); type a name there or delete the column.</source>
        <translation>Sarakkeella {column} ei ole nimeä otsikkorivillä (rivi {row}); kirjoita sille nimi tai poista sarake.</translation>
    </message>
    <message>
        <source>The header (row {row}) has “{name}” twice, in columns {column} and {column2}; each column needs its own name.</source>
        <translation>Otsikkorivillä (rivi {row}) on ”{name}” kahdesti, sarakkeissa {column} ja {column2}; jokaisella sarakkeella on oltava oma nimensä.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a character set icdesk knows.</source>
        <translation>icdesk ei tunne merkistöä ”{encoding}”.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}; choose another character set.</source>
        <translation>Riviä {row} ei voi lukea merkistöllä {encoding}; valitse toinen merkistö.</translation>
    </message>
    <message>
        <source>{name} in {folder} holds answers already: no form was written, so that no answers are written over. Choose an empty folder for new forms.</source>
        <translation>Tiedostossa {name} kansiossa {folder} on jo vastauksia: yhtään lomaketta ei kirjoitettu, jotta vastauksia ei kirjoiteta yli. Valitse uusille lomakkeille tyhjä kansio.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") there opens a cell that is never closed.</source>
        <translation>Riviä {row} ei voi lukea: siinä oleva lainausmerkki (") aloittaa solun, jota ei koskaan suljeta.</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”.</source>
        <translation>Tiedostossa {name} ei ole taulukkoa nimeltä ”{sheet}”.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>Tiedoston {name} taulukko ”{sheet}” on tyhjä.</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>koulutus</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot give new training.</source>
        <translation>{name} on arkistoitu; se ei voi järjestää uusia koulutuksia.</translation>
    </message>
    <message>
        <source>{full_name} gives this training and cannot also attend it.</source>
        <translation>{full_name} pitää tämän koulutuksen eikä voi myös osallistua siihen.</translation>
    </message>
    <message>
        <source>A session still to come cannot record acknowledgements; record them once it has been held.</source>
        <translation>Tulevaan koulutukseen ei voi kirjata kuittauksia; kirjaa ne, kun koulutus on pidetty.</translation>
    </message>
    <message>
        <source>Choose who was cross-trained.</source>
        <translation>Valitse, kuka ristiinkoulutettiin.</translation>
    </message>
    <message>
        <source>Choose the department whose service was learned.</source>
        <translation>Valitse osasto, jonka palvelu opittiin.</translation>
    </message>
    <message>
        <source>{full_name} already works in {department}; cross-training is learning another department's service.</source>
        <translation>{full_name} työskentelee jo osastolla {department}; ristiinkoulutus on toisen osaston palvelun opettelua.</translation>
    </message>
    <message>
        <source>Cross-training is recorded once it has happened; the date cannot be in the future.</source>
        <translation>Ristiinkoulutus kirjataan, kun se on tapahtunut; päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>People cannot cross-train themselves.</source>
        <translation>Kukaan ei voi kouluttaa itseään.</translation>
    </message>
    <message>
        <source>The duration must be more than zero and at most a week.</source>
        <translation>Keston on oltava yli nolla ja enintään viikko.</translation>
    </message>
    <message>
        <source>Choose the department that gives the training.</source>
        <translation>Valitse koulutuksen järjestävä osasto.</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>ristiinkoulutus</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <source>This training session was archived meanwhile; nothing was saved.</source>
        <translation>Tämä koulutustilaisuus arkistoitiin sillä välin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>This cross-training was archived meanwhile; nothing was saved.</source>
        <translation>Tämä ristiinkoulutus arkistoitiin sillä välin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>{place} already holds a company; copy into a new, empty database or file.</source>
        <translation>Kohteessa {place} on jo yritys; kopioi uuteen, tyhjään tietokantaan tai tiedostoon.</translation>
    </message>
    <message>
        <source>The copy was not kept: the counts differ ({wrong}).</source>
        <translation>Kopiota ei säilytetty: määrät eivät täsmää ({wrong}).</translation>
    </message>
    <message>
        <source>a backup of that name is already there</source>
        <translation>samanniminen varmuuskopio on jo olemassa</translation>
    </message>
    <message>
        <source>icdesk keeps the backups of {name} in a folder {folder}, but there is a file with that name. Rename or move that file.</source>
        <translation>icdesk säilyttää tiedoston {name} varmuuskopiot kansiossa {folder}, mutta sen paikalla on samanniminen tiedosto. Nimeä tiedosto uudelleen tai siirrä se muualle.</translation>
    </message>
    <message>
        <source>{name} could not be replaced: {value}.</source>
        <translation>Tiedostoa {name} ei voitu korvata: {value}.</translation>
    </message>
    <message>
        <source>{name} failed its integrity check: {result}.</source>
        <translation>{name} ei läpäissyt eheystarkistusta: {result}.</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file.</source>
        <translation>{name} ei ole icdesk-tietotiedosto.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>Tiedostoa {name} ei voi käyttää: {problem}</translation>
    </message>
    <message>
        <source>A number or a date is beyond what can be stored (a record number that does not exist, or a year far outside 1990-2100).</source>
        <translation>Luku tai päivämäärä on tallennettavissa olevan alueen ulkopuolella (tietueen numero, jota ei ole, tai vuosi kaukana välin 1990–2100 ulkopuolella).</translation>
    </message>
    <message>
        <source>A text holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored or looked up; type it again.</source>
        <translation>Tekstissä on rikkinäinen merkki (puolikas emojista tai symbolista, katkenneesta kopioinnista), jota ei voi tallentaa eikä hakea; kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>{name} holds a value icdesk does not know ({error}). Nothing was changed; 'icdesk check' lists every such value, or put a backup in its place with File → Restore from backup…</source>
        <translation>{name} sisältää arvon, jota icdesk ei tunne ({error}). Mitään ei muutettu; 'icdesk check' luettelee kaikki tällaiset arvot, tai palauta sen tilalle varmuuskopio kohdasta Tiedosto → Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (user {user}, process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} on jo auki ohjelmassa {program} tietokoneella {host} (käyttäjä {user}, prosessi {pid}, {since} alkaen). Sulje se ensin siellä tai avaa se vain luku -tilassa.</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} on jo auki ohjelmassa {program} tietokoneella {host} (prosessi {pid}, {since} alkaen). Sulje se ensin siellä tai avaa se vain luku -tilassa.</translation>
    </message>
    <message>
        <source>{name} holds no company yet: there is nothing to look at.</source>
        <translation>{name} ei vielä sisällä yritystä: katsottavaa ei ole.</translation>
    </message>
    <message>
        <source>No service agreement is recorded yet; make one on the Agreements screen first.</source>
        <translation>Palvelusopimuksia ei ole vielä kirjattu; tee ensin sopimus Sopimukset-näkymässä.</translation>
    </message>
    <message>
        <source>No training session is recorded yet; record one on the Training screen first.</source>
        <translation>Koulutustilaisuuksia ei ole vielä kirjattu; kirjaa ensin tilaisuus Koulutus-näkymässä.</translation>
    </message>
    <message>
        <source>{name} is not a database.</source>
        <translation>{name} ei ole tietokanta.</translation>
    </message>
    <message>
        <source>{name} is damaged: {error}.</source>
        <translation>{name} on vioittunut: {error}.</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached. Everything saved before is still there; refresh (F5) when the network is back.</source>
        <translation>Palvelimeen {location} ei saada yhteyttä. Kaikki aiemmin tallennettu on yhä tallessa; päivitä (F5), kun verkko toimii taas.</translation>
    </message>
    <message>
        <source>This company is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Tämä yritys on avattu vain luettavaksi, joten muutoksia ei voi tallentaa. Avaa se tavalliseen tapaan tehdäksesi muutoksia.</translation>
    </message>
    <message>
        <source>The change was not saved: the server {location} cannot be reached. Everything saved before is still there; try again when the network is back.</source>
        <translation>Muutosta ei tallennettu: palvelimeen {location} ei saada yhteyttä. Kaikki aiemmin tallennettu on yhä tallessa; yritä uudelleen, kun verkko toimii taas.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not saved. Refresh (F5) to see what is saved, then make your change again.</source>
        <translation>Joku muu tallensi saman tiedon samalla hetkellä, joten muutostasi ei tallennettu. Päivitä (F5) nähdäksesi tallennetut tiedot ja tee muutos sitten uudelleen.</translation>
    </message>
    <message>
        <source>{name} is in a shared folder on another computer ({share}). When several PCs write to one data file over the network, it can be damaged beyond repair, so icdesk opens it there for reading only. To work on it, copy it to this PC; for several PCs at once, a shared database server is the safe way.</source>
        <translation>{name} on toisen tietokoneen jaetussa kansiossa ({share}). Kun useampi tietokone kirjoittaa samaan tiedostoon verkon yli, tiedosto voi vahingoittua korjauskelvottomaksi, joten icdesk avaa sen sieltä vain luettavaksi. Jos haluat muokata sitä, kopioi se tälle tietokoneelle; useamman tietokoneen yhteiskäyttöön turvallinen tapa on jaettu tietokantapalvelin.</translation>
    </message>
    <message>
        <source>{name} is marked as open in {program} on the computer {host} by {user} since {since}. If icdesk is no longer running there (the computer was switched off or crashed), the file can be taken over; otherwise close it there first.</source>
        <translation>{name} on merkitty avoimeksi ohjelmassa {program} tietokoneella {host} (käyttäjä {user}) alkaen {since}. Jos icdesk ei enää ole käynnissä siellä (tietokone sammutettiin tai kaatui), tiedoston voi ottaa haltuun; muuten sulje se ensin siellä.</translation>
    </message>
    <message>
        <source>Cannot open {address}: {reason}.</source>
        <translation>Kohdetta {address} ei voi avata: {reason}.</translation>
    </message>
    <message>
        <source>{address} names no database (postgresql://user@host/database).</source>
        <translation>{address} ei nimeä tietokantaa (postgresql://käyttäjä@palvelin/tietokanta).</translation>
    </message>
    <message>
        <source>{address} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{address} on tallennettu icdeskin uudemmalla versiolla; asenna uudempi versio avataksesi sen.</translation>
    </message>
    <message>
        <source>{address} is not a server address (postgresql://user@host/database).</source>
        <translation>{address} ei ole palvelimen osoite (postgresql://käyttäjä@palvelin/tietokanta).</translation>
    </message>
    <message>
        <source>{address} holds no icdesk company yet.</source>
        <translation>Kohteessa {address} ei ole vielä icdesk-yritystä.</translation>
    </message>
    <message>
        <source>{address} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{address} on tallennettu icdeskin vanhemmalla versiolla, ja se on avattava kerran tavalliseen tapaan (päivitystä varten) ennen kuin sen voi avata vain luettavaksi.</translation>
    </message>
    <message>
        <source>{address} could not be prepared: {exc}.</source>
        <translation>Kohdetta {address} ei voitu valmistella: {exc}.</translation>
    </message>
    <message>
        <source>{address} is a database of another program, not an icdesk company.</source>
        <translation>{address} on toisen ohjelman tietokanta, ei icdesk-yritys.</translation>
    </message>
    <message>
        <source>{path} is not a file that can hold a company.</source>
        <translation>{path} ei ole tiedosto, johon yrityksen tiedot voi tallentaa.</translation>
    </message>
    <message>
        <source>Choose the training session to print.</source>
        <translation>Valitse tulostettava koulutus.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent}: {value}.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa kansioon {parent}: {value}.</translation>
    </message>
    <message>
        <source>The change was not saved: {text}. Everything saved before is still there.</source>
        <translation>Muutosta ei tallennettu: {text}. Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>This file is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Tiedosto on avattu vain luku -tilassa, joten muutoksia ei voi tallentaa. Avaa se tavallisesti tehdäksesi muutoksia.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Everything saved before is still there. Free some space and try again.</source>
        <translation>Muutosta ei tallennettu: levy on täynnä. Kaikki aiemmin tallennettu on tallessa. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The change was not saved: the data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still there.</source>
        <translation>Muutosta ei tallennettu: tietotiedostoon {path} ei päästä (irrotettiinko levy tai USB-tikku?). Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The change was not saved: another program is using the data file. Try again.</source>
        <translation>Muutosta ei tallennettu: toinen ohjelma käyttää tietotiedostoa. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use.</source>
        <translation>Tiedostoa {name} ei voi merkitä käytössä olevaksi.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use: {value}.</source>
        <translation>Tiedostoa {name} ei voi merkitä käytössä olevaksi: {value}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} on kansio, ei tietotiedosto.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was a drive removed?).</source>
        <translation>Kansiota {folder} ei ole (irrotettiinko levy?).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file (it is not a database at all).</source>
        <translation>{name} ei ole icdesk-tietotiedosto (se ei ole tietokanta lainkaan).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{name} on tallennettu icdeskin uudemmalla versiolla; asenna uudempi versio avataksesi sen.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} ei ole olemassa.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to look at.</source>
        <translation>{name} on tyhjä: katsottavaa ei ole.</translation>
    </message>
    <message>
        <source>{name} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{name} on tallennettu icdeskin vanhemmalla versiolla, ja se on avattava kerran tavallisesti (päivitystä varten) ennen kuin sen voi avata vain luku -tilassa.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>Sinulla ei ole oikeutta lukea tiedostoa {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only; icdesk needs to save changes to it.</source>
        <translation>{path} on vain luku -tilassa; icdeskin on voitava tallentaa siihen muutoksia.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>Tiedostoa {name} ei voi avata: {exc}.</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not an icdesk data file.</source>
        <translation>{name} on toisen ohjelman tietokanta, ei icdesk-tietotiedosto.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an icdesk data file ({exc}).</source>
        <translation>{name} on vioittunut tai se ei ole icdesk-tietotiedosto ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a whole icdesk data file: it has no table {table}.</source>
        <translation>{name} ei ole kokonainen icdesk-tietotiedosto: siitä puuttuu taulu {table}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still in it; put it back and refresh (F5).</source>
        <translation>Tietotiedostoon {path} ei päästä (irrotettiinko levy tai USB-tikku?). Kaikki aiemmin tallennettu on yhä siinä; liitä se takaisin ja päivitä (F5).</translation>
    </message>
    <message>
        <source>{name} is already open in another icdesk. Close it there first, or open it read-only.</source>
        <translation>{name} on jo auki toisessa icdeskissä. Sulje se ensin siellä tai avaa se vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The server {host} needs the password of {user}: type it in File → Connect to a server…, or keep it in this PC's pgpass file.</source>
        <translation>Palvelin {host} tarvitsee käyttäjän {user} salasanan: kirjoita se kohdassa Tiedosto → Yhdistä palvelimeen… tai tallenna se tämän tietokoneen pgpass-tiedostoon.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the password of {user}. Check the user name and the password (capital letters count) and try again.</source>
        <translation>Palvelin {host} ei hyväksynyt käyttäjän {user} salasanaa. Tarkista käyttäjätunnus ja salasana (isot ja pienet kirjaimet erotetaan) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The server {host} has no login named {user}. Check the user name.</source>
        <translation>Palvelimella {host} ei ole käyttäjätunnusta {user}. Tarkista käyttäjätunnus.</translation>
    </message>
    <message>
        <source>The server {host} does not let {user} in from this PC. Whoever looks after the server must allow this computer in its pg_hba.conf file (see the README).</source>
        <translation>Palvelin {host} ei päästä käyttäjää {user} sisään tältä tietokoneelta. Palvelimen ylläpitäjän on sallittava tämä tietokone pg_hba.conf-tiedostossa (katso README).</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or ask whoever looks after the server to create it.</source>
        <translation>Palvelimella {host} ei ole tietokantaa nimeltä {database}. Tarkista nimi tai pyydä palvelimen ylläpitäjää luomaan se.</translation>
    </message>
    <message>
        <source>No computer named {host} was found on the network. Check the server's name, or type its address (for example 192.168.1.20).</source>
        <translation>Verkosta ei löytynyt tietokonetta nimeltä {host}. Tarkista palvelimen nimi tai kirjoita sen osoite (esimerkiksi 192.168.1.20).</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port}. Check that the server computer is on, that PostgreSQL runs there and that it accepts connections from the office network.</source>
        <translation>Palvelinta {host} ei tavoiteta portista {port}. Tarkista, että palvelintietokone on päällä, että PostgreSQL on käynnissä ja että se hyväksyy yhteydet toimiston verkosta.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}), so icdesk did not open it and changed nothing. Put a backup in its place: File → Restore from backup… in the window, or icdesk restore on the command line.</source>
        <translation>{name} on vioittunut ({problem}), joten icdesk ei avannut sitä eikä muuttanut mitään. Palauta sen tilalle varmuuskopio: Tiedosto → Palauta varmuuskopiosta… ikkunassa tai icdesk restore komentorivillä.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} on toisen ohjelman käytössä; sulje se siellä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {orig}.</source>
        <translation>Tiedostoa {name} ei voitu valmistella: {orig}.</translation>
    </message>
    <message>
        <source>Could not make a backup of {name} before upgrading it: {exc}.</source>
        <translation>Tiedostosta {name} ei voitu ottaa varmuuskopiota ennen päivitystä: {exc}.</translation>
    </message>
    <message>
        <source>A new edition is issued for the whole handbook: choose no departments to issue one.</source>
        <translation>Uusi painos julkaistaan koko käsikirjasta: älä valitse osastoja, kun julkaiset sen.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: the folder {folder} does not exist.</source>
        <translation>Asiakirjaa ei tulostettu tiedostoon: kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: {reason}.</source>
        <translation>Asiakirjaa ei tulostettu tiedostoon: {reason}.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: icdesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>Asiakirjaa ei tulostettu tiedostoon: icdesk ei voi kirjoittaa kansioon {folder}. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>There is no document called “{kind}”.</source>
        <translation>Asiakirjaa nimeltä ”{kind}” ei ole.</translation>
    </message>
    <message>
        <source>The page size must be A4 or Letter.</source>
        <translation>Sivukoon on oltava A4 tai Letter.</translation>
    </message>
    <message>
        <source>Choose the request to print.</source>
        <translation>Valitse tulostettava pyyntö.</translation>
    </message>
    <message>
        <source>Choose the department for the scorecard.</source>
        <translation>Valitse osasto tuloskorttia varten.</translation>
    </message>
    <message>
        <source>Choose the service agreement to print.</source>
        <translation>Valitse tulostettava palvelusopimus.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Kuittaukset</translation>
    </message>
    <message>
        <source>Training and cross-training</source>
        <translation>Koulutus ja ristiinkoulutus</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>Pairs of departments, both ways</source>
        <translation>Osastoparit, molempiin suuntiin</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback</source>
        <translation>Anna palautetta</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <source>Department rated</source>
        <translation>Arvioitava osasto</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – erinomainen</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – hyvä</translation>
    </message>
    <message>
        <source>3 – acceptable</source>
        <translation>3 – kohtalainen</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 – heikko</translation>
    </message>
    <message>
        <source>1 – very poor</source>
        <translation>1 – erittäin heikko</translation>
    </message>
    <message>
        <source>Where it broke down</source>
        <translation>Missä palvelu petti</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>Do not store who gave this feedback</source>
        <translation>Älä tallenna palautteen antajaa</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>The rating is saved: {department} was rated {rating} / 5. Open a corrective action now, so that it does not happen again?</source>
        <translation>Arvio on tallennettu: {department} sai arvion {rating} / 5. Avataanko korjaava toimenpide nyt, ettei sama toistu?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <source>A poor rating</source>
        <translation>Heikko arvio</translation>
    </message>
    <message>
        <source>Open a corrective action</source>
        <translation>Avaa korjaava toimenpide</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>Given by department</source>
        <translation>Antajan osasto</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(henkilön osasto)</translation>
    </message>
    <message>
        <source>Anonymous feedback keeps no name and no department at all.</source>
        <translation>Nimettömästä palautteesta ei tallenneta nimeä eikä osastoa.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Anna palautetta</translation>
    </message>
    <message>
        <source>Feedback shows where internal service breaks down. Rate a resolved request from its window, or rate a department in general here.</source>
        <translation>Palaute näyttää, missä sisäinen palvelu pettää. Arvioi ratkaistu pyyntö sen omassa ikkunassa tai arvioi osastoa yleisesti tässä.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Mikä tahansa arvosana</translation>
    </message>
    <message>
        <source>Poor only (1–2)</source>
        <translation>Vain heikot (1–2)</translation>
    </message>
    <message>
        <source>3 or less</source>
        <translation>3 tai alle</translation>
    </message>
    <message>
        <source>Any breakdown point</source>
        <translation>Mikä tahansa ongelmakohta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Ongelmakohta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Avaa korjaava toimenpide…</translation>
    </message>
    <message>
        <source>Given since {date}</source>
        <translation>Annettu {date} alkaen</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <source>Opening {file}…</source>
        <translation>Avataan {file}…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>This company is open read-only: what is typed here cannot be saved. Open it for writing once no one else has it open.</source>
        <translation>Yritys on avattu vain luettavaksi: tähän kirjoitettua ei voi tallentaa. Avaa se muokattavaksi, kun kukaan muu ei pidä sitä auki.</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}.</source>
        <translation>Täyttämättä vielä: {fields}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Sinulla on tallentamattomia muutoksia. Suljetaanko ja menetetään ne?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tätä ei voi tehdä</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>paused (waiting)</source>
        <translation>tauolla (odottaa)</translation>
    </message>
    <message>
        <source>late, now waiting</source>
        <translation>myöhässä, nyt odottaa</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} pv</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>{span} päästä</translation>
    </message>
    <message>
        <source>{span} late</source>
        <translation>{span} myöhässä</translation>
    </message>
    <message>
        <source>{n} working min</source>
        <translation>{n} työmin</translation>
    </message>
    <message>
        <source>{n} working h</source>
        <translation>{n} työtuntia</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n työpäivä</numerusform>
            <numerusform>%n työpäivää</numerusform>
        </translation>
    </message>
    <message>
        <source>due in {span} ({when})</source>
        <translation>{span} kuluttua ({when})</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Näin pääset alkuun</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Yrityksesi</translation>
    </message>
    <message>
        <source>File → Company details: the name, address and logo printed on every document, the time zone, and a service vision in one or two sentences.</source>
        <translation>Tiedosto → Yrityksen tiedot: jokaiseen asiakirjaan tulostettava nimi, osoite ja logo, aikavyöhyke sekä palveluvisio yhdellä tai kahdella lauseella.</translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation>Osastot ja henkilöt</translation>
    </message>
    <message>
        <source>Departments &amp; People: every department that serves another one (the kitchen serves the dining room, IT serves everyone), its head, and its people. The head of a department approves its standards.</source>
        <translation>Osastot ja henkilöt: jokainen osasto, joka palvelee toista (keittiö palvelee ravintolasalia, IT palvelee kaikkia), sen esihenkilö ja sen henkilöt. Osaston esihenkilö hyväksyy sen standardit.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>Service Standards: what each department promises, as steps and as targets for the first response and the resolution. A new version is sent for review, approved and then put in force; the people concerned acknowledge it (Acknowledgements, Training).</source>
        <translation>Palvelustandardit: mitä kukin osasto lupaa, vaiheina sekä ensivastauksen ja ratkaisun tavoitteina. Uusi versio lähetetään tarkastettavaksi, hyväksytään ja otetaan sitten käyttöön; asianomaiset henkilöt kuittaavat sen (Kuittaukset, Koulutus).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Agreements: for a pair of departments, what each needs from the other, both ways, signed by both heads.</source>
        <translation>Sopimukset: osastoparille se, mitä kumpikin tarvitsee toiselta, molempiin suuntiin, molempien esihenkilöiden allekirjoittamana.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Requests: what one department asks of another (Ctrl+Shift+N from anywhere). Each moves from new to resolved; its due times follow the standard and the working hours of the department that serves it.</source>
        <translation>Pyynnöt: mitä osasto pyytää toiselta (Ctrl+Shift+N mistä tahansa). Kukin etenee uudesta ratkaistuksi; sen eräajat seuraavat standardia ja palvelevan osaston työaikaa.</translation>
    </message>
    <message>
        <source>Feedback and corrective actions</source>
        <translation>Palaute ja korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Feedback: people rate the service they received. A poor rating or a breakdown leads to a corrective action, which may revise a standard; Closing the Loop follows each one to the end.</source>
        <translation>Palaute: henkilöt arvioivat saamansa palvelun. Huono arvosana tai palvelukatkos johtaa korjaavaan toimenpiteeseen, joka voi muuttaa standardia; Silmukan sulkeminen seuraa jokaista loppuun asti.</translation>
    </message>
    <message>
        <source>How well departments serve each other</source>
        <translation>Kuinka hyvin osastot palvelevat toisiaan</translation>
    </message>
    <message>
        <source>Service Network shows every pair of departments both ways and where service breaks down; Survey Rounds ask the departments themselves. The Dashboard shows what needs you today.</source>
        <translation>Palveluverkosto näyttää jokaisen osastoparin molempiin suuntiin ja sen, missä palvelu katkeaa; Kyselykierrokset kysyvät osastoilta itseltään. Yleiskatsaus näyttää, mikä tarvitsee sinua tänään.</translation>
    </message>
    <message>
        <source>Print and keep safe</source>
        <translation>Tulosta ja pidä tallessa</translation>
    </message>
    <message>
        <source>Reports prints the handbook of standards, scorecards, agreements to sign and more. A backup is made every day you work (File → Backup now makes one at once).</source>
        <translation>Raportit tulostaa standardien käsikirjan, tuloskortit, allekirjoitettavat sopimukset ja muuta. Varmuuskopio tehdään jokaisena työpäivänä (Tiedosto → Varmuuskopioi nyt tekee sen heti).</translation>
    </message>
    <message>
        <source>To look around first, open the example hotel: start icdesk with a new file and choose the example, or run “icdesk --db hotel.sqlite demo”.</source>
        <translation>Jos haluat ensin katsella, avaa esimerkkihotelli: käynnistä icdesk uudella tiedostolla ja valitse esimerkki, tai suorita “icdesk --db hotel.sqlite demo”.</translation>
    </message>
</context>
<context>
    <name>HandbookReport</name>
    <message>
        <source>SOP handbook</source>
        <translation>SOP-käsikirja</translation>
    </message>
    <message>
        <source>Our service vision</source>
        <translation>Palvelulupauksemme</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <source>No service standards are in force yet.</source>
        <translation>Yksikään palvelustandardi ei ole vielä voimassa.</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Osaston esihenkilö: {name}</translation>
    </message>
    <message>
        <source>Service standards of every department</source>
        <translation>Jokaisen osaston palvelustandardit</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(myöhässä)</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Asiakirjatunnus</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Ensivastaus viimeistään</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Ratkaistu viimeistään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Service standards of {department}</source>
        <translation>Palvelustandardit: {department}</translation>
    </message>
    <message>
        <source>Service standards of {departments}</source>
        <translation>Palvelustandardit: {departments}</translation>
    </message>
    <message>
        <source>Working copy, not an issued edition</source>
        <translation>Työversio, ei julkaistu painos</translation>
    </message>
    <message>
        <source>Edition {number} of {date}</source>
        <translation>Painos {number}, {date}</translation>
    </message>
    <message>
        <source>SOP handbook: {department}</source>
        <translation>SOP-käsikirja: {department}</translation>
    </message>
    <message numerus="yes">
        <source>%n service standard(s) in force</source>
        <translation>
            <numerusform>%n voimassa oleva palvelustandardi</numerusform>
            <numerusform>%n voimassa olevaa palvelustandardia</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest edition, {number}, was issued on {date}; standards have changed since.</source>
        <translation>Viimeisin painos {number} julkaistiin {date}; standardit ovat muuttuneet sen jälkeen.</translation>
    </message>
    <message>
        <source>Uncontrolled when printed: the version in force is the one in icdesk.</source>
        <translation>Tuloste ei ole ohjattu asiakirja: voimassa oleva versio on icdeskissä.</translation>
    </message>
    <message>
        <source>About this edition</source>
        <translation>Tästä painoksesta</translation>
    </message>
    <message>
        <source>What changed since edition {number}</source>
        <translation>Muutokset painoksen {number} jälkeen</translation>
    </message>
    <message>
        <source>This is the first edition of the handbook: every standard in it is new.</source>
        <translation>Tämä on käsikirjan ensimmäinen painos: kaikki sen standardit ovat uusia.</translation>
    </message>
    <message>
        <source>No edition of the handbook has been issued yet. When this handbook is ready to hand out, make it again with “Issue as a new edition”: the next one will list what changed since.</source>
        <translation>Käsikirjasta ei ole vielä julkaistu painosta. Kun käsikirja on valmis jaettavaksi, tee se uudelleen valinnalla ”Julkaise uutena painoksena”: seuraava painos luettelee, mikä on muuttunut sen jälkeen.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {number} of {date}.</source>
        <translation>Yksikään palvelustandardi ei ole muuttunut painoksen {number} ({date}) jälkeen.</translation>
    </message>
    <message>
        <source>Compared with edition {number} of {date}:</source>
        <translation>Verrattuna painokseen {number} ({date}):</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Mikä muuttui</translation>
    </message>
    <message>
        <source>Reviews past due</source>
        <translation>Myöhässä olevat tarkistukset</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) should have been reviewed by now:</source>
        <translation>
            <numerusform>%n standardi olisi pitänyt jo tarkistaa:</numerusform>
            <numerusform>%n standardia olisi pitänyt jo tarkistaa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>New, version {version}</source>
        <translation>Uusi, versio {version}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Version {old} → {new}</source>
        <translation>Versio {old} → {new}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Ketä palvelee</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Ensimmäinen versio</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Acknowledgement: {department}</source>
        <translation>Kuittaus: {department}</translation>
    </message>
    <message>
        <source>Acknowledgement: {reader} (standards of {department})</source>
        <translation>Kuittaus: {reader} (osaston {department} standardit)</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the service standards of {department} listed below, in the versions listed, and that I will work by them.</source>
        <translation>Allekirjoituksellani vahvistan lukeneeni ja ymmärtäneeni alla luetellut palvelustandardit (osasto: {department}) mainituissa versioissa ja toimivani niiden mukaan.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Handbook: {edition}</source>
        <translation>Käsikirja: {edition}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imported from a file</source>
        <translation>Tuotu tiedostosta</translation>
    </message>
    <message>
        <source>title or description</source>
        <translation>otsikko tai kuvaus</translation>
    </message>
    <message>
        <source>priority {old} → {new}</source>
        <translation>prioriteetti {old} → {new}</translation>
    </message>
    <message>
        <source>service standard {title} (v{n}), its targets counted from when it was logged</source>
        <translation>palvelustandardi {title} (v{n}), tavoiteajat laskettuna kirjaamisesta</translation>
    </message>
    <message>
        <source>needed by {old} → {new}</source>
        <translation>tarvitaan viimeistään {old} → {new}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Ehdota ideaa</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>e.g. A shared board for early arrivals</source>
        <translation>esim. Yhteinen taulu aikaisille saapumisille</translation>
    </message>
    <message>
        <source>How it would work</source>
        <translation>Miten se toimisi</translation>
    </message>
    <message>
        <source>Departments it brings together</source>
        <translation>Osastot, joita se yhdistää</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>Do not store who proposed this idea</source>
        <translation>Älä tallenna, kuka ehdotti tätä ideaa</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>Proposed by department</source>
        <translation>Ehdottajan osasto</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(henkilön osasto)</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>An anonymous idea keeps no name and no department at all.</source>
        <translation>Nimettömästä ideasta ei tallenneta nimeä eikä osastoa.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ei vielä ketään</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>ja {n} muuta</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Tukijat</translation>
    </message>
    <message>
        <source>corrective action #{n}</source>
        <translation>korjaava toimenpide nro {n}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versio {n}</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Johti</translation>
    </message>
    <message>
        <source>Start a trial…</source>
        <translation>Aloita kokeilu…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Ota käyttöön…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Lopeta kokeilu</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Harkitse uudelleen</translation>
    </message>
    <message>
        <source>Add a supporter…</source>
        <translation>Lisää tukija…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Avaa korjaava toimenpide…</translation>
    </message>
    <message>
        <source>Revise a standard…</source>
        <translation>Muuta standardia…</translation>
    </message>
    <message>
        <source>Tick at least two departments.</source>
        <translation>Rastita vähintään kaksi osastoa.</translation>
    </message>
    <message>
        <source>What is tried, and until when?</source>
        <translation>Mitä kokeillaan ja mihin asti?</translation>
    </message>
    <message>
        <source>How is it put into practice?</source>
        <translation>Miten se otetaan käyttöön?</translation>
    </message>
    <message>
        <source>Why is it declined? Whoever proposed and supported it will read this.</source>
        <translation>Miksi idea hylätään? Ehdottaja ja tukijat lukevat tämän.</translation>
    </message>
    <message>
        <source>Revise a standard</source>
        <translation>Muuta standardia</translation>
    </message>
</context>
<context>
    <name>IdeasScreen</name>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Ehdota ideaa</translation>
    </message>
    <message>
        <source>A forum for working better together: anyone can propose how two or more departments could serve each other better. Ideas are tried, then adopted or declined with a reason. Propose the first one.</source>
        <translation>Foorumi paremmalle yhteistyölle: kuka tahansa voi ehdottaa, miten kaksi tai useampi osasto voisi palvella toisiaan paremmin. Ideoita kokeillaan, ja sitten ne otetaan käyttöön tai hylätään perustellen. Ehdota ensimmäistä.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Open (proposed or on trial)</source>
        <translation>Avoimet (ehdotetut tai kokeilussa)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>Decision or trial</source>
        <translation>Päätös tai kokeilu</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Palvelun antaja (osasto)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Pyytäjä (henkilö)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Pyytäjä (osasto)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Ensivastaus annettu</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Ketä palvelee</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Ensivastaus viimeistään</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Ratkaisu viimeistään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>%n rivi, jossa on ongelma</numerusform>
            <numerusform>%n riviä, joissa on ongelma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet or CSV file</source>
        <translation>Tuo laskentataulukosta tai CSV-tiedostosta</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Tiedosto sisältää</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a CSV file, as any spreadsheet program saves it, or a workbook (.xlsx, .xls, .ods). Every row is checked and shown below before anything is written; nothing is imported while any row has a problem.</source>
        <translation>Valitse ensin, mitä tiedostossa on, ja sitten tiedosto: CSV-tiedosto sellaisena kuin mikä tahansa taulukkolaskentaohjelma sen tallentaa, tai työkirja (.xlsx, .xls, .ods). Jokainen rivi tarkistetaan ja näytetään alla ennen kuin mitään tallennetaan; mitään ei tuoda, niin kauan kuin jollakin rivillä on ongelma.</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Miten tiedosto luetaan</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Merkistö</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Sarakkeiden erotin</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puolipiste ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Which column holds what (* is required)</source>
        <translation>Mikä sarake sisältää mitä (* on pakollinen)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <source>Read the file again, after you have corrected it</source>
        <translation>Lue tiedosto uudelleen, kun olet korjannut sen</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Kopioi luettelo</translation>
    </message>
    <message>
        <source>Copy the problems, to paste them into a spreadsheet or an e-mail</source>
        <translation>Kopioi ongelmat liitettäväksi taulukkoon tai sähköpostiin</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Departments and people are found by name: import them first. A request with the same title, department, requester and day is updated, not added twice. Dates such as 2026-03-31 or 31/03/2026.</source>
        <translation>Osastot ja henkilöt löydetään nimellä: tuo ne ensin. Sisäinen pyyntö, jolla on sama otsikko, osasto, pyytäjä ja päivä, päivitetään eikä lisätä toista kertaa. Päivämäärät muodossa 2026-03-31 tai 31.03.2026.</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>(luettelossa ensimmäiset {shown})</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ei tiedostossa)</translation>
    </message>
    <message>
        <source>{c} to add, {u} to update, {s} already the same.</source>
        <translation>{c} lisätään, {u} päivitetään, {s} on jo ennallaan.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>lisää</translation>
    </message>
    <message>
        <source>update</source>
        <translation>päivitä</translation>
    </message>
    <message>
        <source>same</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>Laskentataulukot ja CSV-tiedostot ({patterns});;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>A department already in icdesk (same name) is updated, not added twice.</source>
        <translation>Osasto, joka on jo icdeskissä (sama nimi), päivitetään eikä lisätä toista kertaa.</translation>
    </message>
    <message>
        <source>A person already in icdesk (same e-mail, or same name) is updated, not added twice.</source>
        <translation>Henkilö, joka on jo icdeskissä (sama sähköposti tai sama nimi), päivitetään eikä lisätä toista kertaa.</translation>
    </message>
    <message>
        <source>Imported standards arrive as drafts: read them on the Service standards screen and publish them (a State column saying “active” puts one in force at once). Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, 1:30 or 2 d; a plain number is hours, or minutes if the column name says so.</source>
        <translation>Tuodut palvelustandardit tulevat luonnoksina: lue ne Palvelustandardit-näkymässä ja julkaise ne (Tila-sarake, jossa lukee ”active”, ottaa standardin heti käyttöön). Vaiheet yksi riviä kohden tai sarakkeissa Vaihe 1, Vaihe 2… Ajat kuten 4 h, 30 min, 1:30 tai 2 pv; pelkkä luku on tunteja, tai minuutteja, jos sarakkeen nimi niin sanoo.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Saving (a backup of the file is made first)…</source>
        <translation>Tallennetaan (tiedostosta tehdään ensin varmuuskopio)…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>Tuodaan riviä {done}/{total}…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Tarkistetaan riviä {done}/{total}…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Tuonti pysäytettiin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Tarkistus pysäytettiin.</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>Ei tuoda: {columns}</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has a problem: correct the file, save it, then press Check again.</source>
        <translation>Mitään ei tuoda, niin kauan kuin jollakin rivillä on ongelma: korjaa tiedosto, tallenna se ja paina Tarkista uudelleen.</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the list.</source>
        <translation>Valitse taulukko, jossa luettelo on.</translation>
    </message>
    <message>
        <source>Found by icdesk; change them if letters or columns in the preview look wrong.</source>
        <translation>icdesk päätteli nämä; vaihda ne, jos kirjaimet tai sarakkeet näyttävät esikatselussa väärältä.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Odottaa pyytäjää</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Tarkastettavana</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Quality of work</source>
        <translation>Työn laatu</translation>
    </message>
    <message>
        <source>Tools and systems</source>
        <translation>Työkalut ja järjestelmät</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prosessi</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Asenne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Ensivastaus myöhässä</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Ratkaistu myöhässä</translation>
    </message>
    <message>
        <source>Poor rating, no point named</source>
        <translation>Heikko arvosana, ei nimettyä kohtaa</translation>
    </message>
    <message>
        <source>Open and past its target</source>
        <translation>Avoinna ja yli tavoiteajan</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Avoinna vastauksille</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Luotettavuus</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Reagointikyky</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Vakuuttavuus</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatia</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Konkreettiset tekijät</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Kiitos</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Saavutus</translation>
    </message>
    <message>
        <source>Employee of the month</source>
        <translation>Kuukauden työntekijä</translation>
    </message>
    <message>
        <source>Team of the month</source>
        <translation>Kuukauden tiimi</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Kokoaikainen</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Osa-aikainen</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Määräaikainen</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Alihankkija</translation>
    </message>
    <message>
        <source>Owner / shareholder</source>
        <translation>Omistaja / osakas</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultti</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Hallituksen jäsen</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Tila muuttui</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Osoitettu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Muokattu</translation>
    </message>
    <message>
        <source>Major revision</source>
        <translation>Merkittävä muutos</translation>
    </message>
    <message>
        <source>Minor revision</source>
        <translation>Pieni muutos</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Allekirjoitettu lista</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Koulutuksessa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ajan tasalla</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>Kokeilussa</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Otettu käyttöön</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>Vie luettelo &amp;CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>Hae…</translation>
    </message>
    <message>
        <source>Save the rows shown, with the current filters, for a spreadsheet</source>
        <translation>Tallenna näkyvät rivit nykyisin suodattimin taulukkolaskentaa varten</translation>
    </message>
    <message>
        <source>Nothing matches the search and the filters.</source>
        <translation>Haku ja suodattimet eivät löydä mitään.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Tyhjennä haku ja suodattimet</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Archive this record? It stays in the history and can be restored.</source>
        <translation>Arkistoidaanko tämä? Se säilyy historiassa ja voidaan palauttaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n näkyvissä</numerusform>
            <numerusform>%n näkyvissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n rivi viety tiedostoon {path}</numerusform>
            <numerusform>%n riviä viety tiedostoon {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} loaded; scroll for more</source>
        <translation>{n}/{total} ladattu; vieritä nähdäksesi lisää</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Vie CSV-tiedostoon</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
</context>
<context>
    <name>LoopScreen</name>
    <message>
        <source>Closing the loop</source>
        <translation>Silmukan sulkeminen</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Anna palautetta</translation>
    </message>
    <message>
        <source>Each piece of feedback followed through its corrective action to the revised standard and the people who acknowledged it. Open a corrective action on poor feedback to start a loop.</source>
        <translation>Jokainen palaute seurattuna korjaavan toimenpiteen kautta muutettuun standardiin ja sen kuitanneisiin henkilöihin. Aloita silmukka avaamalla korjaava toimenpide huonosta palautteesta.</translation>
    </message>
    <message>
        <source>median time from feedback to the action opened</source>
        <translation>mediaaniaika palautteesta toimenpiteen avaamiseen</translation>
    </message>
    <message>
        <source>to the action closed</source>
        <translation>toimenpiteen sulkemiseen</translation>
    </message>
    <message>
        <source>to the revised standard in force</source>
        <translation>muutetun standardin käyttöönottoon</translation>
    </message>
    <message>
        <source>to 90% of its readers acknowledging it</source>
        <translation>kunnes 90 % lukijoista on kuitannut sen</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Loops not closed yet</source>
        <translation>Silmukat, joita ei ole vielä suljettu</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korjaava toimenpide</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Standard revised</source>
        <translation>Muutettu standardi</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>90% acknowledged</source>
        <translation>90 % kuitannut</translation>
    </message>
    <message>
        <source>Opened on {date}</source>
        <translation>Avattu {date}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versio {n}</translation>
    </message>
    <message>
        <source>{share} so far</source>
        <translation>{share} tähän mennessä</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} päivää</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>icdesk — {file}</source>
        <translation>icdesk — {file}</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(vain luku)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Uusi tietotiedosto…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Avaa tietotiedosto…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Yhdistä &amp;palvelimeen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Avaa &amp;viimeisimmät</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Company details…</source>
        <translation>&amp;Yrityksen tiedot…</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>&amp;Kuka työskentelee…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Näin pääset alkuun</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About icdesk</source>
        <translation>&amp;Tietoja icdeskistä</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalut</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Seuraava näkymä</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Edellinen näkymä</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Cannot show the data</source>
        <translation>Tietoja ei voi näyttää</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n osasto</numerusform>
            <numerusform>%n osastoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 overdue</source>
        <translation>
            <numerusform>%n avoin pyyntö, %1 myöhässä</numerusform>
            <numerusform>%n avointa pyyntöä, %1 myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>Take over the data file?</source>
        <translation>Otetaanko tietotiedosto haltuun?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ota haltuun</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Tietotiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Uusi tietotiedosto</translation>
    </message>
    <message>
        <source>company</source>
        <translation>yritys</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite)</source>
        <translation>icdesk-tietotiedostot (*.sqlite)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Tiedosto on jo olemassa</translation>
    </message>
    <message>
        <source>{name} already exists; use Open to work on it.</source>
        <translation>{name} on jo olemassa; käytä Avaa-toimintoa.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Avaa tietotiedosto</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>icdesk-tietotiedostot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Varmuuskopio tallennettu: {path}</translation>
    </message>
    <message>
        <source>Working: {name}</source>
        <translation>Työskentelee: {name}</translation>
    </message>
    <message>
        <source>Imported: {c} added, {u} updated.</source>
        <translation>Tuotu: {c} lisätty, {u} päivitetty.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tietotiedosto on vioittunut</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>Today's backup: {path}</source>
        <translation>Päivän varmuuskopio: {path}</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Changes made since then leave the file; they stay in the copy kept of the file as it is now.</source>
        <translation>Palataanko varmuuskopioon {when}? Sen jälkeen tehdyt muutokset poistuvat tiedostosta; ne säilyvät kopiossa, joka otetaan tiedostosta sellaisena kuin se nyt on.</translation>
    </message>
    <message>
        <source>This backup holds the company “{theirs}”, not “{ours}”. Put it in place of {ours} anyway? The file as it is now is kept.</source>
        <translation>Tässä varmuuskopiossa on yritys ”{theirs}”, ei ”{ours}”. Otetaanko se silti käyttöön yrityksen {ours} tilalle? Tiedosto sellaisena kuin se nyt on säilytetään.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>The backup is back in place. The file as it was is kept as {kept}.</source>
        <translation>Varmuuskopio on palautettu. Tiedosto entisellään on tallessa nimellä {kept}.</translation>
    </message>
    <message>
        <source>About icdesk</source>
        <translation>Tietoja icdeskistä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;The internal customer service desk: service standards, internal requests, feedback, corrective actions and recognition.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;Sisäisen asiakaspalvelun työpöytä: palvelustandardit, sisäiset pyynnöt, palaute, korjaavat toimenpiteet ja tunnustukset.&lt;/p&gt;&lt;p&gt;Tietotiedosto:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Replace the company “{company}” on the server {server} with the backup {backup}? Every PC then works on what the backup holds; everything saved on the server now is replaced. A backup of it is written first, so this can be undone.</source>
        <translation>Korvataanko yritys ”{company}” palvelimella {server} varmuuskopiolla {backup}? Kaikki tietokoneet käyttävät sen jälkeen varmuuskopion tietoja; kaikki palvelimelle nyt tallennettu korvataan. Siitä tehdään ensin varmuuskopio, joten toimenpiteen voi perua.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>The backup is back in place on the server. What the server held before is kept as {kept}.</source>
        <translation>Varmuuskopio on palautettu palvelimelle. Palvelimen aiemmat tiedot on säilytetty tiedostona {kept}.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Fewest requests for a pair to be drawn</source>
        <translation>Pienin pyyntömäärä, jolla pari piirretään</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sovita</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Tallenna PNG-kuvana…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-muodossa…</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>vähintään 90 % tavoiteajassa</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>alle 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department it serves; the wider, the more requests, the label is the average rating. Point at a department to see only its pairs; click an arrow for its requests, a department to open it. Wheel or +/− to zoom, drag to move.</source>
        <translation>Nuoli kulkee palvelevasta osastosta palveltuun osastoon; mitä leveämpi, sitä enemmän pyyntöjä; merkintä on keskimääräinen arvosana. Osoita osastoa nähdäksesi vain sen parit; napsauta nuolta nähdäksesi sen pyynnöt, osastoa avataksesi sen. Rulla tai +/− zoomaa, vedä siirtääksesi.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</source>
        <translation>
            <numerusform>%n pari jätetty piirtämättä: jaksolla niiden välillä ei kirjattu pyyntöjä, vain arvioita, kyselyvastauksia tai aiemmin kirjattuja pyyntöjä: {pairs}.</numerusform>
            <numerusform>%n paria jätetty piirtämättä: jaksolla niiden välillä ei kirjattu pyyntöjä, vain arvioita, kyselyvastauksia tai aiemmin kirjattuja pyyntöjä: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).</source>
        <translation>
            <numerusform>%n pari jätetty piirtämättä: alle {k} pyyntöä (Pienin pyyntömäärä, yllä).</numerusform>
            <numerusform>%n paria jätetty piirtämättä: kullakin alle {k} pyyntöä (Pienin pyyntömäärä, yllä).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service map, {period}</source>
        <translation>Palvelukartta, {period}</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save the service map</source>
        <translation>Tallenna palvelukartta</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Share resolved within target</source>
        <translation>Tavoiteajassa ratkaistujen osuus</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Ratkaisuajan mediaani</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Keskiarvosana</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Avoinna ja myöhässä nyt</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Kyselyn pisteet</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Where two departments serve each other, the right half of the cell is the other way round, so an unbalanced pair shows at a glance. Double-click a cell for its requests.</source>
        <translation>Rivit palvelevat, sarakkeita palvellaan. Kun kaksi osastoa palvelee toisiaan, solun oikea puolisko on toiseen suuntaan, joten epätasapainoinen pari erottuu heti. Kaksoisnapsauta solua nähdäksesi sen pyynnöt.</translation>
    </message>
    <message>
        <source>Service between departments</source>
        <translation>Osastojen välinen palvelu</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>This month so far</source>
        <translation>Tämä kuukausi tähän mennessä</translation>
    </message>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (tähän mennessä)</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Service network report</source>
        <translation>Palveluverkoston raportti</translation>
    </message>
    <message>
        <source>Pairs serving each other</source>
        <translation>Toisiaan palvelevat parit</translation>
    </message>
    <message>
        <source>Two-way pairs</source>
        <translation>Kaksisuuntaiset parit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Ajassa</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Keskiarvosana</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Avoinna ja myöhässä nyt</translation>
    </message>
    <message>
        <source>The service map</source>
        <translation>Palvelukartta</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department served: the wider, the more requests; its colour is the share resolved within target; its label the average rating.</source>
        <translation>Nuoli kulkee palvelevasta osastosta palveltuun: mitä leveämpi, sitä enemmän pyyntöjä; väri kertoo tavoiteajassa ratkaistujen osuuden, merkintä keskimääräisen arvosanan.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are left out: they are shown only where at least {k} people gave them in the same pair and month, so nobody can be recognised.</source>
        <translation>Nimettömiä arvosanoja jätetty pois {n}: ne näytetään vain, jos vähintään {k} henkilöä antoi ne samalle parille samana kuukautena, jotta ketään ei voi tunnistaa.</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>vähintään 90 % tavoiteajassa</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>alle 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>Who serves whom</source>
        <translation>Kuka palvelee ketä</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Ei pyyntöjä tällä jaksolla.</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Each cell shows the share resolved within target and the average rating; where the two departments serve each other, the right half is the other way round.</source>
        <translation>Rivit palvelevat, sarakkeita palvellaan. Jokainen solu näyttää tavoiteajassa ratkaistujen osuuden ja keskimääräisen arvosanan; kun osastot palvelevat toisiaan, oikea puolisko on toiseen suuntaan.</translation>
    </message>
    <message>
        <source>The {n} departments with the most requests are shown.</source>
        <translation>Näytetään {n} osastoa, joilla on eniten pyyntöjä.</translation>
    </message>
    <message>
        <source>Two-way pairs, side by side</source>
        <translation>Kaksisuuntaiset parit rinnakkain</translation>
    </message>
    <message>
        <source>Where two departments serve each other, one direction often works better than the other. The largest differences first.</source>
        <translation>Kun kaksi osastoa palvelee toisiaan, toinen suunta toimii usein paremmin. Suurimmat erot ensin.</translation>
    </message>
    <message>
        <source>Serves well</source>
        <translation>Palvelee hyvin</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>The other way</source>
        <translation>Toiseen suuntaan</translation>
    </message>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Vaihe {n} (nimetty kyselyssä): {text}</translation>
    </message>
    <message>
        <source>Where service breaks down</source>
        <translation>Missä palvelu katkeaa</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Ei palvelukatkoksia tällä jaksolla.</translation>
    </message>
    <message>
        <source>Points named in feedback, poor ratings, targets missed, and requests open and late now, most frequent first; the line adds them up (Pareto).</source>
        <translation>Palautteessa nimetyt ongelmakohdat, heikot arvosanat, ylitetyt tavoiteajat ja nyt avoinna olevat myöhässä olevat pyynnöt yleisimmästä alkaen; viiva laskee ne yhteen (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Palvelukatkokset</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Mikä meni vikaan</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kertaa</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Kertynyt osuus</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Kehitys</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Pyynnöt kuukausittain</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tulleet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistut</translation>
    </message>
    <message>
        <source>Share resolved within target, per month (%)</source>
        <translation>Tavoiteajassa ratkaistujen osuus kuukausittain (%)</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>Tällä jaksolla ei ratkaistu yhtään pyyntöä, jolla oli tavoite.</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (minutes)</source>
        <translation>Ratkaisuajan mediaani, kiireisimmät osastot (minuuttia)</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (hours)</source>
        <translation>Ratkaisuajan mediaani, kiireisimmät osastot (tuntia)</translation>
    </message>
    <message>
        <source>Nothing was resolved in this period.</source>
        <translation>Tällä jaksolla ei ratkaistu mitään.</translation>
    </message>
    <message>
        <source>What internal customers said</source>
        <translation>Mitä sisäiset asiakkaat sanoivat</translation>
    </message>
    <message>
        <source>{title}, about {start} to {end}: {returned} of {invited} forms back ({rate}).</source>
        <translation>{title}, {start}–{end}: lomakkeita palautettu {returned}/{invited} ({rate}).</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Asiakkaiden näkemys</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Oma näkemys</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do. Anonymous answers in brackets are held back: fewer than {k} people gave them.</source>
        <translation>Pisteet 1–5. Positiivinen ero: osasto pitää palveluaan parempana kuin sen asiakkaat. Suluissa olevat nimettömät vastaukset on pidätetty: niitä antoi alle {k} henkilöä.</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do.</source>
        <translation>Pisteet 1–5. Positiivinen ero: osasto pitää palveluaan parempana kuin sen asiakkaat.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Vaihe {n} (nimetty kyselyssä): {text}</translation>
    </message>
    <message>
        <source>Service network</source>
        <translation>Palveluverkosto</translation>
    </message>
    <message>
        <source>Who serves whom inside the company, and how well: each pair of departments, both ways.</source>
        <translation>Kuka palvelee ketä yrityksen sisällä ja kuinka hyvin: jokainen osastopari molempiin suuntiin.</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Palvelukartta</translation>
    </message>
    <message>
        <source>Pair matrix</source>
        <translation>Parimatriisi</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Palvelukatkokset</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Kehitys</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.</source>
        <translation>
            <numerusform>{period}: %n pari (näytetään: {shown}), joista kaksisuuntaisia: {two_way}.</numerusform>
            <numerusform>{period}: %n paria (näytetään: {shown}), joista kaksisuuntaisia: {two_way}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most unbalanced: {a} → {b} {good} within target, {b} → {a} only {bad}.</source>
        <translation>Epätasapainoisin pari: {a} → {b} tavoiteajassa {good}, {b} → {a} vain {bad}.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are held back: fewer than {k} people gave them in a pair's month.</source>
        <translation>Nimettömiä arvosanoja pidätetty {n}: parin kuukaudessa niitä antoi alle {k} henkilöä.</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <source>Everyone who serves or is served: employees, temporary staff, contractors, owners, consultants. Add the first person.</source>
        <translation>Kaikki, jotka palvelevat tai joita palvellaan: työntekijät, määräaikaiset, alihankkijat, omistajat, konsultit. Lisää ensimmäinen henkilö.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Merkitse lähteneeksi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Näytä lähteneet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Requests asked</source>
        <translation>Tehdyt pyynnöt</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Käsitellyt pyynnöt</translation>
    </message>
    <message>
        <source>{n} ({open} still open)</source>
        <translation>{n} ({open} yhä avoinna)</translation>
    </message>
    <message>
        <source>Rating of what they handled</source>
        <translation>Käsittelemiensä pyyntöjen arvosana</translation>
    </message>
    <message>
        <source>{rating} from {n} ratings</source>
        <translation>{rating}, arvosanoja {n}</translation>
    </message>
    <message>
        <source>Ratings they gave</source>
        <translation>Annetut arvosanat</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Standards they own</source>
        <translation>Standardit, joiden omistaja hän on</translation>
    </message>
    <message>
        <source>Recently handled</source>
        <translation>Viimeksi käsitellyt</translation>
    </message>
    <message>
        <source>No recognitions yet.</source>
        <translation>Ei vielä tunnustuksia.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
    <message>
        <source>Nothing handled yet.</source>
        <translation>Ei vielä käsiteltyjä.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Bring {name} back? They appear in pickers again.</source>
        <translation>Palautetaanko {name}? Henkilö näkyy taas valintalistoissa.</translation>
    </message>
    <message>
        <source>Mark {name} as having left? Their history stays; they no longer appear in pickers.</source>
        <translation>Merkitäänkö {name} lähteneeksi? Historia säilyy, mutta henkilö ei enää näy valintalistoissa.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Viimeiset 3 kuukautta</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Viimeiset 6 kuukautta</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viime vuosi</translation>
    </message>
    <message>
        <source>From month to month…</source>
        <translation>Kuukaudesta kuukauteen…</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Ensimmäinen kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Viimeinen kuukausi</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Muokkaa henkilöä</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (lähtenyt)</translation>
    </message>
</context>
<context>
    <name>PresetChip</name>
    <message>
        <source>Show all again</source>
        <translation>Näytä taas kaikki</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Avaa PDF-katseluohjelmassa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Tallenna asiakirja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Asiakirjaa ei voitu luoda</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Luodaan asiakirjaa…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Asiakirjaa ei voitu lukea tulostusta varten.</translation>
    </message>
    <message>
        <source>None of the pages chosen are in this document: it has pages 1 to {last}.</source>
        <translation>Mitään valituista sivuista ei ole tässä asiakirjassa: siinä on sivut 1–{last}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ei tulostettu</translation>
    </message>
    <message>
        <source>Printing to {file}…</source>
        <translation>Tulostetaan tiedostoon {file}…</translation>
    </message>
    <message>
        <source>Printed to {file} ({folder}).</source>
        <translation>Tulostettu tiedostoon {file} ({folder}).</translation>
    </message>
    <message>
        <source>The printer {printer} did not start. Check that it is on and connected, and try again.</source>
        <translation>Tulostin {printer} ei käynnistynyt. Tarkista, että se on päällä ja kytketty, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation>Tulostetaan sivua {page}/{total}…</translation>
    </message>
    <message>
        <source>The printer stopped after {done} of {total} pages.</source>
        <translation>Tulostin pysähtyi, kun {total} sivusta oli tulostettu {done}.</translation>
    </message>
</context>
<context>
    <name>QuestionTable</name>
    <message>
        <source>Dimension</source>
        <translation>Ulottuvuus</translation>
    </message>
    <message>
        <source>Statement rated from 1 to 5</source>
        <translation>Väite, arvioidaan 1–5</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognise good service</source>
        <translation>Anna tunnustusta hyvästä palvelusta</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Thank who handled request #{n}</source>
        <translation>Kiitä pyynnön nro {n} hoitajaa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>To (person)</source>
        <translation>Kenelle (henkilö)</translation>
    </message>
    <message>
        <source>To (department)</source>
        <translation>Kenelle (osasto)</translation>
    </message>
    <message>
        <source>(nobody: a whole team is recognised)</source>
        <translation>(ei kukaan: tunnustus koko tiimille)</translation>
    </message>
    <message>
        <source>(no team: a person is recognised)</source>
        <translation>(ei tiimiä: tunnustus henkilölle)</translation>
    </message>
    <message>
        <source>From (person)</source>
        <translation>Keneltä (henkilö)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>From (department)</source>
        <translation>Keneltä (osasto)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>e.g. Quick fix before the breakfast rush</source>
        <translation>esim. Nopea korjaus ennen aamiaisruuhkaa</translation>
    </message>
    <message>
        <source>e.g. Employee of the month, November</source>
        <translation>esim. Kuukauden työntekijä, marraskuu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Who gave it, to whom and which award stay as given; to recognise someone else, archive this one and give a new one.</source>
        <translation>Antaja, saaja ja tunnustuksen laji pysyvät ennallaan; jos haluat tunnustaa jonkun muun, arkistoi tämä ja anna uusi.</translation>
    </message>
    <message>
        <source>Choose who is being recognised.</source>
        <translation>Valitse, kenelle tunnustus annetaan.</translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Recognise someone</source>
        <translation>Anna tunnustus</translation>
    </message>
    <message>
        <source>Thank colleagues for good service, recognise achievements and name an employee of the month. Give the first recognition.</source>
        <translation>Kiitä kollegoita hyvästä palvelusta, tunnusta saavutuksia ja nimeä kuukauden työntekijä. Anna ensimmäinen tunnustus.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Mikä tahansa tyyppi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Service agreement sheet</source>
        <translation>Palvelusopimuslomake</translation>
    </message>
    <message>
        <source>SOP handbook</source>
        <translation>SOP-käsikirja</translation>
    </message>
    <message>
        <source>One request</source>
        <translation>Yksi pyyntö</translation>
    </message>
    <message>
        <source>Department scorecard</source>
        <translation>Osaston tuloskortti</translation>
    </message>
    <message>
        <source>Service summary</source>
        <translation>Palvelun yhteenveto</translation>
    </message>
    <message>
        <source>Acknowledgement status: who still has to sign</source>
        <translation>Kuittausten tilanne: kenen pitää vielä kuitata</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>Koulutuksen osallistujalista</translation>
    </message>
    <message>
        <source>Service network report</source>
        <translation>Palveluverkoston raportti</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>Tick none for the whole company.</source>
        <translation>Jätä kaikki valitsematta, niin mukana on koko yritys.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Pyynnön numero</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Add acknowledgement sheets to sign</source>
        <translation>Lisää allekirjoitettavat kuittauslomakkeet</translation>
    </message>
    <message>
        <source>Issue as a new edition</source>
        <translation>Julkaise uutena painoksena</translation>
    </message>
    <message>
        <source>Records this handbook as the next edition, with today's date. The next edition lists what changed since this one.</source>
        <translation>Kirjaa tämän käsikirjan seuraavaksi painokseksi tämän päivän päivämäärällä. Seuraava painos luettelee, mikä on muuttunut tämän jälkeen.</translation>
    </message>
    <message>
        <source>Mark as uncontrolled when printed</source>
        <translation>Merkitse tuloste ohjaamattomaksi</translation>
    </message>
    <message>
        <source>Prints “Uncontrolled when printed” on every page, for copies that will not be kept up to date.</source>
        <translation>Tulostaa jokaiselle sivulle ”Tuloste ei ole ohjattu asiakirja” kopioihin, joita ei pidetä ajan tasalla.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Make the document</source>
        <translation>Luo asiakirja</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Avaa PDF-katseluohjelmassa</translation>
    </message>
    <message>
        <source>Choose a document on the left and make it: it appears here, ready to print or save.</source>
        <translation>Valitse asiakirja vasemmalta ja luo se: se näkyy tässä valmiina tulostettavaksi tai tallennettavaksi.</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Luodaan asiakirjaa…</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Asiakirjaa ei voitu luoda</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Tallenna asiakirja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Ei PDF-katseluohjelmaa</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF documents. Use Save as… and open the file with a PDF viewer, or print it from here.</source>
        <translation>Tässä tietokoneessa ei ole ohjelmaa PDF-asiakirjojen avaamiseen. Tallenna nimellä… ja avaa tiedosto PDF-katseluohjelmalla, tai tulosta se täältä.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Ei vielä tulostettavaa</translation>
    </message>
    <message>
        <source>Choose a document and press “Make the document”; when it is shown here, print it.</source>
        <translation>Valitse asiakirja ja paina ”Luo asiakirja”; kun se näkyy tässä, tulosta se.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Pyydetty osastolta</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Odottaa pyytäjää</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Move this request</source>
        <translation>Siirrä pyyntöä</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Write a note for the history, or a comment to go with a move…</source>
        <translation>Kirjoita muistiinpano historiaan tai kommentti siirron yhteyteen…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <source>Rate this service…</source>
        <translation>Arvioi tämä palvelu…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Avaa korjaava toimenpide…</translation>
    </message>
    <message>
        <source>Thank who handled it…</source>
        <translation>Kiitä hoitajaa…</translation>
    </message>
    <message>
        <source>Recognise the person who handled this request, now that it is resolved</source>
        <translation>Anna tunnustusta pyynnön hoitaneelle, nyt kun se on ratkaistu</translation>
    </message>
    <message>
        <source>&amp;Done by</source>
        <translation>&amp;Tekijä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Aloita työ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Answer received: resume</source>
        <translation>Vastaus saatu: jatka</translation>
    </message>
    <message>
        <source>Wait on requester</source>
        <translation>Odota pyytäjää</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Merkitse ratkaistuksi</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Sulje pyyntö</translation>
    </message>
    <message>
        <source>Cancel the request…</source>
        <translation>Peru pyyntö…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Pyyntö nro {n}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>MYÖHÄSSÄ</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ei vielä ketään</translation>
    </message>
    <message>
        <source>none (no deadline)</source>
        <translation>ei mitään (ei määräaikaa)</translation>
    </message>
    <message>
        <source>Nothing more to do: this request is finished</source>
        <translation>Ei enää tehtävää: tämä pyyntö on valmis</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ei kukaan</translation>
    </message>
    <message>
        <source>Corrective action opened on {opened}, due {due}: {status}</source>
        <translation>Korjaava toimenpide avattu {opened}, määräpäivä {due}: {status}</translation>
    </message>
    <message>
        <source>Thanks to {to} from {sender}</source>
        <translation>Kiitos: {sender} → {to}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <source>Discard note?</source>
        <translation>Hylätäänkö muistiinpano?</translation>
    </message>
    <message>
        <source>The note you typed has not been added to the history. Close and lose it?</source>
        <translation>Kirjoittamaasi muistiinpanoa ei ole lisätty historiaan. Suljetaanko ja menetetään se?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>Change request #{n}</source>
        <translation>Muuta pyyntöä nro {n}</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Mitä tarvitaan</translation>
    </message>
    <message>
        <source>e.g. Cannot log into the PMS</source>
        <translation>esim. En pääse kirjautumaan PMS:ään</translation>
    </message>
    <message>
        <source>Asked of (department)</source>
        <translation>Pyydetty osastolta</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Tarvitaan viimeistään</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ei päivää</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Pyytäjä (henkilö)</translation>
    </message>
    <message>
        <source>(not a person)</source>
        <translation>(ei henkilö)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Pyytäjä (osasto)</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(henkilön osasto)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>The service standard sets the deadlines: first response and resolution targets. Without one, say the day it is needed by.</source>
        <translation>Palvelustandardi asettaa määräajat: ensivastauksen ja ratkaisun tavoitteet. Ilman standardia kerro päivä, johon mennessä pyyntö tarvitaan.</translation>
    </message>
    <message>
        <source>Stays as logged: the request counts in the figures of this pair of departments. To ask another department, cancel this request and log a new one.</source>
        <translation>Pysyy kirjatun mukaisena: pyyntö lasketaan tämän osastoparin lukuihin. Jos haluat pyytää toiselta osastolta, peru tämä pyyntö ja kirjaa uusi.</translation>
    </message>
    <message>
        <source>Who asked stays as logged, for the same reason.</source>
        <translation>Pyytäjä pysyy kirjatun mukaisena samasta syystä.</translation>
    </message>
    <message>
        <source>Stays as logged: the request's deadlines were promised under this standard.</source>
        <translation>Pysyy kirjatun mukaisena: pyynnön määräajat luvattiin tämän standardin mukaan.</translation>
    </message>
    <message>
        <source>Resolved without a standard: its time was not measured against one, and is not afterwards.</source>
        <translation>Ratkaistu ilman standardia: sen aikaa ei mitattu standardia vasten, eikä mitata jälkikäteen.</translation>
    </message>
    <message>
        <source>A standard chosen now counts its targets from when the request was logged ({when}).</source>
        <translation>Nyt valittu standardi laskee tavoiteajat siitä, kun pyyntö kirjattiin ({when}).</translation>
    </message>
    <message>
        <source>(none: no deadline)</source>
        <translation>(ei mitään: ei määräaikaa)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <source>Set by the service standard's resolution target.</source>
        <translation>Palvelustandardin ratkaisutavoite asettaa sen.</translation>
    </message>
    <message>
        <source>Stays as it was when the request was resolved.</source>
        <translation>Pysyy sellaisena kuin se oli, kun pyyntö ratkaistiin.</translation>
    </message>
    <message>
        <source>Optional: overdue after the end of that working day.</source>
        <translation>Valinnainen: myöhässä sen työpäivän päätyttyä.</translation>
    </message>
    <message>
        <source>answer {a}, resolve {b}</source>
        <translation>vastaus {a}, ratkaisu {b}</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Kerro, kuka pyytää: henkilö tai osasto.</translation>
    </message>
</context>
<context>
    <name>RequestReport</name>
    <message>
        <source>Internal request #{number}</source>
        <translation>Sisäinen pyyntö nro {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Palvelun antaja</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Ensivastauksen määräaika</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Ensivastaus</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Ratkaisun määräaika</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Time waiting on requester</source>
        <translation>Aika pyytäjää odottaen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Yes: a target has passed</source>
        <translation>Kyllä: tavoiteaika on ylitetty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Ongelmakohta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Mitä tehdään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Palvelun antaja</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Due state</source>
        <translation>Määräajan tila</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Pyynnön numero</translation>
    </message>
    <message>
        <source>Overdue: its deadline has passed</source>
        <translation>Myöhässä: sen määräaika on mennyt</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Internal requests</source>
        <translation>Sisäiset pyynnöt</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>An internal request is one piece of service one department asks of another: accounting asks IT for PMS access, the dining room asks the kitchen for an allergy menu. Log the first one.</source>
        <translation>Sisäinen pyyntö on palvelu, jota osasto pyytää toiselta: taloushallinto pyytää IT:ltä PMS-tunnuksia, sali pyytää keittiöltä allergiamenua. Kirjaa ensimmäinen.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Peru pyyntö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Open (not resolved yet)</source>
        <translation>Avoimet (ei vielä ratkaistu)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Mikä tahansa palveluntarjoaja</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntarjoaja</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Mikä tahansa pyytäjä</translation>
    </message>
    <message>
        <source>Requester's department</source>
        <translation>Pyytäjän osasto</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Mikä tahansa kiireellisyys</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Kuka tahansa vastuuhenkilö</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>mistä tahansa päivästä</translation>
    </message>
    <message>
        <source>Logged from</source>
        <translation>Kirjattu alkaen</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>mihin tahansa päivään</translation>
    </message>
    <message>
        <source>Logged until</source>
        <translation>Kirjattu asti</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Resolved since {date}</source>
        <translation>Ratkaistu {date} alkaen</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Pyyntö nro {n}</translation>
    </message>
    <message>
        <source>Request #{n} is {status} and cannot be cancelled.</source>
        <translation>Pyyntö nro {n} on tilassa {status}, eikä sitä voi perua.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the server holds now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Valitse varmuuskopio, johon palataan. Palvelimen nykyiset tiedot tallennetaan ensin varmuuskopioksi, joten palautuksenkin voi perua.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Valitse varmuuskopio, johon palataan. Tiedostosta otetaan ensin varmuuskopio sellaisena kuin se nyt on, joten palautuksenkin voi perua.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>otettu käsin</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>ennen tuontia</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>valittu tiedosto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>There are no backups of this company on this PC yet: File → Backup now makes one. A backup made elsewhere can be picked with Choose a file…</source>
        <translation>Tällä tietokoneella ei ole vielä tämän yrityksen varmuuskopioita: Tiedosto → Varmuuskopioi nyt tekee sellaisen. Muualla tehdyn varmuuskopion voi valita kohdasta Valitse tiedosto…</translation>
    </message>
    <message>
        <source>There are no backups of this file in its backups folder yet. icdesk makes one each day it opens the file; File → Backup now makes one at any time. A backup kept elsewhere can be picked with Choose a file…</source>
        <translation>Tämän tiedoston varmuuskopiokansiossa ei ole vielä varmuuskopioita. icdesk ottaa sellaisen joka päivä, jona se avaa tiedoston; Tiedosto → Varmuuskopioi nyt ottaa sen milloin tahansa. Muualla säilytetyn varmuuskopion voi valita kohdasta Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Palauta tämä varmuuskopio</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mt</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} kt</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>icdesk-tietotiedostot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Providers</source>
        <translation>Palvelun tarjoajat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Asiakkaiden näkemys</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Oma näkemys</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Pidätetty</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Ulottuvuus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>By customer department</source>
        <translation>Asiakasosastoittain</translation>
    </message>
    <message>
        <source>Where it broke down, and comments</source>
        <translation>Ongelmakohdat ja kommentit</translation>
    </message>
    <message>
        <source>{returned} of {invited} forms back ({rate}). Scores from 1 to 5; the gap is the department's own view minus its customers' view. Anonymous answers are shown only where at least {k} people gave them.</source>
        <translation>Lomakkeita palautettu {returned}/{invited} ({rate}). Pisteet 1–5; ero on osaston oma näkemys miinus asiakkaiden näkemys. Nimettömät vastaukset näytetään vain, jos niitä antoi vähintään {k} henkilöä.</translation>
    </message>
    <message>
        <source>{name}: {score} ({n} answers)</source>
        <translation>{name}: {score} (vastauksia {n})</translation>
    </message>
    <message>
        <source>{name}: not shown (no answers, or too few to stay anonymous)</source>
        <translation>{name}: ei näytetä (ei vastauksia tai liian vähän nimettömyyden säilyttämiseksi)</translation>
    </message>
    <message>
        <source>Broke down at: {step} ({n}×)</source>
        <translation>Ongelmakohta: {step} ({n}×)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>A new draft of the standard is made with the change note written; finish it and send it for review in Service Standards. Its approver says whether everyone has to sign it again.</source>
        <translation>Standardista tehdään uusi luonnos, johon muutoskuvaus on kirjoitettu; viimeistele se ja lähetä tarkastettavaksi kohdassa Palvelustandardit. Hyväksyjä päättää, pitääkö kaikkien kuitata se uudelleen.</translation>
    </message>
    <message>
        <source>Standard to revise</source>
        <translation>Muutettava standardi</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Mikä muuttuu</translation>
    </message>
    <message>
        <source>Outcome of the action</source>
        <translation>Toimenpiteen tulos</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Tee luonnos</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>Uusi kyselykierros</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>How well do we serve each other? {month}</source>
        <translation>Kuinka hyvin palvelemme toisiamme? {month}</translation>
    </message>
    <message>
        <source>About the service from</source>
        <translation>Palvelusta alkaen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>päättyy</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Anonymous: one form per department; nobody's name is kept with an answer</source>
        <translation>Nimetön: yksi lomake osastoa kohden; vastausten yhteydessä ei säilytetä nimiä</translation>
    </message>
    <message>
        <source>Pairs asked about</source>
        <translation>Kysytyt parit</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Rastita kaikki</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Poista valinnat</translation>
    </message>
    <message>
        <source>Listed: the pairs with requests in the period and those with a service agreement. Customers rate the provider; each provider also rates itself.</source>
        <translation>Luettelossa: parit, joilla on pyyntöjä jaksolla, ja parit, joilla on palvelusopimus. Asiakkaat arvioivat palveluntarjoajan; jokainen palveluntarjoaja arvioi myös itsensä.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Questions (the internal service quality dimensions, INTSERVQUAL)</source>
        <translation>Kysymykset (sisäisen palvelun laadun ulottuvuudet, INTSERVQUAL)</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Lisää kysymys</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Poista kysymys</translation>
    </message>
    <message>
        <source>Each is rated from 1 (do not agree at all) to 5 (fully agree). You can change them until the first answer comes in.</source>
        <translation>Jokainen arvioidaan asteikolla 1 (täysin eri mieltä) – 5 (täysin samaa mieltä). Voit muuttaa niitä, kunnes ensimmäinen vastaus saapuu.</translation>
    </message>
    <message>
        <source>Anonymous ratings of {names} would stay hidden: fewer than {k} people can rate each of them. Tick more customers for them, or untick Anonymous.</source>
        <translation>Nimettömät arviot kohteista {names} jäisivät piiloon: kutakin voi arvioida alle {k} henkilöä. Rastita niille lisää asiakkaita tai poista rasti kohdasta Nimetön.</translation>
    </message>
    <message>
        <source>“{title}” already asks about some of these pairs for {start} – {end}; the answers of both rounds will count for those days.</source>
        <translation>”{title}” kysyy jo osasta näistä pareista ajalta {start} – {end}; niiltä päiviltä lasketaan molempien kierrosten vastaukset.</translation>
    </message>
    <message>
        <source>{customer} rates {provider}</source>
        <translation>{customer} arvioi: {provider}</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Lomakkeet</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Syötä paperilomakkeet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Finish the round</source>
        <translation>Päätä kierros</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>The answers typed for form {code} are not saved. Close and lose them?</source>
        <translation>Lomakkeelle {code} kirjoitettuja vastauksia ei ole tallennettu. Suljetaanko ja menetetään ne?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>The questions changed are not saved. Close and lose the changes?</source>
        <translation>Kysymyksiin tehtyjä muutoksia ei ole tallennettu. Suljetaanko ja menetetään muutokset?</translation>
    </message>
    <message>
        <source>Print the forms to hand out, or write one fillable PDF per form to e-mail: people fill it in on screen and send the file back. Put the returned files in one folder and read them in: each form is checked, a file sent twice is recognised, and anonymous answers keep nothing of who sent them, not even the file's name.</source>
        <translation>Tulosta jaettavat lomakkeet tai kirjoita yksi täytettävä PDF lomaketta kohden sähköpostitse lähetettäväksi: vastaajat täyttävät sen näytöllä ja palauttavat tiedoston. Kokoa palautetut tiedostot yhteen kansioon ja lue ne: jokainen lomake tarkistetaan, kahdesti lähetetty tiedosto tunnistetaan, eikä nimettömiin vastauksiin jää mitään lähettäjästä, ei edes tiedoston nimeä.</translation>
    </message>
    <message>
        <source>Paper forms to print…</source>
        <translation>Tulostettavat paperilomakkeet…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to a folder…</source>
        <translation>Täytettävät PDF-lomakkeet kansioon…</translation>
    </message>
    <message>
        <source>Read returned forms from a folder…</source>
        <translation>Lue palautetut lomakkeet kansiosta…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Lomakkeen koodi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Lisää kysymys</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Poista kysymys</translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation>Tallenna kysymykset</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nimellinen</translation>
    </message>
    <message>
        <source>About {start} to {end} · {kind} · {status} · {returned} of {invited} forms back ({rate})</source>
        <translation>{start}–{end} · {kind} · {status} · lomakkeita palautettu {returned}/{invited} ({rate})</translation>
    </message>
    <message>
        <source>Reword, add or remove questions until the first answer comes in.</source>
        <translation>Muotoile, lisää tai poista kysymyksiä, kunnes ensimmäinen vastaus saapuu.</translation>
    </message>
    <message>
        <source>Answers refer to these questions, so they can no longer be changed; start a new round to ask others.</source>
        <translation>Vastaukset viittaavat näihin kysymyksiin, joten niitä ei voi enää muuttaa; aloita uusi kierros kysyäksesi muita.</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>Lomakkeita tehdään…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Kansio täytettäville lomakkeille</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Lomakkeet kirjoitettu</translation>
    </message>
    <message>
        <source>{n} fillable forms are in {folder}.</source>
        <translation>Kansiossa {folder} on täytettäviä lomakkeita: {n}.</translation>
    </message>
    <message>
        <source>The forms could not be made</source>
        <translation>Lomakkeita ei voitu tehdä</translation>
    </message>
    <message>
        <source>Folder with the returned forms</source>
        <translation>Kansio, jossa palautetut lomakkeet ovat</translation>
    </message>
    <message>
        <source>{n} forms read in ({a} answers), {d} already read before, {r} left out.</source>
        <translation>Luettuja lomakkeita: {n} (vastauksia {a}) · jo aiemmin luettuja: {d} · pois jätettyjä: {r}.</translation>
    </message>
    <message>
        <source>✔ {file}: {n} answers</source>
        <translation>✔ {file}: vastauksia {n}</translation>
    </message>
    <message>
        <source>Finish this round? No more answers can be added; the results stay as they are.</source>
        <translation>Päätetäänkö kierros? Vastauksia ei voi enää lisätä; tulokset jäävät ennalleen.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Päätä</translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message>
        <source>Department scorecard</source>
        <translation>Osaston tuloskortti</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Osaston esihenkilö: {name}</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Palveluntarjoajana</translation>
    </message>
    <message>
        <source>Breakdown points named: {points}</source>
        <translation>Mainitut ongelmakohdat: {points}</translation>
    </message>
    <message>
        <source>As customer</source>
        <translation>Asiakkaana</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>saapunut pyyntö</numerusform>
            <numerusform>saapunutta pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>ajassa</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>ratkaisuajan mediaani, työaikaa</translation>
    </message>
    <message>
        <source>90% resolved within, working time</source>
        <translation>90 %:n ratkaisuaika (työaikaa)</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>keskimääräinen arvosana</translation>
    </message>
    <message>
        <source>open now (overdue)</source>
        <translation>avoinna nyt (myöhässä)</translation>
    </message>
    <message numerus="yes">
        <source>request(s) made</source>
        <translation>
            <numerusform>tehty pyyntö</numerusform>
            <numerusform>tehtyä pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its request(s) resolved</source>
        <translation>
            <numerusform>sen pyyntö ratkaistu</numerusform>
            <numerusform>sen pyyntöä ratkaistu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rating(s) given</source>
        <translation>
            <numerusform>annettu arvosana</numerusform>
            <numerusform>annettua arvosanaa</numerusform>
        </translation>
    </message>
    <message>
        <source>average rating given</source>
        <translation>annettujen arvosanojen keskiarvo</translation>
    </message>
    <message>
        <source>Times are working time in this department's calendar ({hours}); time spent waiting on the requester is left out.</source>
        <translation>Ajat ovat työaikaa osaston työaikakalenterin mukaan ({hours}); pyytäjän odottamiseen kulunut aika jätetään pois.</translation>
    </message>
    <message>
        <source>Service standards in force</source>
        <translation>Voimassa olevat palvelustandardit</translation>
    </message>
    <message>
        <source>This department has no standard in force yet.</source>
        <translation>Tällä osastolla ei ole vielä voimassa olevaa standardia.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Ensivastaus</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(myöhässä)</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>Palvelusopimukset</translation>
    </message>
    <message>
        <source>No service agreements yet.</source>
        <translation>Ei vielä palvelusopimuksia.</translation>
    </message>
    <message>
        <source>serves {name}</source>
        <translation>palvelee: {name}</translation>
    </message>
    <message>
        <source>is served by {name}</source>
        <translation>palvelun antaja: {name}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Asiakkaan tarpeet</translation>
    </message>
    <message>
        <source>Provider needs</source>
        <translation>Palveluntarjoajan tarpeet</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>Avoimet korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>No open corrective actions.</source>
        <translation>Ei avoimia korjaavia toimenpiteitä.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Korjaava toimenpide</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Service Network</source>
        <translation>Palveluverkosto</translation>
    </message>
    <message>
        <source>Departments &amp; People</source>
        <translation>Osastot ja henkilöt</translation>
    </message>
    <message>
        <source>Service Standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Survey Rounds</source>
        <translation>Kyselykierrokset</translation>
    </message>
    <message>
        <source>Corrective Actions</source>
        <translation>Korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Kuittaukset</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>Closing the Loop</source>
        <translation>Silmukan sulkeminen</translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>ratkaistu: {n}</translation>
    </message>
    <message>
        <source>Within target: {share}</source>
        <translation>Tavoiteajassa: {share}</translation>
    </message>
    <message>
        <source>Median time to resolve: {time}</source>
        <translation>Ratkaisuajan mediaani: {time}</translation>
    </message>
    <message>
        <source>Average rating: {rating}</source>
        <translation>Keskimääräinen arvosana: {rating}</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n arvosana</numerusform>
            <numerusform>%n arvosanaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and late now: {n}</source>
        <translation>Avoinna ja myöhässä nyt: {n}</translation>
    </message>
    <message>
        <source>Survey score: {score}</source>
        <translation>Kyselyn pisteet: {score}</translation>
    </message>
    <message>
        <source>Click to see these requests.</source>
        <translation>Näytä nämä pyynnöt napsauttamalla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Served others: {n} requests, {share} within target, rating {rating}&lt;br&gt;Was served: {m} requests, {share2} within target</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Palveli muita: pyyntöjä {n}, tavoiteajassa {share}, arvosana {rating}&lt;br&gt;Sai palvelua: pyyntöjä {m}, tavoiteajassa {share2}</translation>
    </message>
    <message>
        <source>Click to open the department.</source>
        <translation>Avaa osasto napsauttamalla.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>{title}, version {n}, of {department}. Click to tick the whole column.</source>
        <translation>{title}, versio {n} (osasto: {department}). Rastita koko sarake napsauttamalla.</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Jo kuitattu</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Avaa valittu rivi</translation>
    </message>
    <message>
        <source>Archive or cancel the selected row (asks first)</source>
        <translation>Arkistoi tai peru valittu rivi (kysyy ensin)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>From the search box to the rows found</source>
        <translation>Hakukentästä löydettyihin riveihin</translation>
    </message>
    <message>
        <source>On to the next field; in a table the arrow keys move from cell to cell</source>
        <translation>Seuraavaan kenttään; taulukossa nuolinäppäimet siirtävät solusta toiseen</translation>
    </message>
    <message>
        <source>Save the form of the dialog on view</source>
        <translation>Tallenna avoimen ikkunan lomake</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+alleviivattu kirjain</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Painaa painiketta tai siirtyy kenttään</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (asks first if something was typed)</source>
        <translation>Sulje valintaikkuna (kysyy ensin, jos jotain on kirjoitettu)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mitä tekee</translation>
    </message>
    <message>
        <source>Shortcuts work on every screen; the list ones act on the list on view.</source>
        <translation>Pikanäppäimet toimivat jokaisessa näkymässä; luettelon pikanäppäimet koskevat näkyvissä olevaa luetteloa.</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <source>Enter a signed sheet</source>
        <translation>Kirjaa allekirjoitettu lista</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>Tick every line that was signed. Click a name or a standard to tick its whole row or column. Red: never signed; amber: signed an earlier version; grey check: already signed.</source>
        <translation>Rastita jokainen allekirjoitettu rivi. Napsauta nimeä tai standardia rastittaaksesi koko rivin tai sarakkeen. Punainen: ei koskaan kuitattu; keltainen: aiempi versio kuitattu; harmaa merkki: jo kuitattu.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Rastita kaikki</translation>
    </message>
    <message>
        <source>Save the ticks</source>
        <translation>Tallenna rastit</translation>
    </message>
    <message>
        <source>Everyone in this department has signed every standard in force.</source>
        <translation>Tällä osastolla jokainen on kuitannut kaikki voimassa olevat standardit.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ticked</source>
        <translation>
            <numerusform>%n rivi rastitettu</numerusform>
            <numerusform>%n riviä rastitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Rastita vähintään yksi rivi.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>icdesk was started again for {requested}: finish or close the open window first, then start it again.</source>
        <translation>icdesk käynnistettiin uudelleen tiedostolle {requested}: viimeistele tai sulje ensin avoin ikkuna ja käynnistä sitten uudelleen.</translation>
    </message>
    <message>
        <source>{file} is already open here.</source>
        <translation>{file} on jo auki tässä ikkunassa.</translation>
    </message>
    <message>
        <source>icdesk was started again for {requested}, but this window has {here} open. Open {requested} here instead?</source>
        <translation>icdesk käynnistettiin uudelleen tiedostolle {requested}, mutta tässä ikkunassa on auki {here}. Avataanko {requested} tähän sen sijaan?</translation>
    </message>
    <message>
        <source>Open another data file?</source>
        <translation>Avataanko toinen tietotiedosto?</translation>
    </message>
    <message>
        <source>Open it here</source>
        <translation>Avaa tässä</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>Department that gives the service</source>
        <translation>Palvelun antava osasto</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Ketä palvelee</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Ensivastaus viimeistään</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Ratkaistu viimeistään</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>when put in force</source>
        <translation>käyttöönotosta</translation>
    </message>
    <message>
        <source>Also read by</source>
        <translation>Lukevat myös</translation>
    </message>
    <message>
        <source>Other departments whose people must read and acknowledge this standard; its own department always does.</source>
        <translation>Muut osastot, joiden henkilöiden on luettava ja kuitattava tämä standardi; oma osasto tekee sen aina.</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>Lähetä tarkastettavaksi…</translation>
    </message>
    <message>
        <source>Send back to draft…</source>
        <translation>Palauta luonnokseksi…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Hyväksy…</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ei suunniteltu</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Mikä muuttui</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Tee uusi versio</translation>
    </message>
    <message>
        <source>Save the readers</source>
        <translation>Tallenna lukijat</translation>
    </message>
    <message>
        <source>Versions and changes…</source>
        <translation>Versiot ja muutokset…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Service standard: {title}</source>
        <translation>Palvelustandardi: {title}</translation>
    </message>
    <message>
        <source>New service standard</source>
        <translation>Uusi palvelustandardi</translation>
    </message>
    <message>
        <source>A new standard starts as a draft. Send it for review: once its approver has approved it, put it in force.</source>
        <translation>Uusi standardi alkaa luonnoksena. Lähetä se tarkastettavaksi: kun hyväksyjä on hyväksynyt sen, ota se käyttöön.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. Edit it, then send it for review to the head of department or the manager.</source>
        <translation>Versio {n}: {status}. Muokkaa sitä ja lähetä se sitten tarkastettavaksi osaston esihenkilölle tai johtajalle.</translation>
    </message>
    <message>
        <source>Sent back with this note: {note}</source>
        <translation>Palautettu tällä huomautuksella: {note}</translation>
    </message>
    <message>
        <source>Version {n} is with {approver} for review since {date}. Only {approver} can approve it.</source>
        <translation>Versio {n} on ollut hyväksyjällä {approver} tarkastettavana {date} alkaen. Vain {approver} voi hyväksyä sen.</translation>
    </message>
    <message>
        <source>Version {n}: {approval} Put it in force when it should apply.</source>
        <translation>Versio {n}: {approval} Ota se käyttöön, kun sen on määrä olla voimassa.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. A version in force cannot be changed: make a new version to change it.</source>
        <translation>Versio {n}: {status}. Voimassa olevaa versiota ei voi muuttaa: tee uusi versio muuttaaksesi sitä.</translation>
    </message>
    <message>
        <source>Put in force on {date}; its approval was not recorded (published before icdesk kept approvals).</source>
        <translation>Otettu käyttöön {date}; hyväksyntää ei ole kirjattu (julkaistu ennen kuin icdesk tallensi hyväksynnät).</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}.</source>
        <translation>Hyväksyjä {approver}, {date}.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Palauta luonnokseksi</translation>
    </message>
    <message>
        <source>What has to change? The owner sees this note on the draft.</source>
        <translation>Mitä pitää muuttaa? Vastuuhenkilö näkee tämän huomautuksen luonnoksessa.</translation>
    </message>
    <message>
        <source>Version {n} – {status}, published {date}</source>
        <translation>Versio {n} – {status}, julkaistu {date}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
</context>
<context>
    <name>StandardsScreen</name>
    <message>
        <source>Service standards</source>
        <translation>Palvelustandardit</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Uusi standardi</translation>
    </message>
    <message>
        <source>A service standard (SOP) says what a department does for its internal customers, step by step, and how fast it answers and resolves. Write the first one.</source>
        <translation>Palvelustandardi (SOP) kertoo vaihe vaiheelta, mitä osasto tekee sisäisille asiakkailleen ja kuinka nopeasti se vastaa ja ratkaisee. Kirjoita ensimmäinen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Review due within 30 days or past</source>
        <translation>Tarkistus 30 päivän sisällä tai myöhässä</translation>
    </message>
    <message>
        <source>Standards in force whose review date is near or has passed: review them before the date, then make a new version or set the next date.</source>
        <translation>Voimassa olevat standardit, joiden tarkistuspäivä on lähellä tai mennyt: tarkista ne ennen päivää ja tee sitten uusi versio tai aseta seuraava päivä.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Ensivastaus</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>head of {department}</source>
        <translation>osaston {department} esihenkilö</translation>
    </message>
    <message>
        <source>owner-manager</source>
        <translation>omistaja-johtaja</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Lähetä tarkastettavaksi</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” goes to the person named here. Only they can approve it; until then it cannot be changed.</source>
        <translation>Standardin ”{title}” versio {n} menee tässä nimetylle henkilölle. Vain hän voi hyväksyä sen; siihen asti sitä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Hyväksyjä</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>{owner} owns this standard and cannot also approve it: add the owner-manager in Departments &amp; People as a person of kind “Owner / shareholder”, or give the standard another owner.</source>
        <translation>{owner} omistaa tämän standardin eikä voi myös hyväksyä sitä: lisää omistaja-johtaja kohdassa Osastot ja henkilöt henkilönä, jonka tyyppi on ”Omistaja / osakas”, tai anna standardille toinen omistaja.</translation>
    </message>
    <message>
        <source>Nobody can approve standards of {department} yet: name its head in Departments &amp; People, or add the owner-manager there as a person of kind “Owner / shareholder”.</source>
        <translation>Kukaan ei vielä voi hyväksyä osaston {department} standardeja: nimeä sille esihenkilö kohdassa Osastot ja henkilöt tai lisää sinne omistaja-johtaja henkilönä, jonka tyyppi on ”Omistaja / osakas”.</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Service summary</source>
        <translation>Palvelun yhteenveto</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>“before”: the same number of days just before this period, {start} to {end}.</source>
        <translation>”ennen”: yhtä monta päivää juuri ennen tätä jaksoa, {start}–{end}.</translation>
    </message>
    <message>
        <source>Share resolved within target, per month</source>
        <translation>Ajassa ratkaistujen osuus kuukausittain</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>Tällä jaksolla ei ratkaistu yhtään pyyntöä, jolla oli tavoite.</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>saapunut pyyntö</numerusform>
            <numerusform>saapunutta pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request(s) resolved</source>
        <translation>
            <numerusform>ratkaistu pyyntö</numerusform>
            <numerusform>ratkaistua pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>ajassa</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>ratkaisuajan mediaani, työaikaa</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>keskimääräinen arvosana</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>ennen: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n muu osasto</numerusform>
            <numerusform>%n muuta osastoa</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Pyynnöt osastoittain</translation>
    </message>
    <message>
        <source>Resolved within target, per department</source>
        <translation>Ajassa ratkaistut osastoittain</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>Goal {share}</source>
        <translation>Tavoite {share}</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Alle tavoitteen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tulleet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistut</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Kuukausikehitys</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Ajassa</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Ei pyyntöjä tällä jaksolla.</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>Palveleva osasto</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>90 %:n ratkaisuaika</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Osastoittain</translation>
    </message>
    <message>
        <source>Median working time</source>
        <translation>Työajan mediaani</translation>
    </message>
    <message>
        <source>Resolution times are working time, counted in each providing department's calendar: hours outside its working hours, public holidays, closures and time spent waiting on the requester are left out. Departments open around the clock count every hour.</source>
        <translation>Ratkaisuajat ovat työaikaa, laskettuna kunkin palveluntarjoajan työaikakalenterissa: työajan ulkopuoliset tunnit, yleiset vapaapäivät, sulkuajat ja pyytäjän odottamiseen kulunut aika jätetään pois. Ympäri vuorokauden auki olevat osastot laskevat jokaisen tunnin.</translation>
    </message>
    <message>
        <source>Where service broke down</source>
        <translation>Missä palvelu petti</translation>
    </message>
    <message>
        <source>No breakdown points were named in this period.</source>
        <translation>Tällä jaksolla ei mainittu ongelmakohtia.</translation>
    </message>
    <message>
        <source>Feedback naming each breakdown point</source>
        <translation>Palautteet ongelmakohdittain</translation>
    </message>
    <message>
        <source>Corrective actions opened</source>
        <translation>Avatut korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Corrective actions completed</source>
        <translation>Valmistuneet korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Corrective actions overdue now</source>
        <translation>Nyt myöhässä olevat korjaavat toimenpiteet</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Annetut tunnustukset</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Silmukan sulkeminen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support the idea</source>
        <translation>Tue ideaa</translation>
    </message>
    <message>
        <source>Who supports it</source>
        <translation>Kuka tukee</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This department does what it promised, when it promised it.</source>
        <translation>Tämä osasto tekee sen, mitä lupasi, silloin kun lupasi.</translation>
    </message>
    <message>
        <source>This department answers promptly and helps quickly when needed.</source>
        <translation>Tämä osasto vastaa ripeästi ja auttaa nopeasti tarvittaessa.</translation>
    </message>
    <message>
        <source>This department's people know their job: their work and their word can be trusted.</source>
        <translation>Tämän osaston ihmiset osaavat työnsä: heidän työhönsä ja sanaansa voi luottaa.</translation>
    </message>
    <message>
        <source>This department understands what its internal customers need.</source>
        <translation>Tämä osasto ymmärtää, mitä sen sisäiset asiakkaat tarvitsevat.</translation>
    </message>
    <message>
        <source>This department's forms, tools and information are clear and easy to use.</source>
        <translation>Tämän osaston lomakkeet, työkalut ja tiedot ovat selkeitä ja helppokäyttöisiä.</translation>
    </message>
</context>
<context>
    <name>SurveyFormReport</name>
    <message>
        <source>Your own department: how well do you think {department} serves its internal customers?</source>
        <translation>Oma osastonne: kuinka hyvin osasto {department} mielestänne palvelee sisäisiä asiakkaitaan?</translation>
    </message>
    <message>
        <source>Did {department} serve you between {start} and {end}? Tick the box, then rate it. Leave this part empty if it did not.</source>
        <translation>Palveliko osasto {department} teitä ajalla {start}–{end}? Rastita ruutu ja arvioi sitten. Jätä tämä osa tyhjäksi, jos ei palvellut.</translation>
    </message>
    <message>
        <source>Where did it break down? Step code ({department}'s steps are listed at the end)</source>
        <translation>Missä palvelu katkesi? Vaiheen koodi (osaston {department} vaiheet luetellaan lopussa)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Lomakkeen koodi</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Kyselylomake</translation>
    </message>
    <message>
        <source>How well do other departments serve you? Think of the service you received between {start} and {end}: each statement is rated from 1 (do not agree at all) to 5 (fully agree).</source>
        <translation>Kuinka hyvin muut osastot palvelevat teitä? Ajatelkaa ajalla {start}–{end} saamaanne palvelua: jokainen väite arvioidaan asteikolla 1 (täysin eri mieltä) – 5 (täysin samaa mieltä).</translation>
    </message>
    <message>
        <source>{department} – anonymous form. Do not write your name: your answers are kept with your department only, and shown only where at least {n} people answered.</source>
        <translation>{department} – nimetön lomake. Älä kirjoita nimeäsi: vastaukset säilytetään vain osastosi tietona ja näytetään vain, jos vastaajia on vähintään {n}.</translation>
    </message>
    <message>
        <source>For {name}, {department}.</source>
        <translation>Vastaaja: {name}, {department}.</translation>
    </message>
    <message>
        <source>Fill in this PDF on screen, save it and send it back as it is: icdesk reads the answers from the file.</source>
        <translation>Täytä tämä PDF näytöllä, tallenna se ja palauta sellaisenaan: icdesk lukee vastaukset tiedostosta.</translation>
    </message>
    <message>
        <source>Copy {n} of {m}</source>
        <translation>Kappale {n}/{m}</translation>
    </message>
    <message>
        <source>Steps of the service standards</source>
        <translation>Palvelustandardien vaiheet</translation>
    </message>
    <message>
        <source>Where service broke down, write or choose the code of the step.</source>
        <translation>Kirjoita tai valitse sen vaiheen koodi, jossa palvelu katkesi.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Palvelustandardi</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Survey rounds</source>
        <translation>Kyselykierrokset</translation>
    </message>
    <message>
        <source>Start a survey round</source>
        <translation>Aloita kyselykierros</translation>
    </message>
    <message>
        <source>A survey round asks each department how well the others serve it (“How well does IT serve you?”), on the five dimensions of internal service quality, and asks each department to rate itself too: the gap between the two views is where to start talking. Start the first round.</source>
        <translation>Kyselykierros kysyy jokaiselta osastolta, kuinka hyvin muut palvelevat sitä (”Kuinka hyvin IT palvelee teitä?”), sisäisen palvelun laadun viidellä ulottuvuudella, ja pyytää jokaista osastoa arvioimaan myös itsensä: näkemysten ero on paikka aloittaa keskustelu. Aloita ensimmäinen kierros.</translation>
    </message>
    <message>
        <source>Show anonymous results only where at least</source>
        <translation>Näytä nimettömät tulokset vain, jos vastaajia on vähintään</translation>
    </message>
    <message>
        <source>people answered</source>
        <translation>vastaajaa</translation>
    </message>
    <message>
        <source>Applies to anonymous survey answers and anonymous feedback alike; never fewer than three, so nobody can be recognised.</source>
        <translation>Koskee sekä nimettömiä kyselyvastauksia että nimetöntä palautetta; koskaan alle kolme, jotta ketään ei voi tunnistaa.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nimellinen</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Nimettömyys</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Forms back</source>
        <translation>Palautetut lomakkeet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>About {start} to {end}, {kind}: {returned} of {invited} forms back ({rate}).</source>
        <translation>{start}–{end}, {kind}: lomakkeita palautettu {returned}/{invited} ({rate}).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Asiakkaiden näkemys</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Oma näkemys</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A gap of half a point or more (red): the department sees its service better than its customers do – a good place to start talking.</source>
        <translation>Pisteet 1–5. Vähintään puolen pisteen ero (punainen): osasto näkee palvelunsa parempana kuin asiakkaat – hyvä kohta aloittaa keskustelu.</translation>
    </message>
    <message>
        <source>No results to show yet: answers appear here as forms come back.</source>
        <translation>Ei vielä tuloksia: vastaukset näkyvät tässä sitä mukaa kuin lomakkeita palautuu.</translation>
    </message>
    <message>
        <source>{n} anonymous answers are held back: fewer than {k} people answered about that department.</source>
        <translation>Nimettömiä vastauksia pidätetty {n}: osastosta vastasi alle {k} henkilöä.</translation>
    </message>
    <message>
        <source>Open the round (Enter) for the results by dimension and customer, the forms to print or send, reading returned forms and typing in paper ones.</source>
        <translation>Avaa kierros (Enter): tulokset ulottuvuuksittain ja asiakkaittain, lomakkeet tulostettaviksi tai lähetettäviksi, palautettujen lomakkeiden luku ja paperilomakkeiden syöttö.</translation>
    </message>
</context>
<context>
    <name>TargetEdit</name>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>{name}: hours</source>
        <translation>{name}: tunnit</translation>
    </message>
    <message>
        <source>{name}: minutes</source>
        <translation>{name}: minuutit</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training session</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>e.g. Allergens: from the booking to the plate</source>
        <translation>esim. Allergeenit: varauksesta lautaselle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Käsitellyt standardit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <source>Attending counts as reading and acknowledging the standards covered</source>
        <translation>Osallistuminen kuittaa käsitellyt standardit luetuiksi</translation>
    </message>
    <message>
        <source>Ticked, every attendee acknowledges the version in force of each standard covered, dated the day of the session (only once the session has been held).</source>
        <translation>Rastitettuna jokainen osallistuja kuittaa kunkin käsitellyn standardin voimassa olevan version koulutuspäivän päiväyksellä (vasta kun koulutus on pidetty).</translation>
    </message>
    <message>
        <source>Tick this once the session has been held.</source>
        <translation>Rastita tämä, kun koulutus on pidetty.</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>Record the training departments give each other, with who attended and which standards it covered, and the cross-training of people who learn another department's service.</source>
        <translation>Kirjaa koulutukset, joita osastot antavat toisilleen, osallistujineen ja käsiteltyine standardeineen, sekä ristiinkoulutus, jossa joku oppii toisen osaston palvelun.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Kaikki osastot</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Sessions and cross-training</source>
        <translation>Koulutukset ja ristiinkoulutus</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Koulutukset</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Ristiinkoulutus</translation>
    </message>
    <message>
        <source>Record cross-training…</source>
        <translation>Kirjaa ristiinkoulutus…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antaja</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Käsitellyt standardit</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Tulosta osallistujalista</translation>
    </message>
    <message>
        <source>Cross-training: service of {department}</source>
        <translation>Ristiinkoulutus: osaston palvelu ({department})</translation>
    </message>
    <message>
        <source>Session #{n}: {topic}</source>
        <translation>Koulutus nro {n}: {topic}</translation>
    </message>
    <message>
        <source>Planned: still to come</source>
        <translation>Suunniteltu: vielä tulossa</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n kuitannut</numerusform>
            <numerusform>%n kuitannutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded from the attendance.</source>
        <translation>
            <numerusform>%n kuittaus kirjattu osallistujista.</numerusform>
            <numerusform>%n kuittausta kirjattu osallistujista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <source>Service of</source>
        <translation>Palvelu osastolta</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(valitse osasto)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>asiakkaalle</translation>
    </message>
    <message>
        <source>all its customers</source>
        <translation>kaikille asiakkailleen</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Palveltu</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Pyynnöt kuukausittain</translation>
    </message>
    <message>
        <source>Resolved within target (%)</source>
        <translation>Ratkaistu tavoiteajassa (%)</translation>
    </message>
    <message>
        <source>Median time to resolve (hours)</source>
        <translation>Ratkaisuajan mediaani (tuntia)</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>Keskimääräinen arvosana (1–5)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tulleet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistut</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Ajassa</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>{date}: corrective action completed – {text}</source>
        <translation>{date}: korjaava toimenpide valmis – {text}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Kyselyn pisteet</translation>
    </message>
    <message>
        <source>Corrective action completed</source>
        <translation>Korjaava toimenpide valmis</translation>
    </message>
    <message>
        <source>✔ {date}: {text}</source>
        <translation>✔ {date}: {text}</translation>
    </message>
    <message>
        <source>• opened {date}: {text}</source>
        <translation>• avattu {date}: {text}</translation>
    </message>
    <message>
        <source>Corrective actions of this department in the period:</source>
        <translation>Tämän osaston korjaavat toimenpiteet jaksolla:</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Preparing this company's file for the new version of icdesk: searches and sorting will read it from an index. This happens once.</source>
        <translation>Valmistellaan tämän yrityksen tiedostoa icdeskin uutta versiota varten: haut ja lajittelut luetaan jatkossa hakemistosta. Tämä tehdään vain kerran.</translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation>Päivitetään datatiedostoa</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to icdesk</source>
        <translation>Tervetuloa icdeskiin</translation>
    </message>
    <message>
        <source>icdesk helps your departments serve each other well: service standards, internal requests, feedback, corrective actions and recognition, all kept in one file on this computer.</source>
        <translation>icdesk auttaa osastojasi palvelemaan toisiaan hyvin: palvelustandardit, sisäiset pyynnöt, palaute, korjaavat toimenpiteet ja tunnustukset yhdessä tiedostossa tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>e.g. Hotel Aurora</source>
        <translation>esim. Hotel Aurora</translation>
    </message>
    <message>
        <source>Service vision (optional)</source>
        <translation>Palvelulupaus (valinnainen)</translation>
    </message>
    <message>
        <source>One shared definition of great service, inside and outside.</source>
        <translation>Yhteinen määritelmä erinomaisesta palvelusta, sisällä ja ulospäin.</translation>
    </message>
    <message>
        <source>Start empty: I will add my own departments</source>
        <translation>Aloita tyhjästä: lisään omat osastoni</translation>
    </message>
    <message>
        <source>Start with the example hotel, to look around first</source>
        <translation>Aloita esimerkkihotellilla ja tutustu ensin</translation>
    </message>
    <message>
        <source>The example hotel is written in English; your own company is kept in the words you type.</source>
        <translation>Esimerkkihotelli on kirjoitettu englanniksi; oma yrityksesi tallentuu niillä sanoilla, jotka kirjoitat.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Kuka työskentelee?</translation>
    </message>
    <message>
        <source>Several PCs work on this company. Say who is using icdesk here, so the history of each request names who did what. This PC remembers it; File → Who is working… changes it.</source>
        <translation>Tämän yrityksen tietoja käytetään useilta tietokoneilta. Kerro, kuka käyttää icdeskiä tällä koneella, niin jokaisen pyynnön historia kertoo, kuka teki mitä. Tämä tietokone muistaa valinnan; Tiedosto → Kuka työskentelee… muuttaa sen.</translation>
    </message>
    <message>
        <source>Working here</source>
        <translation>Työskentelee täällä</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>{file} could not be saved in {folder}. Choose another folder, or check that the folder may be written to and the disk has room.</source>
        <translation>Tiedostoa {file} ei voitu tallentaa kansioon {folder}. Valitse toinen kansio tai tarkista, että kansioon saa kirjoittaa ja levyllä on tilaa.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Jokin meni vikaan: {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the data file</source>
        <translation>Tietotiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ota haltuun</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Avaa toinen tiedosto…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Avaa tietotiedosto</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept as it was, as {kept}.</source>
        <translation>Varmuuskopio on palautettu. Vioittunut tiedosto on tallessa sellaisenaan nimellä {kept}.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot show the data</source>
        <translation>Tietoja ei voi näyttää</translation>
    </message>
    <message>
        <source>(no log could be written)</source>
        <translation>(lokia ei voitu kirjoittaa)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>icdesk ran into a problem it did not expect ({what}). Nothing half-done was saved: a change in progress was undone, and everything saved before is still there. The details for support are in {log}.</source>
        <translation>icdesk kohtasi odottamattoman ongelman ({what}). Mitään puolivalmista ei tallennettu: kesken ollut muutos peruttiin, ja kaikki aiemmin tallennettu on tallessa. Tiedot tukea varten ovat tiedostossa {log}.</translation>
    </message>
</context>
</TS>