<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsScreen</name>
    <message numerus="yes">
        <source>Nothing is waiting to be done: “Not done yet” hides %n finished action(s).</source>
        <translation><numerusform>Nothing is waiting to be done: “Not done yet” hides %n finished action.</numerusform><numerusform>Nothing is waiting to be done: “Not done yet” hides %n finished actions.</numerusform></translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message numerus="yes">
        <source>%n breakdown(s) in {period}.</source>
        <translation><numerusform>%n breakdown in {period}.</numerusform><numerusform>%n breakdowns in {period}.</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>Saving gives the %n open request(s) of {name} new due times in these hours.</source>
        <translation><numerusform>Saving gives the %n open request of {name} new due times in these hours.</numerusform><numerusform>Saving gives the %n open requests of {name} new due times in these hours.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Next: {holiday} (%n in the next 12 months)</source>
        <translation><numerusform>Next: {holiday} (%n in the next 12 months)</numerusform><numerusform>Next: {holiday} (%n in the next 12 months)</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation><numerusform>open request</numerusform><numerusform>open requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue request(s) – past a target</source>
        <translation><numerusform>overdue request – past a target</numerusform><numerusform>overdue requests – past a target</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>resolved within target, last 30 days (%n resolved)</source>
        <translation><numerusform>resolved within target, last 30 days (%n resolved)</numerusform><numerusform>resolved within target, last 30 days (%n resolved)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on the 30 days before</source>
        <translation><numerusform>%n point on the 30 days before</numerusform><numerusform>%n points on the 30 days before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>average rating, last 30 days (%n rating(s))</source>
        <translation><numerusform>average rating, last 30 days (%n rating)</numerusform><numerusform>average rating, last 30 days (%n ratings)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>open corrective action(s)</source>
        <translation><numerusform>open corrective action</numerusform><numerusform>open corrective actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>corrective action(s) past the due date</source>
        <translation><numerusform>corrective action past the due date</numerusform><numerusform>corrective actions past the due date</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)</source>
        <translation><numerusform>acknowledgement still to sign ({missing} missing, {outdated} outdated)</numerusform><numerusform>acknowledgements still to sign ({missing} missing, {outdated} outdated)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>standard review(s) due within 30 days ({late} past their date)</source>
        <translation><numerusform>standard review due within 30 days ({late} past their date)</numerusform><numerusform>standard reviews due within 30 days ({late} past their date)</numerusform></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation><numerusform>%n working day</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
</context>
<context>
    <name>HandbookReport</name>
    <message numerus="yes">
        <source>%n service standard(s) in force</source>
        <translation><numerusform>%n service standard in force</numerusform><numerusform>%n service standards in force</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) should have been reviewed by now:</source>
        <translation><numerusform>%n standard should have been reviewed by now:</numerusform><numerusform>%n standards should have been reviewed by now:</numerusform></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation><numerusform>%n row with a problem</numerusform><numerusform>%n rows with a problem</numerusform></translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation><numerusform>%n shown</numerusform><numerusform>%n shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation><numerusform>%n row exported to {path}</numerusform><numerusform>%n rows exported to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>LoopScreen</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation><numerusform>%n department</numerusform><numerusform>%n departments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 overdue</source>
        <translation><numerusform>%n open request, %1 overdue</numerusform><numerusform>%n open requests, %1 overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</source>
        <translation><numerusform>%n pair not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</numerusform><numerusform>%n pairs not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).</source>
        <translation><numerusform>%n pair not drawn: fewer than {k} requests each (Fewest requests, above).</numerusform><numerusform>%n pairs not drawn: fewer than {k} requests each (Fewest requests, above).</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message numerus="yes">
        <source>{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.</source>
        <translation><numerusform>{period}: %n pair ({shown} shown), {two_way} of them two-way.</numerusform><numerusform>{period}: %n pairs ({shown} shown), {two_way} of them two-way.</numerusform></translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation><numerusform>request received</numerusform><numerusform>requests received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>request(s) made</source>
        <translation><numerusform>request made</numerusform><numerusform>requests made</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of its request(s) resolved</source>
        <translation><numerusform>of its request resolved</numerusform><numerusform>of its requests resolved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>rating(s) given</source>
        <translation><numerusform>rating given</numerusform><numerusform>ratings given</numerusform></translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation><numerusform>%n request</numerusform><numerusform>%n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation><numerusform>%n rating</numerusform><numerusform>%n ratings</numerusform></translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message numerus="yes">
        <source>%n line(s) ticked</source>
        <translation><numerusform>%n line ticked</numerusform><numerusform>%n lines ticked</numerusform></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation><numerusform>request received</numerusform><numerusform>requests received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>request(s) resolved</source>
        <translation><numerusform>request resolved</numerusform><numerusform>requests resolved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation><numerusform>%n other</numerusform><numerusform>%n others</numerusform></translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation><numerusform>%n attendee</numerusform><numerusform>%n attendees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation><numerusform>%n acknowledged</numerusform><numerusform>%n acknowledged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded from the attendance.</source>
        <translation><numerusform>%n acknowledgement recorded from the attendance.</numerusform><numerusform>%n acknowledgements recorded from the attendance.</numerusform></translation>
    </message>
</context>
</TS>