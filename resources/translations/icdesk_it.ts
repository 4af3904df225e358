<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>AckMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>{title}, version {n}, of {department}</source>
        <translation>{title}, versione {n}, reparto {department}</translation>
    </message>
    <message>
        <source>signed v{n}</source>
        <translation>firmata la v{n}</translation>
    </message>
    <message>
        <source>{person} – {title}, version {n}</source>
        <translation>{person} – {title}, versione {n}</translation>
    </message>
    <message>
        <source>Not acknowledged yet. Double-click to record it.</source>
        <translation>Presa visione non ancora registrata. Fai doppio clic per registrarla.</translation>
    </message>
    <message>
        <source>Version {n} acknowledged on {date} ({how}).</source>
        <translation>Presa visione della versione {n} il {date} ({how}).</translation>
    </message>
    <message>
        <source>Outdated: a major revision since asks everyone to read it again.</source>
        <translation>Superata: una revisione sostanziale successiva chiede a tutti di rileggerlo.</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Record an acknowledgement</source>
        <translation>Registra una presa visione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versione {n}</translation>
    </message>
    <message>
        <source>{person} signed version {old}; a major revision since asks everyone to read it again.</source>
        <translation>{person} ha firmato la versione {old}; una revisione sostanziale successiva chiede a tutti di rileggerlo.</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Presa visione il</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AcknowledgementReport</name>
    <message>
        <source>Who still has to sign</source>
        <translation>Chi deve ancora firmare</translation>
    </message>
    <message>
        <source>Acknowledgement of the service standards in force, on {date}.</source>
        <translation>Presa visione degli standard di servizio in vigore, al {date}.</translation>
    </message>
    <message>
        <source>No standard in force applies to anyone yet.</source>
        <translation>Nessuno standard in vigore riguarda ancora qualcuno.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>In regola</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Superata</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mancante</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>Quota in regola</translation>
    </message>
    <message>
        <source>Outdated: signed an earlier version, before a major revision. A minor revision (wording, a typo) keeps earlier signatures current.</source>
        <translation>Superata: firmata una versione precedente, prima di una revisione sostanziale. Una revisione minore (formulazione, un refuso) lascia in regola le firme precedenti.</translation>
    </message>
    <message>
        <source>{current} of {required} acknowledgements current.</source>
        <translation>{current} prese visione in regola su {required}.</translation>
    </message>
    <message>
        <source>Everyone here has acknowledged every standard in force that applies to them.</source>
        <translation>Qui tutti hanno preso visione di ogni standard in vigore che li riguarda.</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the version of the standard named on my line.</source>
        <translation>Firmando confermo di aver letto e compreso la versione dello standard indicata sulla mia riga.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>outdated: signed version {n}</source>
        <translation>superata: firmata la versione {n}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsScreen</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Prese visione</translation>
    </message>
    <message>
        <source>Enter a signed sheet…</source>
        <translation>Registra un foglio firmato…</translation>
    </message>
    <message>
        <source>Everyone reads and acknowledges the service standards that apply to them: those of their own department and those that name their department as readers. Once a standard is in force, its people appear here.</source>
        <translation>Ognuno legge e firma per presa visione gli standard di servizio che lo riguardano: quelli del proprio reparto e quelli che indicano il suo reparto tra i lettori. Quando uno standard entra in vigore, le sue persone compaiono qui.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Only what is still to sign</source>
        <translation>Solo ciò che resta da firmare</translation>
    </message>
    <message>
        <source>Print who still has to sign…</source>
        <translation>Stampa chi deve ancora firmare…</translation>
    </message>
    <message>
        <source>Record acknowledgement…</source>
        <translation>Registra la presa visione…</translation>
    </message>
    <message>
        <source>Take back this acknowledgement (entered by mistake)…</source>
        <translation>Annulla questa presa visione (inserita per errore)…</translation>
    </message>
    <message>
        <source>{current} of {required} current ({share}) · {outdated} outdated · {missing} missing</source>
        <translation>{current} su {required} in regola ({share}) · {outdated} superate · {missing} mancanti</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>Annulla la presa visione</translation>
    </message>
    <message>
        <source>Take back {person}'s acknowledgement of version {n}? Use this only for a tick entered by mistake.</source>
        <translation>Annullare la presa visione della versione {n} di {person}? Usalo solo per una spunta inserita per errore.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Draft made</source>
        <translation>Bozza creata</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” is a draft now, and this action is done. Open the draft to finish it and send it for review?</source>
        <translation>La versione {n} di «{title}» ora è una bozza e questa azione è completata. Aprire la bozza per completarla e inviarla in revisione?</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Apri la bozza</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Azione correttiva</translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation>Nuova azione correttiva</translation>
    </message>
    <message>
        <source>request #{n}</source>
        <translation>richiesta n. {n}</translation>
    </message>
    <message>
        <source>feedback #{n}</source>
        <translation>feedback n. {n}</translation>
    </message>
    <message>
        <source>idea #{n}</source>
        <translation>idea n. {n}</translation>
    </message>
    <message>
        <source>Follows up {source}.</source>
        <translation>Dà seguito a {source}.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>{department} rated {rating} / 5 by {who}</source>
        <translation>{department}: valutazione {rating} / 5 di {who}</translation>
    </message>
    <message>
        <source>Corrective action #{n} ({status}, due {due}) already follows this up: “{what}”</source>
        <translation>L'azione correttiva n. {n} ({status}, scadenza {due}) se ne occupa già: “{what}”</translation>
    </message>
    <message>
        <source>Closed by revising “{title}” (version {n}).</source>
        <translation>Chiusa con la revisione di «{title}» (versione {n}).</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Close by revising a standard…</source>
        <translation>Chiudi rivedendo uno standard…</translation>
    </message>
    <message>
        <source>When the fix is a change to a service standard: its new draft is made, linked to this action and to the feedback behind it, and the action is done.</source>
        <translation>Quando il rimedio è una modifica a uno standard di servizio: viene creata la sua nuova bozza, collegata a questa azione e al feedback da cui nasce, e l'azione è completata.</translation>
    </message>
    <message>
        <source>Close by revising a standard</source>
        <translation>Chiudi rivedendo uno standard</translation>
    </message>
    <message>
        <source>Standard revised: {what}</source>
        <translation>Standard rivisto: {what}</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Corrective actions</source>
        <translation>Azioni correttive</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>A corrective action is what will be done about poor feedback or a failed request: who does it and by when. Open the first one.</source>
        <translation>Un'azione correttiva è ciò che verrà fatto dopo un feedback negativo o una richiesta non andata a buon fine: chi se ne occupa ed entro quando. Apri la prima.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Non ancora completate</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo in ritardo</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>Show finished actions</source>
        <translation>Mostra le azioni completate</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be done: “Not done yet” hides %n finished action(s).</source>
        <translation>
            <numerusform>Non c'è niente da fare: “Non ancora completate” nasconde %n azione completata.</numerusform>
            <numerusform>Non c'è niente da fare: “Non ancora completate” nasconde %n azioni completate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Accordo di servizio</translation>
    </message>
    <message>
        <source>Provider (gives the service)</source>
        <translation>Fornitore (eroga il servizio)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Customer (receives it)</source>
        <translation>Cliente (lo riceve)</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Di cosa ha bisogno il cliente</translation>
    </message>
    <message>
        <source>What the provider needs in return</source>
        <translation>Di cosa ha bisogno il fornitore in cambio</translation>
    </message>
    <message>
        <source>Standards that apply</source>
        <translation>Standard applicabili</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Da rivedere entro</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prevista</translation>
    </message>
    <message>
        <source>Internal service runs both ways: the manager needs IT to have a new hire's computer ready, and IT needs to hear of the hire early.</source>
        <translation>Il servizio interno va in entrambe le direzioni: il responsabile ha bisogno che l'IT prepari il computer del nuovo assunto, e l'IT ha bisogno di saperlo per tempo.</translation>
    </message>
    <message>
        <source>Choose the provider: its standards in force are listed here.</source>
        <translation>Scegli il fornitore: qui compaiono i suoi standard in vigore.</translation>
    </message>
    <message>
        <source>{department} has no standard in force yet: publish one in Service standards, then link it here.</source>
        <translation>{department} non ha ancora uno standard in vigore: pubblicane uno in Standard di servizio, poi collegalo qui.</translation>
    </message>
    <message>
        <source>A department cannot have an agreement with itself.</source>
        <translation>Un reparto non può avere un accordo con se stesso.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Service agreement</source>
        <translation>Accordo di servizio</translation>
    </message>
    <message>
        <source>between {provider} (provider) and {customer} (customer)</source>
        <translation>tra {provider} (fornitore) e {customer} (cliente)</translation>
    </message>
    <message>
        <source>What {customer} needs from {provider}</source>
        <translation>Di cosa ha bisogno {customer} da {provider}</translation>
    </message>
    <message>
        <source>What {provider} needs from {customer} in return</source>
        <translation>Di cosa ha bisogno {provider} da {customer} in cambio</translation>
    </message>
    <message>
        <source>Service standards that apply</source>
        <translation>Standard di servizio applicabili</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>No standard is linked to this agreement.</source>
        <translation>Nessuno standard è collegato a questo accordo.</translation>
    </message>
    <message>
        <source>To be reviewed by {date}.</source>
        <translation>Da rivedere entro il {date}.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Both departments agree to give the service described above and to tell each other early when they cannot.</source>
        <translation>Entrambi i reparti si impegnano a fornire il servizio descritto sopra e ad avvisarsi per tempo quando non possono farlo.</translation>
    </message>
    <message>
        <source>For {department}</source>
        <translation>Per {department}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Service agreements</source>
        <translation>Accordi di servizio</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>A service agreement writes down what a customer department needs from its provider, and what the provider needs back in return. Agree the first one.</source>
        <translation>Un accordo di servizio mette per iscritto di cosa ha bisogno un reparto cliente dal suo fornitore e di cosa ha bisogno il fornitore in cambio. Stipula il primo.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Esigenze del cliente</translation>
    </message>
    <message>
        <source>Provider needs in return</source>
        <translation>Esigenze del fornitore in cambio</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Da rivedere entro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore the agreement of {provider} serving {customer}?</source>
        <translation>Ripristinare l'accordo con cui {provider} serve {customer}?</translation>
    </message>
    <message>
        <source>Archive the agreement of {provider} serving {customer}? It stays in the history and can be restored with Show archived.</source>
        <translation>Archiviare l'accordo con cui {provider} serve {customer}? Resta nello storico e si può ripristinare con Mostra archiviati.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version {n}</source>
        <translation>Approva la versione {n}</translation>
    </message>
    <message>
        <source>Only {approver}, named when it was sent for review, can approve this version.</source>
        <translation>Solo {approver}, indicato quando è stata inviata in revisione, può approvare questa versione.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approvato da</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>This revision is</source>
        <translation>Questa revisione è</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; everyone who signed the version before stays current. Major: what people do changes; everyone signs again.</source>
        <translation>Minore: un refuso o una formulazione più chiara; chi ha firmato la versione precedente resta in regola. Sostanziale: cambia ciò che si fa; tutti firmano di nuovo.</translation>
    </message>
    <message>
        <source>Major: what people do changes; everyone signs version {n} again, earlier signatures no longer count.</source>
        <translation>Sostanziale: cambia ciò che le persone fanno; tutti prendono visione di nuovo della versione {n}, le firme precedenti non contano più.</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again.</source>
        <translation>Minore: un refuso o parole più chiare; chi ha già firmato resta in regola, nessuno firma di nuovo.</translation>
    </message>
    <message>
        <source>Put it in force now</source>
        <translation>Mettilo in vigore subito</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Training attendance sheet</source>
        <translation>Foglio presenze della formazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dato da</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Standard trattati</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versione {n}</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training and have read and understood the standards it covered.</source>
        <translation>Firmando confermo di aver partecipato a questa formazione e di aver letto e compreso gli standard trattati.</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training.</source>
        <translation>Firmando confermo di aver partecipato a questa formazione.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
</context>
<context>
    <name>BaseReport</name>
    <message>
        <source>Some characters cannot be printed with this document's font and are shown as �: {characters}.</source>
        <translation>Alcuni caratteri non si possono stampare con il carattere tipografico del documento e appaiono come �: {characters}.</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Generato il {date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Pagina {n} di {m}</translation>
    </message>
    <message>
        <source>Uncontrolled when printed</source>
        <translation>Copia non controllata se stampata</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Provided by</source>
        <translation>Fornito da</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Servito a</translation>
    </message>
    <message>
        <source>Where service broke down, most often first: points named in feedback, poor ratings, targets missed, and requests open and late now. The line adds them up: the first few usually explain most of it (Pareto).</source>
        <translation>Dove il servizio si è inceppato, dai casi più frequenti: punti critici indicati nei feedback, valutazioni scarse, obiettivi mancati e richieste aperte e in ritardo ora. La linea li somma: di solito i primi spiegano quasi tutto (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns, most frequent first</source>
        <translation>Disservizi, dai più frequenti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Che cosa non ha funzionato</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Quota cumulata</translation>
    </message>
    <message>
        <source>Rank: the most frequent breakdown first</source>
        <translation>Posizione: prima il guasto più frequente</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mese per mese</translation>
    </message>
    <message>
        <source>Customers it hit</source>
        <translation>Clienti colpiti</translation>
    </message>
    <message>
        <source>Corrective actions of the department</source>
        <translation>Azioni correttive del reparto</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Apri azione correttiva…</translation>
    </message>
    <message>
        <source>Running share (%)</source>
        <translation>Quota cumulata (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n breakdown(s) in {period}.</source>
        <translation>
            <numerusform>%n disservizio in {period}.</numerusform>
            <numerusform>%n disservizi in {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {k} listed account for {share}.</source>
        <translation>I {k} elencati ne spiegano il {share}.</translation>
    </message>
    <message>
        <source>{n} named in anonymous feedback are left out: too few people gave them to stay anonymous.</source>
        <translation>Punti indicati in feedback anonimi esclusi: {n}; troppo poche persone li hanno dati per restare anonimi.</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Nessun disservizio in questo periodo.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(nessun reparto)</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>completata il {date}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Nessuna in questo periodo.</translation>
    </message>
    <message>
        <source>{point}{where} ({period}: {n}×). What we will change:</source>
        <translation>{point}{where} ({period}: {n}×). Che cosa cambieremo:</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working hours of {name}</source>
        <translation>Orario di lavoro: {name}</translation>
    </message>
    <message>
        <source>The targets of {name}'s service standards count only its working time: a 4-hour target logged on Friday at 16:30 falls due on Monday when it works 9 to 5.</source>
        <translation>I tempi degli standard di servizio di {name} contano solo l'orario di lavoro: un obiettivo di 4 ore registrato venerdì alle 16:30 scade lunedì se si lavora dalle 9 alle 17.</translation>
    </message>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Aperto 24 ore su 24 (24/7)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Lavora</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>Same hours Monday to Friday</source>
        <translation>Stesso orario da lunedì a venerdì</translation>
    </message>
    <message>
        <source>Copy Monday's hours to Tuesday, Wednesday, Thursday and Friday</source>
        <translation>Copia l'orario di lunedì su martedì, mercoledì, giovedì e venerdì</translation>
    </message>
    <message>
        <source>Write times like 09:00–13:00, 14:00–18:00; split shifts are several intervals on one line. Leave a day empty when it is closed.</source>
        <translation>Scrivi gli orari come 09:00–13:00, 14:00–18:00; i turni spezzati sono più intervalli sulla stessa riga. Lascia vuoto un giorno di chiusura.</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Festività di</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Vale per</translation>
    </message>
    <message>
        <source>Add closure…</source>
        <translation>Aggiungi chiusura…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Chiusure</translation>
    </message>
    <message numerus="yes">
        <source>Saving gives the %n open request(s) of {name} new due times in these hours.</source>
        <translation>
            <numerusform>Salvando, %n richiesta aperta di {name} riceve nuove scadenze in questo orario.</numerusform>
            <numerusform>Salvando, %n richieste aperte di {name} ricevono nuove scadenze in questo orario.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(tutto il paese)</translation>
    </message>
    <message>
        <source>No public holidays: every day with hours is a working day.</source>
        <translation>Nessuna festività: ogni giorno con un orario è lavorativo.</translation>
    </message>
    <message>
        <source>No public holiday in the next 12 months.</source>
        <translation>Nessuna festività nei prossimi 12 mesi.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {holiday} (%n in the next 12 months)</source>
        <translation>
            <numerusform>Prossima: {holiday} (%n nei prossimi 12 mesi)</numerusform>
            <numerusform>Prossima: {holiday} (%n nei prossimi 12 mesi)</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>tutto il giorno</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>tutta l'azienda</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Nuove scadenze per le richieste aperte…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>open around the clock</source>
        <translation>aperto 24 ore su 24</translation>
    </message>
    <message>
        <source>public holidays of {place}</source>
        <translation>festività: {place}</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel request #{n}</source>
        <translation>Annulla la richiesta n. {n}</translation>
    </message>
    <message>
        <source>A cancelled request cannot be reopened. The reason goes into its history, so the person who asked knows why nothing will be done.</source>
        <translation>Una richiesta annullata non può essere riaperta. Il motivo resta nella sua cronologia, così chi l'ha chiesta sa perché non verrà fatto nulla.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Perché viene annullata?</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Deciso da</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annulla la richiesta</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Mantieni la richiesta</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>A (compreso)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Chiuso tutto il giorno</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Chiuso dalle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. Christmas Eve afternoon, August shutdown</source>
        <translation>ad es. pomeriggio della vigilia di Natale, chiusura di agosto</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Vale per</translation>
    </message>
    <message>
        <source>The whole company (every department with working hours)</source>
        <translation>Tutta l'azienda (ogni reparto con un orario di lavoro)</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company details</source>
        <translation>Dati dell'azienda</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell'azienda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Service vision</source>
        <translation>Visione del servizio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The name, address, logo and service vision appear on the cover and pages of every printed document.</source>
        <translation>Nome, indirizzo, logo e visione del servizio compaiono sulla copertina e sulle pagine di ogni documento stampato.</translation>
    </message>
    <message>
        <source>Dates, times and working hours are the company's, in its time zone, whatever this computer is set to. A new time zone gives open requests new due times.</source>
        <translation>Date, orari e orari di lavoro sono quelli dell'azienda, nel suo fuso orario, qualunque sia l'impostazione di questo computer. Un nuovo fuso orario dà nuove scadenze alle richieste aperte.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(nessun logo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Scegli logo</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Immagini ({patterns})</translation>
    </message>
    <message>
        <source>Choose a picture (PNG, JPEG or SVG) smaller than 10 MB.</source>
        <translation>Scegli un'immagine (PNG, JPEG o SVG) più piccola di 10 MB.</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Nuove scadenze per le richieste aperte…</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Confronta versioni</translation>
    </message>
    <message>
        <source>Version {n} ({status})</source>
        <translation>Versione {n} ({status})</translation>
    </message>
    <message>
        <source>Show what did not change</source>
        <translation>Mostra anche ciò che non è cambiato</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versione {n}</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed</source>
        <translation>{changed} modificati, {added} aggiunti, {removed} tolti</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nessuna differenza.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>tolto</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Passo {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A chi serve</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Risolto entro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <source>When several PCs work on one company at once, it lives in a PostgreSQL database on a server of the office network. Type what whoever set up the server gave you.</source>
        <translation>Quando più PC lavorano insieme sulla stessa azienda, questa si trova in un database PostgreSQL su un server della rete dell'ufficio. Inserisci i dati che ti ha dato chi ha configurato il server.</translation>
    </message>
    <message>
        <source>(type a new one below)</source>
        <translation>(inseriscine uno nuovo qui sotto)</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Server recenti</translation>
    </message>
    <message>
        <source>e.g. office-server or 192.168.1.20</source>
        <translation>es. server-ufficio o 192.168.1.20</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. hotel</source>
        <translation>es. hotel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Ricorda la password su questo PC</translation>
    </message>
    <message>
        <source>This PC has no password keyring, so icdesk cannot remember the password here: it asks for it each time the company is opened.</source>
        <translation>Questo PC non ha un portachiavi per le password, quindi icdesk non può ricordare la password qui: la chiede ogni volta che si apre l'azienda.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>kept on this PC</source>
        <translation>salvata su questo PC</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connessione a {host}…</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} su {host}</translation>
    </message>
    <message>
        <source>Connected: {place} holds an icdesk company.</source>
        <translation>Connesso: {place} contiene un'azienda di icdesk.</translation>
    </message>
    <message>
        <source>Connected: {place} is empty; Connect offers to set up a new company there or to copy this one into it.</source>
        <translation>Connesso: {place} è vuoto; Connetti propone di creare lì una nuova azienda o di copiarvi questa.</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Un database vuoto</translation>
    </message>
    <message>
        <source>{place} holds no icdesk company yet. Set up a new company there, or copy the company open now into it (every record, with the same numbers; the file stays as it is)?</source>
        <translation>{place} non contiene ancora un'azienda di icdesk. Creare lì una nuova azienda o copiarvi l'azienda aperta ora (ogni record, con gli stessi numeri; il file resta com'è)?</translation>
    </message>
    <message>
        <source>Set up a new company</source>
        <translation>Crea una nuova azienda</translation>
    </message>
    <message>
        <source>Copy this company into it</source>
        <translation>Copia questa azienda</translation>
    </message>
    <message>
        <source>Copying the company to {host}…</source>
        <translation>Copia dell'azienda su {host}…</translation>
    </message>
    <message>
        <source>Copying the company to {host}… {count} records so far</source>
        <translation>Copia dell'azienda su {host}… finora {count} record</translation>
    </message>
    <message>
        <source>Company copied</source>
        <translation>Azienda copiata</translation>
    </message>
    <message>
        <source>{count} records were copied to {address}; every table there holds as many rows as in {source}. The window now works on the server; the file stays as it was.</source>
        <translation>{count} record sono stati copiati in {address}; ogni tabella lì contiene tante righe quante in {source}. La finestra ora lavora sul server; il file resta com'era.</translation>
    </message>
    <message>
        <source>The password could not be kept in this PC's keyring; icdesk will ask for it next time.</source>
        <translation>Non è stato possibile salvare la password nel portachiavi di questo PC; icdesk la chiederà la prossima volta.</translation>
    </message>
</context>
<context>
    <name>CrossTrainingDialog</name>
    <message>
        <source>Cross-training</source>
        <translation>Formazione incrociata</translation>
    </message>
    <message>
        <source>Record cross-training</source>
        <translation>Registra una formazione incrociata</translation>
    </message>
    <message>
        <source>Cross-training: someone learns how another department serves its colleagues, so they can step in and ask for the right thing.</source>
        <translation>Formazione incrociata: qualcuno impara come un altro reparto serve i colleghi, per poter dare una mano e chiedere la cosa giusta.</translation>
    </message>
    <message>
        <source>Who learned</source>
        <translation>Chi ha imparato</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Department's service learned</source>
        <translation>Servizio del reparto imparato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Formato da</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Cosa ha imparato</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Finishing today's backup…</source>
        <translation>Completamento del backup di oggi…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Latest recognitions</source>
        <translation>Ultimi riconoscimenti</translation>
    </message>
    <message>
        <source>Internal customer service</source>
        <translation>Servizio al cliente interno</translation>
    </message>
    <message>
        <source>Requests logged</source>
        <translation>Richieste registrate</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>Entro l'obiettivo (%)</translation>
    </message>
    <message>
        <source>Anonymous ratings count once {k} are given in a month ({n} waiting).</source>
        <translation>Le valutazioni anonime contano quando in un mese ne arrivano {k} ({n} in attesa).</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valutazione media</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>richiesta aperta</numerusform>
            <numerusform>richieste aperte</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} in the last 30 days</source>
        <translation>{change} negli ultimi 30 giorni</translation>
    </message>
    <message numerus="yes">
        <source>overdue request(s) – past a target</source>
        <translation>
            <numerusform>richiesta in ritardo – oltre un obiettivo</numerusform>
            <numerusform>richieste in ritardo – oltre un obiettivo</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} went past a target in 30 days (30 days before: {m})</source>
        <translation>Oltre un obiettivo in 30 giorni: {n} (30 giorni prima: {m})</translation>
    </message>
    <message>
        <source>none of them had a deadline to resolve by: a standard's resolution target or a day needed by gives one</source>
        <translation>nessuna aveva una scadenza di risoluzione: la dà l'obiettivo di risoluzione di uno standard o il giorno entro cui serve</translation>
    </message>
    <message numerus="yes">
        <source>resolved within target, last 30 days (%n resolved)</source>
        <translation>
            <numerusform>risolte entro l'obiettivo, ultimi 30 giorni (%n risolta)</numerusform>
            <numerusform>risolte entro l'obiettivo, ultimi 30 giorni (%n risolte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on the 30 days before</source>
        <translation>
            <numerusform>%n punto rispetto ai 30 giorni precedenti</numerusform>
            <numerusform>%n punti rispetto ai 30 giorni precedenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average rating, last 30 days (%n rating(s))</source>
        <translation>
            <numerusform>valutazione media, ultimi 30 giorni (%n valutazione)</numerusform>
            <numerusform>valutazione media, ultimi 30 giorni (%n valutazioni)</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on the 30 days before</source>
        <translation>{change} rispetto ai 30 giorni precedenti</translation>
    </message>
    <message numerus="yes">
        <source>open corrective action(s)</source>
        <translation>
            <numerusform>azione correttiva aperta</numerusform>
            <numerusform>azioni correttive aperte</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on 30 days ago</source>
        <translation>{change} rispetto a 30 giorni fa</translation>
    </message>
    <message numerus="yes">
        <source>corrective action(s) past the due date</source>
        <translation>
            <numerusform>azione correttiva oltre la scadenza</numerusform>
            <numerusform>azioni correttive oltre la scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)</source>
        <translation>
            <numerusform>presa visione ancora da firmare ({missing} mancanti, {outdated} superate)</numerusform>
            <numerusform>prese visione ancora da firmare ({missing} mancanti, {outdated} superate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standard review(s) due within 30 days ({late} past their date)</source>
        <translation>
            <numerusform>revisione di standard entro 30 giorni ({late} già scadute)</numerusform>
            <numerusform>revisioni di standard entro 30 giorni ({late} già scadute)</numerusform>
        </translation>
    </message>
    <message>
        <source>No recognitions yet: thank someone for good service.</source>
        <translation>Ancora nessun riconoscimento: ringrazia qualcuno per un buon servizio.</translation>
    </message>
    <message>
        <source>Requests per month, share within target</source>
        <translation>Richieste per mese, quota entro l'obiettivo</translation>
    </message>
    <message>
        <source>Average rating per month</source>
        <translation>Valutazione media per mese</translation>
    </message>
    <message>
        <source>Getting started: add your departments and people (Departments &amp; People), write each department's service standards, then log the requests departments make of each other.</source>
        <translation>Per iniziare: aggiungi reparti e persone (Reparti e persone), scrivi gli standard di servizio di ogni reparto, poi registra le richieste che i reparti si fanno a vicenda.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>There is no day {day} in {month}: the date now reads {date}. Check it.</source>
        <translation>Il giorno {day} non esiste in {month}: ora la data è {date}. Controllala.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Modifica reparto</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuovo reparto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Housekeeping</source>
        <translation>ad es. Governance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>made from the name, e.g. HOU</source>
        <translation>ricavato dal nome, ad es. GOV</translation>
    </message>
    <message>
        <source>Names the department's documents: HOU-003 is its third service standard. It stays the same when the department is renamed.</source>
        <translation>Dà il nome ai documenti del reparto: HOU-003 è il suo terzo standard di servizio. Resta uguale se il reparto cambia nome.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Di cosa si occupa</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
</context>
<context>
    <name>DepartmentList</name>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuovo reparto</translation>
    </message>
    <message>
        <source>Departments serve each other: IT serves accounting, the kitchen serves the dining room. Add your first department to start.</source>
        <translation>I reparti si servono a vicenda: l'IT serve la contabilità, la cucina serve la sala. Aggiungi il primo reparto per iniziare.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Working hours…</source>
        <translation>Orario di lavoro…</translation>
    </message>
    <message>
        <source>Hours, public holidays and closures: the time its targets count</source>
        <translation>Orari, festività e chiusure: il tempo in cui contano i suoi obiettivi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore {name}? It appears again when requests are logged.</source>
        <translation>Ripristinare {name}? Comparirà di nuovo quando si registrano le richieste.</translation>
    </message>
    <message>
        <source>Archive {name}? Its requests, standards and feedback stay in the history; it no longer appears when new requests are logged.</source>
        <translation>Archiviare {name}? Richieste, standard e feedback restano nello storico; il reparto non comparirà più quando si registrano nuove richieste.</translation>
    </message>
    <message>
        <source>People in it: {n}. They stay in it; move to another department those who now work elsewhere.</source>
        <translation>Persone del reparto: {n}. Vi restano; sposta in un altro reparto chi ora lavora altrove.</translation>
    </message>
    <message>
        <source>Open requests asked of it: {n}. They stay open until they are finished or cancelled.</source>
        <translation>Richieste aperte rivolte al reparto: {n}. Restano aperte finché non sono completate o annullate.</translation>
    </message>
    <message>
        <source>Average rating as provider</source>
        <translation>Valutazione media come fornitore</translation>
    </message>
    <message>
        <source>Average rating it gave as customer</source>
        <translation>Valutazione media data come cliente</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>Nobody in this department yet.</source>
        <translation>Ancora nessuno in questo reparto.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>No standards yet.</source>
        <translation>Ancora nessuno standard.</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Nessun accordo.</translation>
    </message>
    <message>
        <source>Gives service to</source>
        <translation>Fornisce servizio a</translation>
    </message>
    <message>
        <source>Needs service from</source>
        <translation>Ha bisogno del servizio di</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Richieste recenti</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ancora nessuna richiesta.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Type the form code printed on a paper form and press Enter (or pick the form). Then type the scores: a digit from 1 to 5 fills the cell and moves to the next; Delete clears it. Tick only the departments that served the respondent. Ctrl+S saves the form and makes room for the next one.</source>
        <translation>Digita il codice stampato sul modulo cartaceo e premi Invio (oppure scegli il modulo). Poi digita i punteggi: una cifra da 1 a 5 riempie la cella e passa alla successiva; Canc la svuota. Spunta solo i reparti che hanno servito il rispondente. Ctrl+S salva il modulo e fa posto al successivo.</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Codice modulo</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oppure</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Salva il modulo</translation>
    </message>
    <message>
        <source>(choose a form)</source>
        <translation>(scegli un modulo)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>{n} of {m} back</source>
        <translation>rientrati {n} su {m}</translation>
    </message>
    <message>
        <source>This round is finished: no more answers can be typed in. Its results stand on the Results tab.</source>
        <translation>Questo ciclo è concluso: non si possono più inserire risposte. I suoi risultati sono nella scheda Risultati.</translation>
    </message>
    <message>
        <source>{department} – {who} – form {code}</source>
        <translation>{department} – {who} – modulo {code}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servito</translation>
    </message>
    <message>
        <source>Step code</source>
        <translation>Codice passo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>{name} (own view)</source>
        <translation>{name} (autovalutazione)</translation>
    </message>
    <message>
        <source>No steps listed for this department.</source>
        <translation>Nessun passo elencato per questo reparto.</translation>
    </message>
    <message>
        <source>This form has already come back in full; saving will be refused.</source>
        <translation>Questo modulo è già rientrato del tutto; il salvataggio sarà rifiutato.</translation>
    </message>
    <message>
        <source>Saved: {n} answers from {who}. Next form?</source>
        <translation>Salvato: risposte di {who}: {n}. Prossimo modulo?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>Il campo «{label}» non può essere vuoto.</translation>
    </message>
    <message>
        <source>{label} is too long: {count} characters, at most {limit} are allowed.</source>
        <translation>Il campo «{label}» è troppo lungo: {count} caratteri, ne sono ammessi al massimo {limit}.</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>La valutazione deve essere un numero intero da 1 a 5.</translation>
    </message>
    <message>
        <source>A request that is {status} cannot be moved to {target}.</source>
        <translation>Una richiesta nello stato «{status}» non può passare a «{target}».</translation>
    </message>
    <message>
        <source>A corrective action that is {status} cannot be moved to {target}.</source>
        <translation>Un'azione correttiva nello stato «{status}» non può passare a «{target}».</translation>
    </message>
    <message>
        <source>The due date ({due}) is before the action was opened ({opened}).</source>
        <translation>La scadenza ({due}) è precedente all'apertura dell'azione ({opened}).</translation>
    </message>
    <message>
        <source>This request is {status}; it cannot be changed any more.</source>
        <translation>Questa richiesta è nello stato «{status}»; non può più essere modificata.</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>request</source>
        <translation>richiesta</translation>
    </message>
    <message>
        <source>department</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>azione correttiva</translation>
    </message>
    <message>
        <source>Write down the outcome: what was done and whether it worked.</source>
        <translation>Scrivi l'esito: cosa è stato fatto e se ha funzionato.</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Di cosa ha bisogno il cliente</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Di cosa ha bisogno il fornitore</translation>
    </message>
    <message>
        <source>Write down what at least one side needs from the other.</source>
        <translation>Scrivi di cosa ha bisogno almeno una delle due parti dall'altra.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Only standards of the providing department can be linked to this agreement.</source>
        <translation>A questo accordo si possono collegare solo gli standard del reparto fornitore.</translation>
    </message>
    <message>
        <source>A department cannot have a service agreement with itself.</source>
        <translation>Un reparto non può avere un accordo di servizio con se stesso.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>accordo</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>Non è stato ripristinato nulla: {error}</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}.</source>
        <translation>Non è stato ripristinato nulla: {error}.</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the one in use.</source>
        <translation>Per il backup scegli un file diverso da quello in uso.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La cartella {parent} non esiste.</translation>
    </message>
    <message>
        <source>The backup was not made: {error}</source>
        <translation>Il backup non è stato creato: {error}</translation>
    </message>
    <message>
        <source>That record ({label}) no longer exists; refresh the list and try again.</source>
        <translation>Questo elemento ({label}) non esiste più; aggiorna l'elenco e riprova.</translation>
    </message>
    <message>
        <source>This file already holds data; the example company goes into a new, empty file.</source>
        <translation>Questo file contiene già dei dati; l'azienda di esempio va in un file nuovo e vuoto.</translation>
    </message>
    <message>
        <source>The CSV file was not written: {value}.</source>
        <translation>Il file CSV non è stato scritto: {value}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {join}.</source>
        <translation>Impossibile esportare «{kind}»; scegli tra {join}.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>A department cannot rate its own service.</source>
        <translation>Un reparto non può valutare il proprio servizio.</translation>
    </message>
    <message>
        <source>Only a resolved or closed request can be rated; finish the work first.</source>
        <translation>Si può valutare solo una richiesta risolta o chiusa; prima completa il lavoro.</translation>
    </message>
    <message>
        <source>{full_name} worked on this request and cannot rate it.</source>
        <translation>{full_name} ha lavorato a questa richiesta e non può valutarla.</translation>
    </message>
    <message>
        <source>Choose the request or the department this feedback is about.</source>
        <translation>Scegli la richiesta o il reparto a cui si riferisce questo feedback.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {join}.</source>
        <translation>«{value}» non è tra i valori ammessi: {join}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} è vuoto.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {value}.</source>
        <translation>Impossibile leggere {path}: {value}.</translation>
    </message>
    <message>
        <source>There is no department called “{name}”.</source>
        <translation>Non esiste un reparto chiamato «{name}».</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person.</source>
        <translation>«{name}» corrisponde a più di una persona.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>Nome del reparto</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Say which department provides it.</source>
        <translation>Indica quale reparto lo fornisce.</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Indica chi chiede: una persona o un reparto.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of people.</source>
        <translation>«{name}» non è nell'elenco delle persone.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Nome dell'azienda</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>The service vision</source>
        <translation>Visione del servizio</translation>
    </message>
    <message>
        <source>“{email}” does not look like an e-mail address.</source>
        <translation>«{email}» non sembra un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>A department called “{name}” already exists.</source>
        <translation>Esiste già un reparto chiamato «{name}».</translation>
    </message>
    <message>
        <source>An archived department called “{name}” already exists; restore it instead.</source>
        <translation>Esiste già un reparto archiviato chiamato «{name}»; ripristina quello.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Choose who is being recognised: a person or a department.</source>
        <translation>Scegli chi riceve il riconoscimento: una persona o un reparto.</translation>
    </message>
    <message>
        <source>Employee of the month goes to a person.</source>
        <translation>Il dipendente del mese è una persona.</translation>
    </message>
    <message>
        <source>Team of the month goes to a department.</source>
        <translation>La squadra del mese è un reparto.</translation>
    </message>
    <message>
        <source>People cannot recognise themselves.</source>
        <translation>Non ci si può dare un riconoscimento da soli.</translation>
    </message>
    <message>
        <source>A department cannot recognise itself.</source>
        <translation>Un reparto non può dare un riconoscimento a se stesso.</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>riconoscimento</translation>
    </message>
    <message>
        <source>The award for {month} has already been given.</source>
        <translation>Il riconoscimento per {month} è già stato assegnato.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>That standard belongs to another department than the one asked.</source>
        <translation>Quello standard appartiene a un reparto diverso da quello a cui si chiede.</translation>
    </message>
    <message>
        <source>That standard is not in force; publish it first or pick another.</source>
        <translation>Quello standard non è in vigore; pubblicalo prima o scegline un altro.</translation>
    </message>
    <message>
        <source>There is no request #{request_id}.</source>
        <translation>Non esiste la richiesta n. {request_id}.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer takes requests.</source>
        <translation>{name} è archiviato e non riceve più richieste.</translation>
    </message>
    <message>
        <source>A closed or cancelled request cannot be changed any more.</source>
        <translation>Una richiesta chiusa o annullata non può più essere modificata.</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution; lower the first-response target.</source>
        <translation>La prima risposta non può scadere dopo la risoluzione; abbassa l'obiettivo di prima risposta.</translation>
    </message>
    <message>
        <source>The next review must come after the date the standard takes effect.</source>
        <translation>La prossima revisione deve venire dopo la data di entrata in vigore dello standard.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>standard version</source>
        <translation>versione dello standard</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A chi serve</translation>
    </message>
    <message>
        <source>The change note</source>
        <translation>Nota sulle modifiche</translation>
    </message>
    <message>
        <source>A published version cannot be edited; make a new version and publish it instead.</source>
        <translation>Una versione pubblicata non si può modificare; crea una nuova versione e pubblicala.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation>Indica perché la richiesta viene annullata.</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} contiene un carattere NUL, che non può essere salvato.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of minutes.</source>
        <translation>{label} deve essere un numero intero di minuti.</translation>
    </message>
    <message>
        <source>{label} must be more than zero minutes.</source>
        <translation>{label} deve essere superiore a zero minuti.</translation>
    </message>
    <message>
        <source>{label} cannot be more than a year.</source>
        <translation>{label} non può superare un anno.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; choose one such as Europe/Rome.</source>
        <translation>«{name}» non è un fuso orario; scegline uno come Europe/Rome.</translation>
    </message>
    <message>
        <source>“{text}” is not a date between 1990 and today.</source>
        <translation>«{text}» non è una data tra il 1990 e oggi.</translation>
    </message>
    <message>
        <source>{name} is archived; restore it before changing it.</source>
        <translation>{name} è archiviato; ripristinalo prima di modificarlo.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be a whole number from {low} to {high}.</source>
        <translation>La soglia di anonimato deve essere un numero intero da {low} a {high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day like 09:00 or 17:30.</source>
        <translation>“{text}” non è un'ora come 09:00 o 17:30.</translation>
    </message>
    <message>
        <source>icdesk knows no public holidays for “{code}”.</source>
        <translation>icdesk non conosce festività per “{code}”.</translation>
    </message>
    <message>
        <source>“{region}” is not a region of {code} icdesk knows.</source>
        <translation>“{region}” non è una regione di {code} conosciuta da icdesk.</translation>
    </message>
    <message>
        <source>Write working hours like 09:00–13:00, 14:00–18:00 (“{text}” is not).</source>
        <translation>Scrivi l'orario come 09:00–13:00, 14:00–18:00 (“{text}” non lo è).</translation>
    </message>
    <message>
        <source>{interval} ends before it starts; for a night shift write 22:00–24:00 on one day and 00:00–06:00 on the next.</source>
        <translation>{interval} finisce prima di iniziare; per un turno di notte scrivi 22:00–24:00 in un giorno e 00:00–06:00 nel successivo.</translation>
    </message>
    <message>
        <source>The closure ends before it starts.</source>
        <translation>La chiusura finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>A closure lasts a year at most; add another for the next year.</source>
        <translation>Una chiusura dura al massimo un anno; aggiungine un'altra per l'anno successivo.</translation>
    </message>
    <message>
        <source>Give a closure both a start and an end time, or neither.</source>
        <translation>Indica per la chiusura sia l'ora di inizio sia quella di fine, oppure nessuna delle due.</translation>
    </message>
    <message>
        <source>The closure's hours end before they start.</source>
        <translation>L'orario della chiusura finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose the country of the region first.</source>
        <translation>Scegli prima il paese della regione.</translation>
    </message>
    <message>
        <source>Give at least one day working hours, or choose “open around the clock”.</source>
        <translation>Dai un orario ad almeno un giorno, oppure scegli “aperto 24 ore su 24”.</translation>
    </message>
    <message>
        <source>A version is put in force only once its approver has approved it; send the draft for review first.</source>
        <translation>Una versione entra in vigore solo dopo l'approvazione del suo approvatore; invia prima la bozza in revisione.</translation>
    </message>
    <message>
        <source>Only an approved version can be put in force; make a new version to change this standard.</source>
        <translation>Solo una versione approvata può entrare in vigore; crea una nuova versione per modificare questo standard.</translation>
    </message>
    <message>
        <source>The code can be at most {n} characters long.</source>
        <translation>Il codice può avere al massimo {n} caratteri.</translation>
    </message>
    <message>
        <source>The code can hold only letters, digits and dashes, like IT or FO-2.</source>
        <translation>Il codice può contenere solo lettere, cifre e trattini, come IT o FO-2.</translation>
    </message>
    <message>
        <source>An idea that is {status} cannot be moved to {target}.</source>
        <translation>Un'idea nello stato «{status}» non può passare a «{target}».</translation>
    </message>
    <message>
        <source>Only the version in force can be acknowledged; version {n} of “{title}” is {status}.</source>
        <translation>Si può prendere visione solo della versione in vigore; la versione {n} di «{title}» è nello stato «{status}».</translation>
    </message>
    <message>
        <source>{full_name} has left the company; only people still here acknowledge standards.</source>
        <translation>{full_name} ha lasciato l'azienda; prendono visione degli standard solo le persone ancora presenti.</translation>
    </message>
    <message>
        <source>{full_name} has already acknowledged version {n} of “{title}”.</source>
        <translation>{full_name} ha già preso visione della versione {n} di «{title}».</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated in the future.</source>
        <translation>Una presa visione non può avere una data futura.</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” came into force on {date}; it cannot have been acknowledged before.</source>
        <translation>La versione {n} di «{title}» è entrata in vigore il {date}; non se ne può aver preso visione prima.</translation>
    </message>
    <message>
        <source>Tick at least one name that was signed.</source>
        <translation>Spunta almeno un nome che ha firmato.</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>presa visione</translation>
    </message>
    <message>
        <source>This corrective action is already done; reopen it to revise a standard.</source>
        <translation>Questa azione correttiva è già completata; riaprila per rivedere uno standard.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else at {when}, after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>«{name}» è stato modificato da un'altra persona alle {when}, dopo che l'avevi aperto, quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>«{name}» è stato modificato da un'altra persona dopo che l'avevi aperto, quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>The example company needs at least two departments: one to serve the other.</source>
        <translation>L'azienda di esempio ha bisogno di almeno due reparti: uno che serve l'altro.</translation>
    </message>
    <message>
        <source>Edition {number} of the handbook has already been issued; make the handbook again to issue edition {next}.</source>
        <translation>L'edizione {number} del manuale è già stata emessa; crea di nuovo il manuale per emettere l'edizione {next}.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>An idea for working better together names at least two departments.</source>
        <translation>Un'idea per lavorare meglio insieme indica almeno due reparti.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>An idea cannot be proposed in the future.</source>
        <translation>Un'idea non può essere proposta in una data futura.</translation>
    </message>
    <message>
        <source>Say why the idea is declined: whoever proposed and supported it deserves the reason.</source>
        <translation>Spiega perché l'idea è respinta: chi l'ha proposta e sostenuta merita di saperlo.</translation>
    </message>
    <message>
        <source>Choose who supports the idea.</source>
        <translation>Scegli chi sostiene l'idea.</translation>
    </message>
    <message>
        <source>This idea is {status}; support is given while it is proposed or on trial.</source>
        <translation>Questa idea è nello stato «{status}»; la si sostiene mentre è proposta o in prova.</translation>
    </message>
    <message>
        <source>{full_name} proposed this idea; support comes from others.</source>
        <translation>{full_name} ha proposto questa idea; il sostegno viene dagli altri.</translation>
    </message>
    <message>
        <source>{full_name} already supports this idea.</source>
        <translation>{full_name} sostiene già questa idea.</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Fornito da (reparto)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Richiesto da (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Richiesto da (reparto)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Registrata il</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Prima risposta il</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Risolta il</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Risoluzione entro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-31 or 31/03/2026.</source>
        <translation>“{text}” non è una data come 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <source>“{text}” is later than now; a time still to come cannot be recorded yet.</source>
        <translation>“{text}” è più tardi di adesso; un orario ancora da venire non si può ancora registrare.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 4 h, 30 min, 1:30 or 2 d.</source>
        <translation>“{text}” non è una durata come 4 h, 30 min, 1:30 o 2 g.</translation>
    </message>
    <message>
        <source>Nothing was imported; rows with problems: {count}.</source>
        <translation>Non è stato importato nulla; righe con problemi: {count}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Only {join} can be imported, not “{kind}”.</source>
        <translation>Si possono importare solo {join}, non “{kind}”.</translation>
    </message>
    <message>
        <source>An import of {kind} has no field “{name}”; the fields are: {join}.</source>
        <translation>L'importazione di {kind} non ha il campo “{name}”; i campi sono: {join}.</translation>
    </message>
    <message>
        <source>The standard “{title}” of {name} is archived; it cannot be changed.</source>
        <translation>Lo standard di servizio “{title}” di {name} è archiviato; non si può modificare.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are: {join}.</source>
        <translation>Il file non ha la colonna “{column}”; le sue colonne sono: {join}.</translation>
    </message>
    <message>
        <source>Choose the column that holds “{label}”; it is required.</source>
        <translation>Scegli la colonna che contiene “{label}”: è obbligatoria.</translation>
    </message>
    <message>
        <source>Row {row} already has the department “{name}”; each may appear once in the file.</source>
        <translation>La riga {row} ha già il reparto “{name}”; ogni reparto può comparire una sola volta nel file.</translation>
    </message>
    <message>
        <source>Row {row} already has this person (the same e-mail, or the same name without one).</source>
        <translation>La riga {row} ha già questa persona (stessa e-mail, o stesso nome se manca l'e-mail).</translation>
    </message>
    <message>
        <source>“{text}” is before the request was logged or answered.</source>
        <translation>“{text}” è prima che la richiesta fosse registrata o ricevesse risposta.</translation>
    </message>
    <message>
        <source>Say which department the standard belongs to.</source>
        <translation>Indica a quale reparto appartiene lo standard di servizio.</translation>
    </message>
    <message>
        <source>Row {row} already has the standard “{title}” of this department.</source>
        <translation>La riga {row} ha già lo standard di servizio “{title}” di questo reparto.</translation>
    </message>
    <message>
        <source>{name} has no service standard in force called “{title}”.</source>
        <translation>{name} non ha uno standard di servizio in vigore chiamato “{title}”.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Scegli un periodo di al massimo dieci anni.</translation>
    </message>
    <message>
        <source>{name} already exists; give the backup a new name, or a folder to put it in.</source>
        <translation>{name} esiste già; dai al backup un nuovo nome, oppure una cartella in cui metterlo.</translation>
    </message>
    <message>
        <source>{name} holds another company; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} contiene un'altra azienda; un backup non lo sostituisce mai. Dai al backup un nuovo nome, oppure una cartella in cui metterlo.</translation>
    </message>
    <message>
        <source>Row {row} already has this request (the same title, department, requester and day).</source>
        <translation>La riga {row} ha già questa richiesta (stesso titolo, reparto, richiedente e giorno).</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}). Save nothing more in it: put a backup in its place with File → Restore from backup…</source>
        <translation>{name} è danneggiato ({problem}). Non salvarci altro: rimetti al suo posto un backup con File → Ripristina da backup…</translation>
    </message>
    <message>
        <source>Enter the company's details first.</source>
        <translation>Inserisci prima i dati dell'azienda.</translation>
    </message>
    <message>
        <source>{label} needs at least one letter or digit.</source>
        <translation>Il campo «{label}» deve contenere almeno una lettera o una cifra.</translation>
    </message>
    <message>
        <source>A recognition is for what was done: its date ({day}) cannot be after today.</source>
        <translation>Un riconoscimento premia ciò che è stato fatto: la sua data ({day}) non può essere successiva a oggi.</translation>
    </message>
    <message>
        <source>{day} is not a date icdesk keeps: choose one between 1990 and 2100.</source>
        <translation>{day} non è una data che icdesk conserva: scegline una tra il 1990 e il 2100.</translation>
    </message>
    <message>
        <source>Choose dates between {first} and {last}.</source>
        <translation>Scegli date tra il {first} e il {last}.</translation>
    </message>
    <message>
        <source>Choose the company's time zone, such as Europe/Rome.</source>
        <translation>Scegli il fuso orario dell'azienda, per esempio Europe/Rome.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}, archived; tick Show archived and restore it.</source>
        <translation>{name} ha già un accordo per servire {name2}, archiviato; spunta Mostra archiviati e ripristinalo.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}; open and change that one.</source>
        <translation>{name} ha già un accordo per servire {name2}; aprilo e modificalo.</translation>
    </message>
    <message>
        <source>This agreement was archived meanwhile; restore it with Show archived to change it.</source>
        <translation>Nel frattempo questo accordo è stato archiviato; ripristinalo con Mostra archiviati per modificarlo.</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a backup file in it.</source>
        <translation>{name} è una cartella; scegli un file di backup al suo interno.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Il file {name} non esiste.</translation>
    </message>
    <message>
        <source>{name} is the data file in use, not a backup of it.</source>
        <translation>{name} è il file di dati in uso, non un suo backup.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>Impossibile leggere {name}: {error}</translation>
    </message>
    <message>
        <source>The working hours of {name} were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>L'orario di lavoro di {name} è stato modificato da qualcun altro dopo che l'avevi aperto, quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {n} of {date}: it is still the current edition. Print it again without “Issue as a new edition”.</source>
        <translation>Nessuno standard di servizio è cambiato dall'edizione {n} del {date}: è ancora l'edizione in vigore. Stampala di nuovo senza “Emetti come nuova edizione”.</translation>
    </message>
    <message>
        <source>{kind} have no dates to choose by; export them without a period.</source>
        <translation>{kind}: non ci sono date con cui scegliere; esporta senza un periodo.</translation>
    </message>
    <message>
        <source>{full_name} has already rated request #{n}.</source>
        <translation>{full_name} ha già valutato la richiesta n. {n}.</translation>
    </message>
    <message>
        <source>This idea was archived meanwhile; nothing was saved.</source>
        <translation>Nel frattempo questa idea è stata archiviata; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>“{text}” is a time that did not exist there: the clocks went forward that night. Write the time after the change (an hour later).</source>
        <translation>«{text}» è un'ora che lì non è esistita: quella notte gli orologi sono stati portati avanti. Scrivi l'ora dopo il cambio (un'ora più tardi).</translation>
    </message>
    <message>
        <source>Row {row}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Riga {row}: risolta, ma senza dire quando; importata senza tempo di servizio e fuori dalle cifre sugli obiettivi.</translation>
    </message>
    <message>
        <source>This row has {count} cells but the header has {columns}: a text holding “{separator}” needs quotes around it.</source>
        <translation>Questa riga ha {count} celle ma l'intestazione ne ha {columns}: un testo che contiene «{separator}» va racchiuso tra virgolette.</translation>
    </message>
    <message>
        <source>The row has a resolved time, but its status is {status}: give the status resolved or closed, or leave the time out.</source>
        <translation>La riga ha un'ora di risoluzione, ma il suo stato è {status}: indica lo stato risolta o chiusa, oppure togli l'ora.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person; add a department column to tell them apart.</source>
        <translation>«{name}» corrisponde a più di una persona; aggiungi una colonna con il reparto per distinguerle.</translation>
    </message>
    <message>
        <source>Rows {rows}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Righe {rows}: risolte, ma senza dire quando; importate senza tempo di servizio e fuori dalle cifre sugli obiettivi.</translation>
    </message>
    <message>
        <source>Row {row}: this request is already in the file as {status}; an import does not move it on to {target}: move it in its window.</source>
        <translation>Riga {row}: questa richiesta è già nel file come {status}; un'importazione non la porta a {target}: spostala nella sua finestra.</translation>
    </message>
    <message>
        <source>“{email}” is the address of several people ({names}); the row's name is none of them, so it cannot say whom it is about.</source>
        <translation>«{email}» è l'indirizzo di più persone ({names}); il nome della riga non è nessuna di loro, quindi non si capisce di chi parla.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} deve essere un testo.</translation>
    </message>
    <message>
        <source>{label} holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored; type it again.</source>
        <translation>{label} contiene un carattere spezzato (metà di un'emoji o di un simbolo, da un copia e incolla interrotto), che non si può salvare; scrivilo di nuovo.</translation>
    </message>
    <message>
        <source>“{text}” is a moment, not a day: give the date alone.</source>
        <translation>“{text}” è un momento, non un giorno: indica solo la data.</translation>
    </message>
    <message>
        <source>A date is needed here, not the text or number “{text}”.</source>
        <translation>Qui serve una data, non il testo o il numero “{text}”.</translation>
    </message>
    <message>
        <source>This corrective action was archived meanwhile; nothing was saved.</source>
        <translation>Questa azione correttiva è stata archiviata nel frattempo; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The review date ({day}) is already past: choose today or a later day, or leave it not planned.</source>
        <translation>La data di revisione ({day}) è già passata: scegli oggi o un giorno successivo, oppure lasciala non pianificata.</translation>
    </message>
    <message>
        <source>{name} is open in icdesk now, so it is in use, not an earlier backup; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} è aperto ora in icdesk: è in uso, non è un backup precedente, e un backup non lo sostituisce mai. Dai al backup un nuovo nome, o una cartella in cui metterlo.</translation>
    </message>
    <message>
        <source>{name} is a data file that has been worked on, not an earlier backup; it may hold work this file lacks, and a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} è un file di dati su cui si è lavorato, non un backup precedente: può contenere lavoro che manca in questo file, e un backup non lo sostituisce mai. Dai al backup un nuovo nome, o una cartella in cui metterlo.</translation>
    </message>
    <message>
        <source>{name} is archived: nothing new is recorded for it. Restore it first (tick Show archived).</source>
        <translation>{name} è archiviato: non vi si registra nulla di nuovo. Ripristinalo prima (spunta Mostra archiviati).</translation>
    </message>
    <message>
        <source>{full_name} has left the company: nothing new is recorded for them. Choose someone still here.</source>
        <translation>{full_name} ha lasciato l'azienda: non si registra più nulla di nuovo a suo nome. Scegli qualcuno che lavora ancora qui.</translation>
    </message>
    <message>
        <source>A week has seven days: give the hours of each, Monday first (empty for a day off).</source>
        <translation>Una settimana ha sette giorni: indica gli orari di ciascuno, a partire dal lunedì (vuoto per un giorno di chiusura).</translation>
    </message>
    <message>
        <source>{full_name} works in {department}; choose that department, or leave it blank.</source>
        <translation>{full_name} lavora in {department}: scegli quel reparto oppure lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways: is the comma or point there a decimal point, or does it separate thousands? Write the number without it (1000), or with one or two decimals (1.5).</source>
        <translation>«{text}» si può leggere in due modi: la virgola o il punto è un separatore decimale o separa le migliaia? Scrivi il numero senza (1000), oppure con uno o due decimali (1,5).</translation>
    </message>
    <message>
        <source>“{text}” is not a request's number (a whole number such as 1005).</source>
        <translation>“{text}” non è il numero di una richiesta (un numero intero come 1005).</translation>
    </message>
    <message>
        <source>The file does not say when its requests were logged, so each is logged as today; the same file imported again on another day would add them again. A column with the date logged (created) makes it safe to import twice.</source>
        <translation>Il file non dice quando sono state registrate le richieste, quindi ognuna è registrata come di oggi; lo stesso file importato di nuovo un altro giorno le aggiungerebbe di nuovo. Una colonna con la data di registrazione (created) permette di importarlo due volte senza rischi.</translation>
    </message>
    <message>
        <source>Row {row}: number {n} is no request of this title and department here; the row is added as a new request, with a number of its own.</source>
        <translation>Riga {row}: il numero {n} non corrisponde a nessuna richiesta con questo titolo e reparto; la riga viene aggiunta come nuova richiesta, con un proprio numero.</translation>
    </message>
    <message>
        <source>“{state}” is a step of the approval done on the Standards screen; a file can make a standard draft, active or retired.</source>
        <translation>“{state}” è un passo dell'approvazione che si fa nella schermata Standard; un file può rendere uno standard bozza, in vigore o ritirato.</translation>
    </message>
    <message>
        <source>Row {row} already has request number {n}.</source>
        <translation>La riga {row} ha già la richiesta numero {n}.</translation>
    </message>
    <message>
        <source>“{email}” is the address of {name2}, and the row names {name}: to rename {name2}, change the name in the window; someone else needs an address of their own.</source>
        <translation>«{email}» è l'indirizzo di {name2}, e la riga indica {name}: per rinominare {name2}, cambia il nome nella finestra; un'altra persona ha bisogno di un proprio indirizzo.</translation>
    </message>
    <message>
        <source>“{name}” looks the same as “{name2}” but is written with letters of another alphabet (a keyboard in another language): use “{name2}”, or type the name again.</source>
        <translation>«{name}» sembra uguale a «{name2}» ma è scritto con lettere di un altro alfabeto (una tastiera in un'altra lingua): usa «{name2}» o riscrivi il nome.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>The logo is not a PNG picture; choose a .png file.</source>
        <translation>Il logo non è un'immagine PNG; scegli un file .png.</translation>
    </message>
    <message>
        <source>The logo is larger than 5 MB; choose a smaller picture.</source>
        <translation>Il logo supera i 5 MB; scegli un'immagine più piccola.</translation>
    </message>
    <message>
        <source>{full_name} has left the company and cannot be named head; choose someone still here.</source>
        <translation>{full_name} ha lasciato l'azienda e non può essere nominato responsabile; scegli qualcuno che lavora ancora qui.</translation>
    </message>
    <message>
        <source>Another department already has the code “{code}”.</source>
        <translation>Un altro reparto ha già il codice “{code}”.</translation>
    </message>
    <message>
        <source>{name} is archived; people cannot be added to it.</source>
        <translation>{name} è archiviato; non è possibile aggiungervi persone.</translation>
    </message>
    <message>
        <source>{name} is already in {department}. If this is someone else of the same name, add what tells them apart (a middle initial, a second surname).</source>
        <translation>{name} è già in {department}. Se è un'altra persona con lo stesso nome, aggiungi ciò che le distingue (un'iniziale del secondo nome, un secondo cognome).</translation>
    </message>
    <message>
        <source>The company's details were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>I dati dell'azienda sono stati modificati da qualcun altro dopo che li avevi aperti, quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile; nothing was saved. Restore it with Show archived to change it.</source>
        <translation>{name} è stato archiviato nel frattempo; non è stato salvato nulla. Ripristinalo con Mostra archiviati per modificarlo.</translation>
    </message>
    <message>
        <source>{full_name} was marked as having left meanwhile; nothing was saved.</source>
        <translation>{full_name} è stato segnato nel frattempo come non più in azienda; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{full_name} was in {department}, which is archived: restore {department} first, or edit {full_name} to move them to another department.</source>
        <translation>{full_name} era in {department}, che è archiviato: ripristina prima {department}, oppure modifica {full_name} per spostarlo in un altro reparto.</translation>
    </message>
    <message>
        <source>{name} is a folder; give the name of the file to write in it too.</source>
        <translation>{name} è una cartella; indica anche il nome del file da scrivere al suo interno.</translation>
    </message>
    <message>
        <source>{name} is not a file icdesk can write into; choose another name.</source>
        <translation>{name} non è un file in cui icdesk possa scrivere; scegli un altro nome.</translation>
    </message>
    <message>
        <source>{name} is a file a database keeps beside itself; choose another name.</source>
        <translation>{name} è un file che un database tiene accanto a sé; scegli un altro nome.</translation>
    </message>
    <message>
        <source>{name} is a database, perhaps another company's data file; icdesk does not write over it.</source>
        <translation>{name} è un database, forse il file dati di un'altra azienda; icdesk non lo sovrascrive.</translation>
    </message>
    <message>
        <source>{name} is the company's data file (or kept beside it); choose another name for what you write.</source>
        <translation>{name} è il file dati dell'azienda (o sta accanto a esso); scegli un altro nome per ciò che scrivi.</translation>
    </message>
    <message>
        <source>{name} is in the folder of the company's backups; choose another folder for what you write.</source>
        <translation>{name} è nella cartella dei backup dell'azienda; scegli un'altra cartella per ciò che scrivi.</translation>
    </message>
    <message>
        <source>Thanks for a request come once it is resolved.</source>
        <translation>Il ringraziamento per una richiesta arriva quando è risolta.</translation>
    </message>
    <message>
        <source>This recognition is archived; restore it before changing it.</source>
        <translation>Questo riconoscimento è archiviato; ripristinalo prima di modificarlo.</translation>
    </message>
    <message>
        <source>The service standard sets this request's deadline; leave the day it is needed by empty, or choose no standard.</source>
        <translation>Lo standard di servizio fissa la scadenza di questa richiesta: lascia vuoto il giorno entro cui serve, oppure non scegliere alcuno standard.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; assign the request to someone still here.</source>
        <translation>{full_name} ha lasciato l'azienda; assegna la richiesta a qualcuno che c'è ancora.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; log the request for someone still here, or for their department.</source>
        <translation>{full_name} ha lasciato l'azienda; registra la richiesta per qualcuno che lavora ancora qui, o per il suo reparto.</translation>
    </message>
    <message>
        <source>The day it is needed by ({day}) is already past: choose today or a later day.</source>
        <translation>Il giorno entro cui serve ({day}) è già passato: scegli oggi o un giorno successivo.</translation>
    </message>
    <message>
        <source>A request keeps the service standard it was logged under: its deadlines were promised with it.</source>
        <translation>Una richiesta mantiene lo standard di servizio con cui è stata registrata: le sue scadenze sono state promesse con esso.</translation>
    </message>
    <message>
        <source>A service standard can be given to a request only while the request is open; this one was resolved without one.</source>
        <translation>Uno standard di servizio si può assegnare a una richiesta solo finché è aperta; questa è stata risolta senza.</translation>
    </message>
    <message>
        <source>A resolved request keeps the day it was needed by: its time was measured against it.</source>
        <translation>Una richiesta risolta mantiene il giorno entro cui serviva: il suo tempo è stato misurato su quello.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer asks for service; restore it first, or choose the department asking now.</source>
        <translation>{name} è archiviato e non chiede più servizi; ripristinalo prima, oppure scegli il reparto che chiede ora.</translation>
    </message>
    <message>
        <source>{name} cannot ask itself: a request goes to another department than the one asking.</source>
        <translation>{name} non può fare richieste a se stesso: una richiesta va a un reparto diverso da quello che chiede.</translation>
    </message>
    <message>
        <source>Request #{number} was changed by someone else after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>La richiesta n. {number} è stata modificata da un'altra persona dopo che l'avevi aperta («{kind}», {when}), quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>{who} changed request #{number} after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>{who} ha modificato la richiesta n. {number} dopo che l'avevi aperta («{kind}», {when}), quindi la tua modifica non è stata salvata. Il modulo ora mostra ciò che è salvato; ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>Non è stato ripristinato nulla: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was restored: other PCs kept reading the company on {server}. Try again in a moment, or when fewer people are working.</source>
        <translation>Non è stato ripristinato nulla: altri PC continuavano a leggere l'azienda su {server}. Riprova tra un momento o quando lavorano meno persone.</translation>
    </message>
    <message>
        <source>The backup was not made: it could not be written to {parent}: {value}.</source>
        <translation>Il backup non è stato creato: non è stato possibile scriverlo in {parent}: {value}.</translation>
    </message>
    <message>
        <source>Type the name or the address of the server computer.</source>
        <translation>Inserisci il nome o l'indirizzo del computer server.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name or address a network knows.</source>
        <translation>«{host}» non è un nome o un indirizzo di server che la rete conosca.</translation>
    </message>
    <message>
        <source>Type the name of the company's database on the server.</source>
        <translation>Inserisci il nome del database dell'azienda sul server.</translation>
    </message>
    <message>
        <source>Type the login (user name) to connect with.</source>
        <translation>Inserisci l'utente (nome di accesso) con cui connetterti.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL's own is 5432).</source>
        <translation>La porta è un numero da 1 a 65535 (quella di PostgreSQL è 5432).</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot get new service standards.</source>
        <translation>{name} è archiviato; non può ricevere nuovi standard di servizio.</translation>
    </message>
    <message>
        <source>This version is with its approver; send it back to draft to change it.</source>
        <translation>Questa versione è presso il suo approvatore; riportala in bozza per modificarla.</translation>
    </message>
    <message>
        <source>Choose who approves this version: the head of department or the owner-manager.</source>
        <translation>Scegli chi approva questa versione: il responsabile del reparto o il titolare.</translation>
    </message>
    <message>
        <source>{full_name} has left; name another approver (and a new head of {department} under Departments &amp; People).</source>
        <translation>{full_name} ha lasciato l'azienda; indica un altro approvatore (e un nuovo responsabile di {department} in Reparti e persone).</translation>
    </message>
    <message>
        <source>Only the head of {department} or the owner-manager can approve its standards; {full_name} is neither.</source>
        <translation>Solo il responsabile del reparto {department} o il titolare può approvarne gli standard; {full_name} non è né l'uno né l'altro.</translation>
    </message>
    <message>
        <source>{full_name} owns this standard and cannot also approve it; choose another approver.</source>
        <translation>{full_name} è responsabile di questo standard e non può anche approvarlo; scegli un altro approvatore.</translation>
    </message>
    <message>
        <source>Only a draft can be sent for review.</source>
        <translation>Solo una bozza può essere inviata in revisione.</translation>
    </message>
    <message>
        <source>A standard needs at least one step before it can be published.</source>
        <translation>Uno standard deve avere almeno un passo per essere pubblicato.</translation>
    </message>
    <message>
        <source>Only a version in review or approved can be sent back to draft.</source>
        <translation>Solo una versione in revisione o approvata può tornare in bozza.</translation>
    </message>
    <message>
        <source>Only a version in review can be approved; send the draft for review first.</source>
        <translation>Solo una versione in revisione può essere approvata; invia prima la bozza in revisione.</translation>
    </message>
    <message>
        <source>Only {full_name}, the approver named for this version, can approve it.</source>
        <translation>Solo {full_name}, l'approvatore indicato per questa versione, può approvarla.</translation>
    </message>
    <message>
        <source>{full_name} has left; send the version back to draft and name another approver.</source>
        <translation>{full_name} non è più in azienda; riporta la versione in bozza e indica un altro approvatore.</translation>
    </message>
    <message>
        <source>This standard already has a draft; finish or publish that one first.</source>
        <translation>Questo standard ha già una bozza; completa o pubblica prima quella.</translation>
    </message>
    <message>
        <source>That standard is archived; restore it or revise another.</source>
        <translation>Quello standard è archiviato; ripristinalo o rivedine un altro.</translation>
    </message>
    <message>
        <source>Version {n} of this standard is already with its approver; finish that one first.</source>
        <translation>La versione {n} di questo standard è già presso il suo approvatore; concludi prima quella.</translation>
    </message>
    <message>
        <source>The draft of this standard already answers another action or idea; finish that one first.</source>
        <translation>La bozza di questo standard risponde già a un'altra azione o idea; concludi prima quella.</translation>
    </message>
    <message>
        <source>Write each step on a line of its own.</source>
        <translation>Scrivi ogni passaggio su una riga a sé.</translation>
    </message>
    <message>
        <source>{name} already has a standard called “{title}”; open that one, or give this one another title.</source>
        <translation>{name} ha già uno standard chiamato «{title}»; apri quello oppure dai a questo un altro titolo.</translation>
    </message>
    <message>
        <source>The first-response target</source>
        <translation>Il tempo di prima risposta</translation>
    </message>
    <message>
        <source>The resolution target</source>
        <translation>Il tempo di risoluzione</translation>
    </message>
    <message>
        <source>This standard is not in force, so there is nothing to retire.</source>
        <translation>Questo standard non è in vigore, quindi non c'è nulla da ritirare.</translation>
    </message>
    <message>
        <source>{name} is too large to be a returned survey form ({size} MB; a form is well under 1 MB).</source>
        <translation>{name} è troppo grande per essere un modulo del sondaggio compilato ({size} MB; un modulo resta ben sotto 1 MB).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF form ({reason}).</source>
        <translation>{name} non può essere letto come modulo PDF ({reason}).</translation>
    </message>
    <message>
        <source>There are no PDF files in {parent}.</source>
        <translation>In {parent} non ci sono file PDF.</translation>
    </message>
    <message>
        <source>Each answer is a whole number from 1 to 5 ({name}: “{value}”).</source>
        <translation>Ogni risposta è un numero intero da 1 a 5 ({name}: «{value}»).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk survey form.</source>
        <translation>{name} non è un modulo di sondaggio di icdesk.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Una domanda</translation>
    </message>
    <message>
        <source>Ask at least one question.</source>
        <translation>Fai almeno una domanda.</translation>
    </message>
    <message>
        <source>Ask at most {limit} questions: long forms come back half answered.</source>
        <translation>Fai al massimo {limit} domande: i moduli lunghi tornano compilati a metà.</translation>
    </message>
    <message>
        <source>Choose at least one pair: which department's service is rated, and by whom.</source>
        <translation>Scegli almeno una coppia: il servizio di quale reparto viene valutato, e da chi.</translation>
    </message>
    <message>
        <source>A department rates its own service in the self-view part of the form, not as a pair.</source>
        <translation>Un reparto valuta il proprio servizio nella parte di autovalutazione del modulo, non come coppia.</translation>
    </message>
    <message>
        <source>Archived departments take no part in new survey rounds.</source>
        <translation>I reparti archiviati non partecipano ai nuovi cicli di sondaggio.</translation>
    </message>
    <message>
        <source>Answers already refer to these questions, so they can no longer be changed; start a new round to ask different ones.</source>
        <translation>Alcune risposte si riferiscono già a queste domande, che quindi non si possono più modificare; avvia un nuovo ciclo per porre domande diverse.</translation>
    </message>
    <message>
        <source>This survey round is already finished.</source>
        <translation>Questo ciclo di sondaggio è già concluso.</translation>
    </message>
    <message>
        <source>The answers of a form are not as a form gives them: a code as text, and for each department a yes or no, whole-number scores and texts.</source>
        <translation>Le risposte di un modulo non sono come le dà un modulo: un codice come testo e, per ogni reparto, un sì o no, punteggi interi e testi.</translation>
    </message>
    <message>
        <source>No form of this file has the code {token}; check the code printed on the form.</source>
        <translation>Nessun modulo di questo file ha il codice {token}; controlla il codice stampato sul modulo.</translation>
    </message>
    <message>
        <source>The form {token} belongs to another survey round.</source>
        <translation>Il modulo {token} appartiene a un altro ciclo di sondaggio.</translation>
    </message>
    <message>
        <source>The survey round “{title}” is finished; answers can no longer be added.</source>
        <translation>Il ciclo di sondaggio «{title}» è concluso; non si possono più aggiungere risposte.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was imported before.</source>
        <translation>Questo modulo, con queste stesse risposte, è già stato importato.</translation>
    </message>
    <message>
        <source>{name} has already answered this round; an answer cannot be changed.</source>
        <translation>{name} ha già risposto a questo ciclo; una risposta non si può modificare.</translation>
    </message>
    <message>
        <source>All {n} forms expected from {department} are already in.</source>
        <translation>Tutti i {n} moduli attesi da {department} sono già rientrati.</translation>
    </message>
    <message>
        <source>The form has no answers: tick the departments that served you and rate them.</source>
        <translation>Il modulo non ha risposte: spunta i reparti che ti hanno servito e valutali.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was read in before. If it is another colleague's form with exactly the same answers, type it in on “Type in paper forms”.</source>
        <translation>Questo modulo, con queste stesse risposte, è già stato letto. Se è il modulo di un altro collega con esattamente le stesse risposte, inseriscilo in «Inserisci i moduli cartacei».</translation>
    </message>
    <message>
        <source>This form does not ask about that department.</source>
        <translation>Questo modulo non chiede di quel reparto.</translation>
    </message>
    <message>
        <source>survey round</source>
        <translation>ciclo di sondaggio</translation>
    </message>
    <message>
        <source>The form has an answer to a question this round does not ask.</source>
        <translation>Il modulo contiene una risposta a una domanda che questo ciclo non pone.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the steps listed for {name}.</source>
        <translation>«{code}» non è uno dei passi elencati per {name}.</translation>
    </message>
    <message>
        <source>{name} is not a table: choose a CSV file or a spreadsheet (.xlsx, .ods or .xls).</source>
        <translation>{name} non è una tabella: scegli un file CSV o un foglio di calcolo (.xlsx, .ods o .xls).</translation>
    </message>
    <message>
        <source>{name} is protected with a password; save a copy without the password and choose that.</source>
        <translation>{name} è protetto da password; salvane una copia senza password e scegli quella.</translation>
    </message>
    <message>
        <source>{name} looks like a spreadsheet but cannot be read; it may be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>{name} sembra un foglio di calcolo ma non si riesce a leggerlo; potrebbe essere danneggiato. Aprilo nel tuo programma di fogli di calcolo e salvalo di nuovo.</translation>
    </message>
    <message>
        <source>icdesk cannot tell which character set {name} is written in; choose it in the list (UTF-8, Windows-1252 or Windows-1251).</source>
        <translation>icdesk non riesce a capire con quale set di caratteri è scritto {name}; sceglilo nell'elenco (UTF-8, Windows-1252 o Windows-1251).</translation>
    </message>
    <message>
        <source>{name} has a header but no rows of data below it.</source>
        <translation>{name} ha un'intestazione ma nessuna riga di dati sotto.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is too big to read from a workbook; save it as a CSV file in your spreadsheet program and import that.</source>
        <translation>Il foglio «{sheet}» di {name} è troppo grande per essere letto da una cartella di lavoro; salvalo come file CSV nel tuo programma di fogli di calcolo e importa quello.</translation>
    </message>
    <message>
        <source>Cell {cells} of the sheet “{sheet}” holds a formula whose result {name} does not keep (the program that wrote it did not calculate it), so it would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>La cella {cells} del foglio «{sheet}» contiene una formula il cui risultato {name} non conserva (il programma che l'ha scritto non l'ha calcolato), quindi sarebbe letta come vuota. Apri il file nel tuo foglio di calcolo, salvalo e sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas whose results {name} does not keep (the program that wrote it did not calculate them), so they would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Le celle {cells} del foglio «{sheet}» contengono formule i cui risultati {name} non conserva (il programma che lo ha scritto non li ha calcolati), quindi verrebbero lette come vuote. Apri il file nel tuo programma di fogli di calcolo, salvalo e sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>{name} mixes two character sets: some lines are UTF-8, others Windows-1252 (rows pasted together from two programs). Save it again from the spreadsheet as CSV UTF-8, then import it.</source>
        <translation>{name} mescola due set di caratteri: alcune righe sono UTF-8, altre Windows-1252 (righe incollate da due programmi). Salvalo di nuovo dal foglio di calcolo come CSV UTF-8, poi importalo.</translation>
    </message>
    <message>
        <source>The letters of {name} were read as {encoding}; if accented or Cyrillic letters look wrong in the preview, choose another character set.</source>
        <translation>Le lettere di {name} sono state lette come {encoding}; se nell'anteprima le lettere accentate o cirilliche appaiono sbagliate, scegli un altro set di caratteri.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.</source>
        <translation>«{delimiter}» non può separare le colonne; scegli una virgola, un punto e virgola o una tabulazione.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: one of its cells is longer than {limit} characters.</source>
        <translation>La riga {row} non può essere letta: una delle sue celle è più lunga di {limit} caratteri.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") inside a cell must be doubled (""), or the whole cell put in quotes.</source>
        <translation>La riga {row} non può essere letta: una virgoletta (") dentro una cella va raddoppiata (""), oppure tutta la cella va messa tra virgolette.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: it holds a NUL character, which no text has; the file may not be a table saved as text.</source>
        <translation>La riga {row} non può essere letta: contiene un carattere NUL, che nessun testo ha; forse il file non è una tabella salvata come testo.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header (row {row}); type a name there or delete the column.</source>
        <translation>La colonna {column} non ha un nome nell'intestazione (riga {row}); scrivi un nome o elimina la colonna.</translation>
    </message>
    <message>
        <source>The header (row {row}) has “{name}” twice, in columns {column} and {column2}; each column needs its own name.</source>
        <translation>L'intestazione (riga {row}) contiene due volte «{name}», nelle colonne {column} e {column2}; ogni colonna deve avere un nome diverso.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a character set icdesk knows.</source>
        <translation>«{encoding}» non è un set di caratteri che icdesk conosce.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}; choose another character set.</source>
        <translation>La riga {row} non può essere letta come {encoding}; scegli un altro set di caratteri.</translation>
    </message>
    <message>
        <source>{name} in {folder} holds answers already: no form was written, so that no answers are written over. Choose an empty folder for new forms.</source>
        <translation>{name} in {folder} contiene già delle risposte: non è stato scritto nessun modulo, perché nessuna risposta venga sovrascritta. Scegli una cartella vuota per i nuovi moduli.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") there opens a cell that is never closed.</source>
        <translation>La riga {row} non può essere letta: una virgoletta (") apre una cella che non viene mai chiusa.</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”.</source>
        <translation>{name} non ha un foglio chiamato «{sheet}».</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>Il foglio «{sheet}» di {name} è vuoto.</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>sessione di formazione</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot give new training.</source>
        <translation>{name} è archiviato; non può tenere nuove formazioni.</translation>
    </message>
    <message>
        <source>{full_name} gives this training and cannot also attend it.</source>
        <translation>{full_name} tiene questa formazione e non può anche parteciparvi.</translation>
    </message>
    <message>
        <source>A session still to come cannot record acknowledgements; record them once it has been held.</source>
        <translation>Una sessione non ancora tenuta non può registrare prese visione; registrale dopo che si è svolta.</translation>
    </message>
    <message>
        <source>Choose who was cross-trained.</source>
        <translation>Scegli chi ha fatto la formazione incrociata.</translation>
    </message>
    <message>
        <source>Choose the department whose service was learned.</source>
        <translation>Scegli il reparto di cui si è imparato il servizio.</translation>
    </message>
    <message>
        <source>{full_name} already works in {department}; cross-training is learning another department's service.</source>
        <translation>{full_name} lavora già nel reparto {department}; la formazione incrociata è imparare il servizio di un altro reparto.</translation>
    </message>
    <message>
        <source>Cross-training is recorded once it has happened; the date cannot be in the future.</source>
        <translation>La formazione incrociata si registra dopo che è avvenuta; la data non può essere futura.</translation>
    </message>
    <message>
        <source>People cannot cross-train themselves.</source>
        <translation>Nessuno può formarsi da solo.</translation>
    </message>
    <message>
        <source>The duration must be more than zero and at most a week.</source>
        <translation>La durata deve essere maggiore di zero e al massimo una settimana.</translation>
    </message>
    <message>
        <source>Choose the department that gives the training.</source>
        <translation>Scegli il reparto che tiene la formazione.</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>formazione incrociata</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This training session was archived meanwhile; nothing was saved.</source>
        <translation>Nel frattempo questa sessione di formazione è stata archiviata; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>This cross-training was archived meanwhile; nothing was saved.</source>
        <translation>Nel frattempo questa formazione incrociata è stata archiviata; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{place} already holds a company; copy into a new, empty database or file.</source>
        <translation>{place} contiene già un'azienda; copia in un database o in un file nuovo e vuoto.</translation>
    </message>
    <message>
        <source>The copy was not kept: the counts differ ({wrong}).</source>
        <translation>La copia non è stata tenuta: i conteggi non corrispondono ({wrong}).</translation>
    </message>
    <message>
        <source>a backup of that name is already there</source>
        <translation>esiste già un backup con quel nome</translation>
    </message>
    <message>
        <source>icdesk keeps the backups of {name} in a folder {folder}, but there is a file with that name. Rename or move that file.</source>
        <translation>icdesk conserva i backup di {name} nella cartella {folder}, ma al suo posto c'è un file con lo stesso nome. Rinomina o sposta quel file.</translation>
    </message>
    <message>
        <source>{name} could not be replaced: {value}.</source>
        <translation>Impossibile sostituire {name}: {value}.</translation>
    </message>
    <message>
        <source>{name} failed its integrity check: {result}.</source>
        <translation>{name} non ha superato il controllo di integrità: {result}.</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file.</source>
        <translation>{name} non è un file di dati di icdesk.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} non può essere usato: {problem}</translation>
    </message>
    <message>
        <source>A number or a date is beyond what can be stored (a record number that does not exist, or a year far outside 1990-2100).</source>
        <translation>Un numero o una data va oltre ciò che si può salvare (un numero di record che non esiste, o un anno molto al di fuori del 1990-2100).</translation>
    </message>
    <message>
        <source>A text holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored or looked up; type it again.</source>
        <translation>Un testo contiene un carattere spezzato (metà di un'emoji o di un simbolo, da un copia e incolla interrotto), che non si può salvare né cercare; scrivilo di nuovo.</translation>
    </message>
    <message>
        <source>{name} holds a value icdesk does not know ({error}). Nothing was changed; 'icdesk check' lists every such value, or put a backup in its place with File → Restore from backup…</source>
        <translation>{name} contiene un valore che icdesk non conosce ({error}). Non è stato cambiato nulla; 'icdesk check' elenca tutti questi valori, oppure rimetti al suo posto un backup con File → Ripristina da backup…</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (user {user}, process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} è già aperto in {program} sul computer {host} (utente {user}, processo {pid}, dalle {since}). Chiudilo prima lì, oppure aprilo in sola lettura.</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} è già aperto in {program} sul computer {host} (processo {pid}, dalle {since}). Chiudilo prima lì, oppure aprilo in sola lettura.</translation>
    </message>
    <message>
        <source>{name} holds no company yet: there is nothing to look at.</source>
        <translation>{name} non contiene ancora un'azienda: non c'è niente da vedere.</translation>
    </message>
    <message>
        <source>No service agreement is recorded yet; make one on the Agreements screen first.</source>
        <translation>Non c'è ancora nessun accordo di servizio; creane uno prima nella schermata Accordi.</translation>
    </message>
    <message>
        <source>No training session is recorded yet; record one on the Training screen first.</source>
        <translation>Non c'è ancora nessuna sessione di formazione; registrane una prima nella schermata Formazione.</translation>
    </message>
    <message>
        <source>{name} is not a database.</source>
        <translation>{name} non è un database.</translation>
    </message>
    <message>
        <source>{name} is damaged: {error}.</source>
        <translation>{name} è danneggiato: {error}.</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached. Everything saved before is still there; refresh (F5) when the network is back.</source>
        <translation>Il server {location} non è raggiungibile. Tutto ciò che è stato salvato prima è ancora lì; aggiorna (F5) quando la rete torna disponibile.</translation>
    </message>
    <message>
        <source>This company is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Questa azienda è aperta in sola lettura, quindi le modifiche non possono essere salvate. Aprila normalmente per modificarla.</translation>
    </message>
    <message>
        <source>The change was not saved: the server {location} cannot be reached. Everything saved before is still there; try again when the network is back.</source>
        <translation>La modifica non è stata salvata: il server {location} non è raggiungibile. Tutto ciò che è stato salvato prima è ancora lì; riprova quando la rete torna disponibile.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not saved. Refresh (F5) to see what is saved, then make your change again.</source>
        <translation>Un'altra persona ha salvato lo stesso dato nello stesso momento, quindi la tua modifica non è stata salvata. Aggiorna (F5) per vedere ciò che è salvato, poi ripeti la modifica.</translation>
    </message>
    <message>
        <source>{name} is in a shared folder on another computer ({share}). When several PCs write to one data file over the network, it can be damaged beyond repair, so icdesk opens it there for reading only. To work on it, copy it to this PC; for several PCs at once, a shared database server is the safe way.</source>
        <translation>{name} si trova in una cartella condivisa su un altro computer ({share}). Quando più PC scrivono in rete sullo stesso file di dati, il file può rovinarsi irrimediabilmente, perciò lì icdesk lo apre solo in lettura. Per lavorarci, copialo su questo PC; per lavorare da più PC insieme, la via sicura è un server di database condiviso.</translation>
    </message>
    <message>
        <source>{name} is marked as open in {program} on the computer {host} by {user} since {since}. If icdesk is no longer running there (the computer was switched off or crashed), the file can be taken over; otherwise close it there first.</source>
        <translation>{name} risulta aperto in {program} sul computer {host} da {user} dal {since}. Se lì icdesk non è più in funzione (il computer è stato spento o si è bloccato), puoi subentrare nel file; altrimenti chiudilo prima lì.</translation>
    </message>
    <message>
        <source>Cannot open {address}: {reason}.</source>
        <translation>Impossibile aprire {address}: {reason}.</translation>
    </message>
    <message>
        <source>{address} names no database (postgresql://user@host/database).</source>
        <translation>{address} non indica alcun database (postgresql://utente@host/database).</translation>
    </message>
    <message>
        <source>{address} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{address} è stato salvato da una versione più recente di icdesk; installa la versione più recente per aprirlo.</translation>
    </message>
    <message>
        <source>{address} is not a server address (postgresql://user@host/database).</source>
        <translation>{address} non è l'indirizzo di un server (postgresql://utente@host/database).</translation>
    </message>
    <message>
        <source>{address} holds no icdesk company yet.</source>
        <translation>{address} non contiene ancora un'azienda icdesk.</translation>
    </message>
    <message>
        <source>{address} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{address} è stato salvato da un icdesk meno recente e deve essere aperto normalmente una volta (per aggiornarlo) prima di poterlo aprire in sola lettura.</translation>
    </message>
    <message>
        <source>{address} could not be prepared: {exc}.</source>
        <translation>Impossibile preparare {address}: {exc}.</translation>
    </message>
    <message>
        <source>{address} is a database of another program, not an icdesk company.</source>
        <translation>{address} è un database di un altro programma, non un'azienda icdesk.</translation>
    </message>
    <message>
        <source>{path} is not a file that can hold a company.</source>
        <translation>{path} non è un file che possa contenere un'azienda.</translation>
    </message>
    <message>
        <source>Choose the training session to print.</source>
        <translation>Scegli la sessione di formazione da stampare.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent}: {value}.</source>
        <translation>Impossibile scrivere il backup in {parent}: {value}.</translation>
    </message>
    <message>
        <source>The change was not saved: {text}. Everything saved before is still there.</source>
        <translation>La modifica non è stata salvata: {text}. Tutto ciò che era già salvato è ancora lì.</translation>
    </message>
    <message>
        <source>This file is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Questo file è aperto in sola lettura, quindi le modifiche non possono essere salvate. Aprilo normalmente per modificarlo.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Everything saved before is still there. Free some space and try again.</source>
        <translation>La modifica non è stata salvata: il disco è pieno. Tutto ciò che era già salvato è ancora lì. Libera un po' di spazio e riprova.</translation>
    </message>
    <message>
        <source>The change was not saved: the data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still there.</source>
        <translation>La modifica non è stata salvata: il file di dati {path} non è raggiungibile (è stato rimosso un disco o una chiavetta USB?). Tutto ciò che era già salvato è ancora lì.</translation>
    </message>
    <message>
        <source>The change was not saved: another program is using the data file. Try again.</source>
        <translation>La modifica non è stata salvata: un altro programma sta usando il file di dati. Riprova.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use.</source>
        <translation>Impossibile segnare {name} come in uso.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use: {value}.</source>
        <translation>Impossibile segnare {name} come in uso: {value}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} è una cartella, non un file di dati.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was a drive removed?).</source>
        <translation>La cartella {folder} non esiste (è stato rimosso un disco?).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file (it is not a database at all).</source>
        <translation>{name} non è un file di dati di icdesk (non è affatto un database).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{name} è stato salvato da una versione più recente di icdesk; installa la versione più recente per aprirlo.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to look at.</source>
        <translation>{name} è vuoto: non c'è niente da vedere.</translation>
    </message>
    <message>
        <source>{name} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{name} è stato salvato da una versione precedente di icdesk e va aperto normalmente una volta (per aggiornarlo) prima di poterlo aprire in sola lettura.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>Non hai il permesso di leggere {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only; icdesk needs to save changes to it.</source>
        <translation>{path} è in sola lettura; icdesk deve poterci salvare le modifiche.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>Impossibile aprire {name}: {exc}.</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not an icdesk data file.</source>
        <translation>{name} è un database di un altro programma, non un file di dati di icdesk.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an icdesk data file ({exc}).</source>
        <translation>{name} è danneggiato o non è un file di dati di icdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a whole icdesk data file: it has no table {table}.</source>
        <translation>{name} non è un file di dati di icdesk completo: manca la tabella {table}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still in it; put it back and refresh (F5).</source>
        <translation>Il file di dati {path} non è raggiungibile (è stato rimosso un disco o una chiavetta USB?). Tutto ciò che era già salvato è ancora lì dentro; ricollegalo e aggiorna (F5).</translation>
    </message>
    <message>
        <source>{name} is already open in another icdesk. Close it there first, or open it read-only.</source>
        <translation>{name} è già aperto in un altro icdesk. Chiudilo prima lì, oppure aprilo in sola lettura.</translation>
    </message>
    <message>
        <source>The server {host} needs the password of {user}: type it in File → Connect to a server…, or keep it in this PC's pgpass file.</source>
        <translation>Il server {host} richiede la password di {user}: inseriscila in File → Connetti a un server…, oppure salvala nel file pgpass di questo PC.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the password of {user}. Check the user name and the password (capital letters count) and try again.</source>
        <translation>Il server {host} non ha accettato la password di {user}. Controlla il nome utente e la password (maiuscole e minuscole contano) e riprova.</translation>
    </message>
    <message>
        <source>The server {host} has no login named {user}. Check the user name.</source>
        <translation>Il server {host} non ha un utente di nome {user}. Controlla il nome utente.</translation>
    </message>
    <message>
        <source>The server {host} does not let {user} in from this PC. Whoever looks after the server must allow this computer in its pg_hba.conf file (see the README).</source>
        <translation>Il server {host} non fa entrare {user} da questo PC. Chi gestisce il server deve autorizzare questo computer nel file pg_hba.conf (vedi il README).</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or ask whoever looks after the server to create it.</source>
        <translation>Il server {host} non ha un database di nome {database}. Controlla il nome o chiedi a chi gestisce il server di crearlo.</translation>
    </message>
    <message>
        <source>No computer named {host} was found on the network. Check the server's name, or type its address (for example 192.168.1.20).</source>
        <translation>Nessun computer di nome {host} è stato trovato in rete. Controlla il nome del server o inserisci il suo indirizzo (per esempio 192.168.1.20).</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port}. Check that the server computer is on, that PostgreSQL runs there and that it accepts connections from the office network.</source>
        <translation>Il server {host} non è raggiungibile sulla porta {port}. Controlla che il computer server sia acceso, che PostgreSQL sia in esecuzione e che accetti connessioni dalla rete dell'ufficio.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}), so icdesk did not open it and changed nothing. Put a backup in its place: File → Restore from backup… in the window, or icdesk restore on the command line.</source>
        <translation>{name} è danneggiato ({problem}): icdesk non l'ha aperto e non ha cambiato nulla. Rimetti al suo posto un backup: File → Ripristina da backup… nella finestra, oppure icdesk restore dalla riga di comando.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} è in uso da un altro programma; chiudilo lì e riprova.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {orig}.</source>
        <translation>Impossibile preparare {name}: {orig}.</translation>
    </message>
    <message>
        <source>Could not make a backup of {name} before upgrading it: {exc}.</source>
        <translation>Impossibile creare un backup di {name} prima di aggiornarlo: {exc}.</translation>
    </message>
    <message>
        <source>A new edition is issued for the whole handbook: choose no departments to issue one.</source>
        <translation>Una nuova edizione riguarda l'intero manuale: per emetterla non scegliere alcun reparto.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: the folder {folder} does not exist.</source>
        <translation>Il documento non è stato stampato su file: la cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: {reason}.</source>
        <translation>Il documento non è stato stampato su file: {reason}.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: icdesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>Il documento non è stato stampato su file: icdesk non può scrivere nella cartella {folder}. Scegli un'altra cartella.</translation>
    </message>
    <message>
        <source>There is no document called “{kind}”.</source>
        <translation>Non esiste un documento chiamato «{kind}».</translation>
    </message>
    <message>
        <source>The page size must be A4 or Letter.</source>
        <translation>Il formato pagina deve essere A4 o Letter.</translation>
    </message>
    <message>
        <source>Choose the request to print.</source>
        <translation>Scegli la richiesta da stampare.</translation>
    </message>
    <message>
        <source>Choose the department for the scorecard.</source>
        <translation>Scegli il reparto per la scheda di valutazione.</translation>
    </message>
    <message>
        <source>Choose the service agreement to print.</source>
        <translation>Scegli l'accordo di servizio da stampare.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Azioni correttive</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Prese visione</translation>
    </message>
    <message>
        <source>Training and cross-training</source>
        <translation>Formazione e formazione incrociata</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Pairs of departments, both ways</source>
        <translation>Coppie di reparti, in entrambi i sensi</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback</source>
        <translation>Dai un feedback</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Department rated</source>
        <translation>Reparto valutato</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – eccellente</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – buono</translation>
    </message>
    <message>
        <source>3 – acceptable</source>
        <translation>3 – accettabile</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 – scarso</translation>
    </message>
    <message>
        <source>1 – very poor</source>
        <translation>1 – pessimo</translation>
    </message>
    <message>
        <source>Where it broke down</source>
        <translation>Dove si è inceppato</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Do not store who gave this feedback</source>
        <translation>Non memorizzare chi ha dato questo feedback</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dato da</translation>
    </message>
    <message>
        <source>The rating is saved: {department} was rated {rating} / 5. Open a corrective action now, so that it does not happen again?</source>
        <translation>La valutazione è salvata: {department} ha ricevuto {rating} / 5. Aprire ora un'azione correttiva, perché non succeda di nuovo?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>A poor rating</source>
        <translation>Una valutazione scarsa</translation>
    </message>
    <message>
        <source>Open a corrective action</source>
        <translation>Apri un'azione correttiva</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>Given by department</source>
        <translation>Dato dal reparto</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(il reparto della persona)</translation>
    </message>
    <message>
        <source>Anonymous feedback keeps no name and no department at all.</source>
        <translation>Un feedback anonimo non conserva né il nome né il reparto.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Dai un feedback</translation>
    </message>
    <message>
        <source>Feedback shows where internal service breaks down. Rate a resolved request from its window, or rate a department in general here.</source>
        <translation>Il feedback mostra dove il servizio interno si inceppa. Valuta una richiesta risolta dalla sua finestra, oppure valuta qui un reparto in generale.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Qualsiasi valutazione</translation>
    </message>
    <message>
        <source>Poor only (1–2)</source>
        <translation>Solo scarse (1–2)</translation>
    </message>
    <message>
        <source>3 or less</source>
        <translation>3 o meno</translation>
    </message>
    <message>
        <source>Any breakdown point</source>
        <translation>Qualsiasi punto critico</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Apri azione correttiva…</translation>
    </message>
    <message>
        <source>Given since {date}</source>
        <translation>Date dal {date}</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <source>Opening {file}…</source>
        <translation>Apertura di {file}…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>This company is open read-only: what is typed here cannot be saved. Open it for writing once no one else has it open.</source>
        <translation>Questa azienda è aperta in sola lettura: ciò che si scrive qui non può essere salvato. Riaprila in scrittura quando nessun altro la tiene aperta.</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}.</source>
        <translation>Da compilare ancora: {fields}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Ci sono modifiche non salvate. Chiudere e perderle?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Impossibile farlo</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>paused (waiting)</source>
        <translation>in pausa (in attesa)</translation>
    </message>
    <message>
        <source>late, now waiting</source>
        <translation>in ritardo, ora in attesa</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} g</translation>
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
        <translation>tra {span}</translation>
    </message>
    <message>
        <source>{span} late</source>
        <translation>{span} di ritardo</translation>
    </message>
    <message>
        <source>{n} working min</source>
        <translation>{n} min lavorativi</translation>
    </message>
    <message>
        <source>{n} working h</source>
        <translation>{n} h lavorative</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
    <message>
        <source>due in {span} ({when})</source>
        <translation>tra {span} ({when})</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>La tua azienda</translation>
    </message>
    <message>
        <source>File → Company details: the name, address and logo printed on every document, the time zone, and a service vision in one or two sentences.</source>
        <translation>File → Dati dell'azienda: il nome, l'indirizzo e il logo stampati su ogni documento, il fuso orario e una visione del servizio in una o due frasi.</translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation>Reparti e persone</translation>
    </message>
    <message>
        <source>Departments &amp; People: every department that serves another one (the kitchen serves the dining room, IT serves everyone), its head, and its people. The head of a department approves its standards.</source>
        <translation>Reparti e persone: ogni reparto che serve un altro reparto (la cucina serve la sala, l'IT serve tutti), il suo responsabile e le sue persone. Il responsabile di un reparto approva i suoi standard.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Service Standards: what each department promises, as steps and as targets for the first response and the resolution. A new version is sent for review, approved and then put in force; the people concerned acknowledge it (Acknowledgements, Training).</source>
        <translation>Standard di servizio: ciò che ogni reparto promette, come passi e come obiettivi per la prima risposta e la risoluzione. Una nuova versione viene inviata in revisione, approvata e poi messa in vigore; le persone interessate ne prendono visione (Prese visione, Formazione).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Agreements: for a pair of departments, what each needs from the other, both ways, signed by both heads.</source>
        <translation>Accordi: per una coppia di reparti, ciò di cui ciascuno ha bisogno dall'altro, nei due sensi, firmato da entrambi i responsabili.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Requests: what one department asks of another (Ctrl+Shift+N from anywhere). Each moves from new to resolved; its due times follow the standard and the working hours of the department that serves it.</source>
        <translation>Richieste: ciò che un reparto chiede a un altro (Ctrl+Shift+N da qualsiasi schermata). Ognuna passa da nuova a risolta; le sue scadenze seguono lo standard e l'orario di lavoro del reparto che la serve.</translation>
    </message>
    <message>
        <source>Feedback and corrective actions</source>
        <translation>Feedback e azioni correttive</translation>
    </message>
    <message>
        <source>Feedback: people rate the service they received. A poor rating or a breakdown leads to a corrective action, which may revise a standard; Closing the Loop follows each one to the end.</source>
        <translation>Feedback: le persone valutano il servizio ricevuto. Una valutazione bassa o un disservizio porta a un'azione correttiva, che può rivedere uno standard; Chiudere il cerchio segue ciascuna fino alla fine.</translation>
    </message>
    <message>
        <source>How well departments serve each other</source>
        <translation>Quanto bene i reparti si servono a vicenda</translation>
    </message>
    <message>
        <source>Service Network shows every pair of departments both ways and where service breaks down; Survey Rounds ask the departments themselves. The Dashboard shows what needs you today.</source>
        <translation>Rete dei servizi mostra ogni coppia di reparti nei due sensi e dove il servizio si inceppa; Cicli di sondaggio lo chiedono ai reparti stessi. Il Riepilogo mostra ciò che oggi richiede la tua attenzione.</translation>
    </message>
    <message>
        <source>Print and keep safe</source>
        <translation>Stampa e conserva al sicuro</translation>
    </message>
    <message>
        <source>Reports prints the handbook of standards, scorecards, agreements to sign and more. A backup is made every day you work (File → Backup now makes one at once).</source>
        <translation>Documenti stampa il manuale degli standard, le schede di valutazione, gli accordi da firmare e altro. Ogni giorno in cui lavori viene fatto un backup (File → Backup adesso ne fa uno subito).</translation>
    </message>
    <message>
        <source>To look around first, open the example hotel: start icdesk with a new file and choose the example, or run “icdesk --db hotel.sqlite demo”.</source>
        <translation>Per dare prima un'occhiata, apri l'hotel di esempio: avvia icdesk con un nuovo file e scegli l'esempio, oppure esegui “icdesk --db hotel.sqlite demo”.</translation>
    </message>
</context>
<context>
    <name>HandbookReport</name>
    <message>
        <source>SOP handbook</source>
        <translation>Manuale delle procedure</translation>
    </message>
    <message>
        <source>Our service vision</source>
        <translation>La nostra visione del servizio</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>No service standards are in force yet.</source>
        <translation>Nessuno standard di servizio è ancora in vigore.</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Responsabile del reparto: {name}</translation>
    </message>
    <message>
        <source>Service standards of every department</source>
        <translation>Gli standard di servizio di ogni reparto</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(in ritardo)</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID documento</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Risolto entro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>Service standards of {department}</source>
        <translation>Gli standard di servizio di {department}</translation>
    </message>
    <message>
        <source>Service standards of {departments}</source>
        <translation>Gli standard di servizio di: {departments}</translation>
    </message>
    <message>
        <source>Working copy, not an issued edition</source>
        <translation>Copia di lavoro, non un'edizione emessa</translation>
    </message>
    <message>
        <source>Edition {number} of {date}</source>
        <translation>Edizione {number} del {date}</translation>
    </message>
    <message>
        <source>SOP handbook: {department}</source>
        <translation>Manuale delle procedure: {department}</translation>
    </message>
    <message numerus="yes">
        <source>%n service standard(s) in force</source>
        <translation>
            <numerusform>%n standard di servizio in vigore</numerusform>
            <numerusform>%n standard di servizio in vigore</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest edition, {number}, was issued on {date}; standards have changed since.</source>
        <translation>L'ultima edizione, la {number}, è stata emessa il {date}; da allora gli standard sono cambiati.</translation>
    </message>
    <message>
        <source>Uncontrolled when printed: the version in force is the one in icdesk.</source>
        <translation>Copia non controllata se stampata: la versione in vigore è quella in icdesk.</translation>
    </message>
    <message>
        <source>About this edition</source>
        <translation>Questa edizione</translation>
    </message>
    <message>
        <source>What changed since edition {number}</source>
        <translation>Cosa è cambiato dall'edizione {number}</translation>
    </message>
    <message>
        <source>This is the first edition of the handbook: every standard in it is new.</source>
        <translation>Questa è la prima edizione del manuale: ogni standard che contiene è nuovo.</translation>
    </message>
    <message>
        <source>No edition of the handbook has been issued yet. When this handbook is ready to hand out, make it again with “Issue as a new edition”: the next one will list what changed since.</source>
        <translation>Nessuna edizione del manuale è ancora stata emessa. Quando il manuale è pronto da distribuire, crealo di nuovo con “Emetti come nuova edizione”: la prossima elencherà cosa è cambiato da allora.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {number} of {date}.</source>
        <translation>Nessuno standard di servizio è cambiato dall'edizione {number} del {date}.</translation>
    </message>
    <message>
        <source>Compared with edition {number} of {date}:</source>
        <translation>Rispetto all'edizione {number} del {date}:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Reviews past due</source>
        <translation>Revisioni scadute</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) should have been reviewed by now:</source>
        <translation>
            <numerusform>%n standard doveva già essere rivisto:</numerusform>
            <numerusform>%n standard dovevano già essere rivisti:</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>New, version {version}</source>
        <translation>Nuovo, versione {version}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Version {old} → {new}</source>
        <translation>Versione {old} → {new}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A chi serve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Prima versione</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Storico delle revisioni</translation>
    </message>
    <message>
        <source>Acknowledgement: {department}</source>
        <translation>Presa visione: {department}</translation>
    </message>
    <message>
        <source>Acknowledgement: {reader} (standards of {department})</source>
        <translation>Presa visione: {reader} (standard di {department})</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the service standards of {department} listed below, in the versions listed, and that I will work by them.</source>
        <translation>Firmando confermo di aver letto e compreso gli standard di servizio di {department} elencati qui sotto, nelle versioni indicate, e di lavorare secondo questi.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>Handbook: {edition}</source>
        <translation>Manuale: {edition}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imported from a file</source>
        <translation>Importazione da un file</translation>
    </message>
    <message>
        <source>title or description</source>
        <translation>titolo o descrizione</translation>
    </message>
    <message>
        <source>priority {old} → {new}</source>
        <translation>priorità {old} → {new}</translation>
    </message>
    <message>
        <source>service standard {title} (v{n}), its targets counted from when it was logged</source>
        <translation>standard di servizio {title} (v{n}), con i tempi obiettivo contati da quando è stata registrata</translation>
    </message>
    <message>
        <source>needed by {old} → {new}</source>
        <translation>necessaria entro {old} → {new}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
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
        <translation>Proponi un'idea</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>e.g. A shared board for early arrivals</source>
        <translation>ad es. Una bacheca comune per gli arrivi anticipati</translation>
    </message>
    <message>
        <source>How it would work</source>
        <translation>Come funzionerebbe</translation>
    </message>
    <message>
        <source>Departments it brings together</source>
        <translation>Reparti che mette insieme</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Do not store who proposed this idea</source>
        <translation>Non memorizzare chi ha proposto questa idea</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposta da</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>Proposed by department</source>
        <translation>Proposta dal reparto</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(il reparto della persona)</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposta il</translation>
    </message>
    <message>
        <source>An anonymous idea keeps no name and no department at all.</source>
        <translation>Un'idea anonima non conserva né il nome né il reparto.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>e altri {n}</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Sostenuta da</translation>
    </message>
    <message>
        <source>corrective action #{n}</source>
        <translation>azione correttiva n. {n}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versione {n}</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Ha portato a</translation>
    </message>
    <message>
        <source>Start a trial…</source>
        <translation>Avvia una prova…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adotta…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Respingi…</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Interrompi la prova</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Riconsidera</translation>
    </message>
    <message>
        <source>Add a supporter…</source>
        <translation>Aggiungi un sostenitore…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Apri azione correttiva…</translation>
    </message>
    <message>
        <source>Revise a standard…</source>
        <translation>Rivedi uno standard…</translation>
    </message>
    <message>
        <source>Tick at least two departments.</source>
        <translation>Spunta almeno due reparti.</translation>
    </message>
    <message>
        <source>What is tried, and until when?</source>
        <translation>Cosa si prova, e fino a quando?</translation>
    </message>
    <message>
        <source>How is it put into practice?</source>
        <translation>Come viene messa in pratica?</translation>
    </message>
    <message>
        <source>Why is it declined? Whoever proposed and supported it will read this.</source>
        <translation>Perché viene respinta? Chi l'ha proposta e sostenuta leggerà questo.</translation>
    </message>
    <message>
        <source>Revise a standard</source>
        <translation>Rivedi uno standard</translation>
    </message>
</context>
<context>
    <name>IdeasScreen</name>
    <message>
        <source>Ideas</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Proponi un'idea</translation>
    </message>
    <message>
        <source>A forum for working better together: anyone can propose how two or more departments could serve each other better. Ideas are tried, then adopted or declined with a reason. Propose the first one.</source>
        <translation>Uno spazio per lavorare meglio insieme: chiunque può proporre come due o più reparti potrebbero servirsi meglio a vicenda. Le idee si provano, poi si adottano o si respingono con un motivo. Proponi la prima.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Open (proposed or on trial)</source>
        <translation>Aperte (proposte o in prova)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Sostegno</translation>
    </message>
    <message>
        <source>Decision or trial</source>
        <translation>Decisione o prova</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Fornito da (reparto)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Richiesto da (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Richiesto da (reparto)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Registrata il</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Prima risposta il</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Risolta il</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A chi serve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Risoluzione entro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>%n riga con un problema</numerusform>
            <numerusform>%n righe con un problema</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet or CSV file</source>
        <translation>Importa da un foglio di calcolo o da un file CSV</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Il file contiene</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a CSV file, as any spreadsheet program saves it, or a workbook (.xlsx, .xls, .ods). Every row is checked and shown below before anything is written; nothing is imported while any row has a problem.</source>
        <translation>Scegli che cosa contiene il file, poi il file: un file CSV, come lo salva qualsiasi foglio di calcolo, o una cartella di lavoro (.xlsx, .xls, .ods). Ogni riga viene controllata e mostrata qui sotto prima di scrivere qualsiasi cosa; finché una riga ha un problema non si importa nulla.</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Come viene letto il file</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Set di caratteri</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Colonne separate da</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Which column holds what (* is required)</source>
        <translation>Quale colonna contiene che cosa (* è obbligatorio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Read the file again, after you have corrected it</source>
        <translation>Rileggi il file dopo averlo corretto</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copia l'elenco</translation>
    </message>
    <message>
        <source>Copy the problems, to paste them into a spreadsheet or an e-mail</source>
        <translation>Copia i problemi per incollarli in un foglio di calcolo o in un'e-mail</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Departments and people are found by name: import them first. A request with the same title, department, requester and day is updated, not added twice. Dates such as 2026-03-31 or 31/03/2026.</source>
        <translation>Reparti e persone si trovano per nome: importali prima. Una richiesta interna con stesso titolo, reparto, richiedente e giorno viene aggiornata, non aggiunta due volte. Date come 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>(sono elencate le prime {shown})</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
    <message>
        <source>{c} to add, {u} to update, {s} already the same.</source>
        <translation>{c} da aggiungere, {u} da aggiornare, {s} già uguali.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>aggiungi</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>same</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Scegli un file da importare</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>Fogli di calcolo e file CSV ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>A department already in icdesk (same name) is updated, not added twice.</source>
        <translation>Un reparto già presente in icdesk (stesso nome) viene aggiornato, non aggiunto due volte.</translation>
    </message>
    <message>
        <source>A person already in icdesk (same e-mail, or same name) is updated, not added twice.</source>
        <translation>Una persona già presente in icdesk (stessa e-mail o stesso nome) viene aggiornata, non aggiunta due volte.</translation>
    </message>
    <message>
        <source>Imported standards arrive as drafts: read them on the Service standards screen and publish them (a State column saying “active” puts one in force at once). Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, 1:30 or 2 d; a plain number is hours, or minutes if the column name says so.</source>
        <translation>Gli standard di servizio importati arrivano come bozze: leggili nella schermata Standard di servizio e pubblicali (una colonna Stato con “active” ne mette uno subito in vigore). Passi uno per riga, o in colonne Passo 1, Passo 2… Tempi come 4 h, 30 min, 1:30 o 2 g; un numero da solo indica ore, o minuti se il nome della colonna lo dice.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Saving (a backup of the file is made first)…</source>
        <translation>Salvataggio (prima viene fatto un backup del file)…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>Importazione della riga {done} di {total}…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Controllo della riga {done} di {total}…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Importazione fermata; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Controllo fermato.</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>Non importate: {columns}</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has a problem: correct the file, save it, then press Check again.</source>
        <translation>Finché una riga ha un problema non si importa nulla: correggi il file, salvalo, poi premi Controlla di nuovo.</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the list.</source>
        <translation>Scegli il foglio che contiene l'elenco.</translation>
    </message>
    <message>
        <source>Found by icdesk; change them if letters or columns in the preview look wrong.</source>
        <translation>Rilevati da icdesk; cambiali se lettere o colonne nell'anteprima sembrano sbagliate.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>In attesa del richiedente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tempestività</translation>
    </message>
    <message>
        <source>Quality of work</source>
        <translation>Qualità del lavoro</translation>
    </message>
    <message>
        <source>Tools and systems</source>
        <translation>Strumenti e sistemi</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Atteggiamento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Prima risposta in ritardo</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Risolta in ritardo</translation>
    </message>
    <message>
        <source>Poor rating, no point named</source>
        <translation>Valutazione scarsa, nessun punto indicato</translation>
    </message>
    <message>
        <source>Open and past its target</source>
        <translation>Aperta e oltre l'obiettivo</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Aperto alle risposte</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Prontezza</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Capacità di rassicurazione</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatia</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Aspetti tangibili</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Ringraziamento</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Risultato raggiunto</translation>
    </message>
    <message>
        <source>Employee of the month</source>
        <translation>Dipendente del mese</translation>
    </message>
    <message>
        <source>Team of the month</source>
        <translation>Squadra del mese</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Tempo pieno</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaneo</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Collaboratore esterno</translation>
    </message>
    <message>
        <source>Owner / shareholder</source>
        <translation>Titolare / socio</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Membro del consiglio</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stato cambiato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>Major revision</source>
        <translation>Revisione sostanziale</translation>
    </message>
    <message>
        <source>Minor revision</source>
        <translation>Revisione minore</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Foglio firmato</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Durante la formazione</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>In regola</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Superata</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mancante</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>In prova</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adottata</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Respinta</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>Esporta e&amp;lenco in CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Save the rows shown, with the current filters, for a spreadsheet</source>
        <translation>Salva le righe mostrate, con i filtri attuali, per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Nothing matches the search and the filters.</source>
        <translation>Nessun risultato per la ricerca e i filtri scelti.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Azzera ricerca e filtri</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Archive this record? It stays in the history and can be restored.</source>
        <translation>Archiviare questo elemento? Resta nello storico e può essere ripristinato.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrato</numerusform>
            <numerusform>%n mostrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n riga esportata in {path}</numerusform>
            <numerusform>%n righe esportate in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} loaded; scroll for more</source>
        <translation>{n} di {total} caricati; scorri per vederne altri</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
</context>
<context>
    <name>LoopScreen</name>
    <message>
        <source>Closing the loop</source>
        <translation>Chiudere il cerchio</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Dai un feedback</translation>
    </message>
    <message>
        <source>Each piece of feedback followed through its corrective action to the revised standard and the people who acknowledged it. Open a corrective action on poor feedback to start a loop.</source>
        <translation>Ogni feedback seguito attraverso la sua azione correttiva fino allo standard rivisto e alle persone che ne hanno preso visione. Apri un'azione correttiva su un feedback negativo per avviare un ciclo.</translation>
    </message>
    <message>
        <source>median time from feedback to the action opened</source>
        <translation>tempo mediano dal feedback all'apertura dell'azione</translation>
    </message>
    <message>
        <source>to the action closed</source>
        <translation>alla chiusura dell'azione</translation>
    </message>
    <message>
        <source>to the revised standard in force</source>
        <translation>allo standard rivisto in vigore</translation>
    </message>
    <message>
        <source>to 90% of its readers acknowledging it</source>
        <translation>alla presa visione del 90% dei lettori</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Loops not closed yet</source>
        <translation>Cicli non ancora chiusi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Azione correttiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Standard revised</source>
        <translation>Standard rivisto</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>90% acknowledged</source>
        <translation>Presa visione del 90%</translation>
    </message>
    <message>
        <source>Opened on {date}</source>
        <translation>Aperta il {date}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versione {n}</translation>
    </message>
    <message>
        <source>{share} so far</source>
        <translation>{share} finora</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
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
        <translation>(sola lettura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Nuovo file di dati…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Apri file di dati…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connetti a un &amp;server…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Backup adesso…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Company details…</source>
        <translation>&amp;Dati dell'azienda…</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>Chi sta &amp;lavorando…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Per iniziare</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About icdesk</source>
        <translation>&amp;Informazioni su icdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registra una richiesta</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Schermata successiva</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Schermata precedente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Cannot show the data</source>
        <translation>Impossibile mostrare i dati</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n reparto</numerusform>
            <numerusform>%n reparti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 overdue</source>
        <translation>
            <numerusform>%n richiesta aperta, %1 in ritardo</numerusform>
            <numerusform>%n richieste aperte, %1 in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>Take over the data file?</source>
        <translation>Subentrare nel file di dati?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Subentra</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Impossibile aprire il file di dati</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Nuovo file di dati</translation>
    </message>
    <message>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite)</source>
        <translation>File di dati icdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Il file esiste già</translation>
    </message>
    <message>
        <source>{name} already exists; use Open to work on it.</source>
        <translation>{name} esiste già; usa Apri per lavorarci.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Apri file di dati</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>File di dati icdesk (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Backup adesso</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup salvato in {path}</translation>
    </message>
    <message>
        <source>Working: {name}</source>
        <translation>Al lavoro: {name}</translation>
    </message>
    <message>
        <source>Imported: {c} added, {u} updated.</source>
        <translation>Importazione: {c} aggiunti, {u} aggiornati.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Il file dei dati è danneggiato</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Backup automatico non riuscito</translation>
    </message>
    <message>
        <source>Today's backup: {path}</source>
        <translation>Backup di oggi: {path}</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermate</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Changes made since then leave the file; they stay in the copy kept of the file as it is now.</source>
        <translation>Tornare al backup {when}? Le modifiche fatte da allora escono dal file; restano nella copia conservata del file com'è adesso.</translation>
    </message>
    <message>
        <source>This backup holds the company “{theirs}”, not “{ours}”. Put it in place of {ours} anyway? The file as it is now is kept.</source>
        <translation>Questo backup contiene l'azienda «{theirs}», non «{ours}». Metterlo comunque al posto di {ours}? Il file com'è adesso viene conservato.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>The backup is back in place. The file as it was is kept as {kept}.</source>
        <translation>Il backup è stato ripristinato. Il file com'era è conservato come {kept}.</translation>
    </message>
    <message>
        <source>About icdesk</source>
        <translation>Informazioni su icdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;The internal customer service desk: service standards, internal requests, feedback, corrective actions and recognition.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;Lo sportello del servizio al cliente interno: standard di servizio, richieste interne, feedback, azioni correttive e riconoscimenti.&lt;/p&gt;&lt;p&gt;File di dati:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Replace the company “{company}” on the server {server} with the backup {backup}? Every PC then works on what the backup holds; everything saved on the server now is replaced. A backup of it is written first, so this can be undone.</source>
        <translation>Sostituire l'azienda “{company}” sul server {server} con il backup {backup}? Tutti i PC lavoreranno poi su ciò che contiene il backup; tutto ciò che è salvato ora sul server viene sostituito. Prima ne viene scritto un backup, quindi l'operazione si può annullare.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>The backup is back in place on the server. What the server held before is kept as {kept}.</source>
        <translation>Il backup è di nuovo in uso sul server. Ciò che il server conteneva prima è conservato come {kept}.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Fewest requests for a pair to be drawn</source>
        <translation>Richieste minime perché una coppia compaia</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Salva come PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90% o più entro l'obiettivo</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90%</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>sotto il 75%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department it serves; the wider, the more requests, the label is the average rating. Point at a department to see only its pairs; click an arrow for its requests, a department to open it. Wheel or +/− to zoom, drag to move.</source>
        <translation>Una freccia va dal reparto che serve al reparto servito; più è larga, più sono le richieste; l'etichetta è la valutazione media. Punta un reparto per vedere solo le sue coppie; fai clic su una freccia per le sue richieste, su un reparto per aprirlo. Rotellina o +/− per lo zoom, trascina per spostare.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</source>
        <translation>
            <numerusform>%n coppia non disegnata: nel periodo nessuna richiesta tra i due reparti, solo valutazioni, risposte ai sondaggi o richieste registrate prima: {pairs}.</numerusform>
            <numerusform>%n coppie non disegnate: nel periodo nessuna richiesta tra i due reparti, solo valutazioni, risposte ai sondaggi o richieste registrate prima: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).</source>
        <translation>
            <numerusform>%n coppia non disegnata: meno di {k} richieste (Richieste minime, sopra).</numerusform>
            <numerusform>%n coppie non disegnate: meno di {k} richieste ciascuna (Richieste minime, sopra).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service map, {period}</source>
        <translation>Mappa dei servizi, {period}</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the service map</source>
        <translation>Salva la mappa dei servizi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Share resolved within target</source>
        <translation>Quota risolta entro l'obiettivo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Tempo mediano di risoluzione</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valutazione media</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Aperte e in ritardo ora</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Punteggio del sondaggio</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Where two departments serve each other, the right half of the cell is the other way round, so an unbalanced pair shows at a glance. Double-click a cell for its requests.</source>
        <translation>Le righe servono, le colonne sono servite. Dove due reparti si servono a vicenda, la metà destra della cella è il senso opposto, così una coppia squilibrata salta subito all'occhio. Fai doppio clic su una cella per le sue richieste.</translation>
    </message>
    <message>
        <source>Service between departments</source>
        <translation>Servizio tra reparti</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>This month so far</source>
        <translation>Questo mese finora</translation>
    </message>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (finora)</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Service network report</source>
        <translation>Rapporto sulla rete dei servizi</translation>
    </message>
    <message>
        <source>Pairs serving each other</source>
        <translation>Coppie che si servono</translation>
    </message>
    <message>
        <source>Two-way pairs</source>
        <translation>Coppie nei due sensi</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Entro l'obiettivo</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valutazione media</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Aperte e in ritardo ora</translation>
    </message>
    <message>
        <source>The service map</source>
        <translation>La mappa dei servizi</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department served: the wider, the more requests; its colour is the share resolved within target; its label the average rating.</source>
        <translation>Una freccia va dal reparto che serve al reparto servito: più è larga, più sono le richieste; il colore è la quota risolta entro l'obiettivo; l'etichetta la valutazione media.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are left out: they are shown only where at least {k} people gave them in the same pair and month, so nobody can be recognised.</source>
        <translation>Valutazioni anonime escluse: {n}; sono mostrate solo dove almeno {k} persone le hanno date per la stessa coppia nello stesso mese, così nessuno può essere riconosciuto.</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90% o più entro l'obiettivo</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90%</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>sotto il 75%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>Who serves whom</source>
        <translation>Chi serve chi</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Nessuna richiesta in questo periodo.</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Each cell shows the share resolved within target and the average rating; where the two departments serve each other, the right half is the other way round.</source>
        <translation>Le righe servono, le colonne sono servite. Ogni cella mostra la quota risolta entro l'obiettivo e la valutazione media; dove i due reparti si servono a vicenda, la metà destra è il senso opposto.</translation>
    </message>
    <message>
        <source>The {n} departments with the most requests are shown.</source>
        <translation>Sono mostrati i {n} reparti con più richieste.</translation>
    </message>
    <message>
        <source>Two-way pairs, side by side</source>
        <translation>Coppie nei due sensi, fianco a fianco</translation>
    </message>
    <message>
        <source>Where two departments serve each other, one direction often works better than the other. The largest differences first.</source>
        <translation>Dove due reparti si servono a vicenda, spesso un senso funziona meglio dell'altro. Prima le differenze più grandi.</translation>
    </message>
    <message>
        <source>Serves well</source>
        <translation>Serve bene</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>The other way</source>
        <translation>Nel senso opposto</translation>
    </message>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Passo {n} (indicato in un sondaggio): {text}</translation>
    </message>
    <message>
        <source>Where service breaks down</source>
        <translation>Dove il servizio si inceppa</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Nessun disservizio in questo periodo.</translation>
    </message>
    <message>
        <source>Points named in feedback, poor ratings, targets missed, and requests open and late now, most frequent first; the line adds them up (Pareto).</source>
        <translation>Punti critici indicati nei feedback, valutazioni scarse, obiettivi mancati e richieste aperte e in ritardo ora, dai più frequenti; la linea li somma (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Disservizi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Che cosa non ha funzionato</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Quota cumulata</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendenze</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Richieste per mese</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolte</translation>
    </message>
    <message>
        <source>Share resolved within target, per month (%)</source>
        <translation>Quota risolta entro l'obiettivo, per mese (%)</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>Nessuna richiesta con un obiettivo è stata risolta in questo periodo.</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (minutes)</source>
        <translation>Tempo mediano di risoluzione, reparti più attivi (minuti)</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (hours)</source>
        <translation>Tempo mediano di risoluzione, reparti più attivi (ore)</translation>
    </message>
    <message>
        <source>Nothing was resolved in this period.</source>
        <translation>Nulla è stato risolto in questo periodo.</translation>
    </message>
    <message>
        <source>What internal customers said</source>
        <translation>Che cosa hanno detto i clienti interni</translation>
    </message>
    <message>
        <source>{title}, about {start} to {end}: {returned} of {invited} forms back ({rate}).</source>
        <translation>{title}, dal {start} al {end}: moduli rientrati {returned} su {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visione dei clienti</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Divario</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do. Anonymous answers in brackets are held back: fewer than {k} people gave them.</source>
        <translation>Punteggi da 1 a 5. Un divario positivo: il reparto pensa meglio del proprio servizio rispetto ai clienti. Le risposte anonime tra parentesi sono trattenute: le hanno date meno di {k} persone.</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do.</source>
        <translation>Punteggi da 1 a 5. Un divario positivo: il reparto pensa meglio del proprio servizio rispetto ai clienti.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Passo {n} (indicato in un sondaggio): {text}</translation>
    </message>
    <message>
        <source>Service network</source>
        <translation>Rete dei servizi</translation>
    </message>
    <message>
        <source>Who serves whom inside the company, and how well: each pair of departments, both ways.</source>
        <translation>Chi serve chi in azienda, e quanto bene: ogni coppia di reparti, in entrambi i sensi.</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Mappa dei servizi</translation>
    </message>
    <message>
        <source>Pair matrix</source>
        <translation>Matrice delle coppie</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Disservizi</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendenze</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.</source>
        <translation>
            <numerusform>{period}: %n coppia (mostrate: {shown}), di cui nei due sensi: {two_way}.</numerusform>
            <numerusform>{period}: %n coppie (mostrate: {shown}), di cui nei due sensi: {two_way}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most unbalanced: {a} → {b} {good} within target, {b} → {a} only {bad}.</source>
        <translation>Coppia più squilibrata: {a} → {b} {good} entro l'obiettivo, {b} → {a} solo {bad}.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are held back: fewer than {k} people gave them in a pair's month.</source>
        <translation>Valutazioni anonime trattenute: {n}; meno di {k} persone le hanno date nello stesso mese per la stessa coppia.</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Everyone who serves or is served: employees, temporary staff, contractors, owners, consultants. Add the first person.</source>
        <translation>Tutti coloro che servono o sono serviti: dipendenti, personale temporaneo, collaboratori esterni, titolari, consulenti. Aggiungi la prima persona.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Segna come uscito</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Mostra chi è uscito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Requests asked</source>
        <translation>Richieste fatte</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Richieste gestite</translation>
    </message>
    <message>
        <source>{n} ({open} still open)</source>
        <translation>{n} ({open} ancora aperte)</translation>
    </message>
    <message>
        <source>Rating of what they handled</source>
        <translation>Valutazione di ciò che ha gestito</translation>
    </message>
    <message>
        <source>{rating} from {n} ratings</source>
        <translation>{rating} da {n} valutazioni</translation>
    </message>
    <message>
        <source>Ratings they gave</source>
        <translation>Valutazioni date</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>Standards they own</source>
        <translation>Standard di cui è titolare</translation>
    </message>
    <message>
        <source>Recently handled</source>
        <translation>Gestite di recente</translation>
    </message>
    <message>
        <source>No recognitions yet.</source>
        <translation>Ancora nessun riconoscimento.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>Nothing handled yet.</source>
        <translation>Ancora nulla di gestito.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Bring {name} back? They appear in pickers again.</source>
        <translation>Far tornare {name}? Comparirà di nuovo negli elenchi di scelta.</translation>
    </message>
    <message>
        <source>Mark {name} as having left? Their history stays; they no longer appear in pickers.</source>
        <translation>Segnare {name} come uscito? Lo storico resta; non comparirà più negli elenchi di scelta.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Ultimi 6 mesi</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest'anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L'anno scorso</translation>
    </message>
    <message>
        <source>From month to month…</source>
        <translation>Da un mese all'altro…</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Ultimo mese</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Mansione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (non c'è più)</translation>
    </message>
</context>
<context>
    <name>PresetChip</name>
    <message>
        <source>Show all again</source>
        <translation>Mostra di nuovo tutto</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Apri nel visualizzatore PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Impossibile creare il documento</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Creazione del documento…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Impossibile leggere il documento per stamparlo.</translation>
    </message>
    <message>
        <source>None of the pages chosen are in this document: it has pages 1 to {last}.</source>
        <translation>Nessuna delle pagine scelte è in questo documento: ha le pagine da 1 a {last}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampato</translation>
    </message>
    <message>
        <source>Printing to {file}…</source>
        <translation>Stampa su {file}…</translation>
    </message>
    <message>
        <source>Printed to {file} ({folder}).</source>
        <translation>Stampato in {file} ({folder}).</translation>
    </message>
    <message>
        <source>The printer {printer} did not start. Check that it is on and connected, and try again.</source>
        <translation>La stampante {printer} non è partita. Controlla che sia accesa e collegata, poi riprova.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation>Stampa della pagina {page} di {total}…</translation>
    </message>
    <message>
        <source>The printer stopped after {done} of {total} pages.</source>
        <translation>La stampante si è fermata dopo {done} pagine su {total}.</translation>
    </message>
</context>
<context>
    <name>QuestionTable</name>
    <message>
        <source>Dimension</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Statement rated from 1 to 5</source>
        <translation>Affermazione valutata da 1 a 5</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognise good service</source>
        <translation>Riconosci un buon servizio</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>Thank who handled request #{n}</source>
        <translation>Ringrazia chi ha gestito la richiesta n. {n}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To (person)</source>
        <translation>A (persona)</translation>
    </message>
    <message>
        <source>To (department)</source>
        <translation>A (reparto)</translation>
    </message>
    <message>
        <source>(nobody: a whole team is recognised)</source>
        <translation>(nessuno: si riconosce tutto un reparto)</translation>
    </message>
    <message>
        <source>(no team: a person is recognised)</source>
        <translation>(nessun reparto: si riconosce una persona)</translation>
    </message>
    <message>
        <source>From (person)</source>
        <translation>Da (persona)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>From (department)</source>
        <translation>Da (reparto)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>e.g. Quick fix before the breakfast rush</source>
        <translation>ad es. Riparazione veloce prima della colazione</translation>
    </message>
    <message>
        <source>e.g. Employee of the month, November</source>
        <translation>ad es. Dipendente del mese, novembre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who gave it, to whom and which award stay as given; to recognise someone else, archive this one and give a new one.</source>
        <translation>Chi l'ha dato, a chi e quale riconoscimento restano come dati; per riconoscere qualcun altro, archivia questo e danne uno nuovo.</translation>
    </message>
    <message>
        <source>Choose who is being recognised.</source>
        <translation>Scegli chi ricevere il riconoscimento.</translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>Recognition</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>Recognise someone</source>
        <translation>Riconosci qualcuno</translation>
    </message>
    <message>
        <source>Thank colleagues for good service, recognise achievements and name an employee of the month. Give the first recognition.</source>
        <translation>Ringrazia i colleghi per un buon servizio, riconosci i risultati e nomina il dipendente del mese. Dai il primo riconoscimento.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Service agreement sheet</source>
        <translation>Scheda dell'accordo di servizio</translation>
    </message>
    <message>
        <source>SOP handbook</source>
        <translation>Manuale delle procedure</translation>
    </message>
    <message>
        <source>One request</source>
        <translation>Una richiesta</translation>
    </message>
    <message>
        <source>Department scorecard</source>
        <translation>Scheda di valutazione del reparto</translation>
    </message>
    <message>
        <source>Service summary</source>
        <translation>Riepilogo del servizio</translation>
    </message>
    <message>
        <source>Acknowledgement status: who still has to sign</source>
        <translation>Stato delle prese visione: chi deve ancora firmare</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>Foglio presenze della formazione</translation>
    </message>
    <message>
        <source>Service network report</source>
        <translation>Rapporto sulla rete dei servizi</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>Tick none for the whole company.</source>
        <translation>Non spuntarne nessuno per tutta l'azienda.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numero richiesta</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sessione di formazione</translation>
    </message>
    <message>
        <source>Add acknowledgement sheets to sign</source>
        <translation>Aggiungi fogli di presa visione da firmare</translation>
    </message>
    <message>
        <source>Issue as a new edition</source>
        <translation>Emetti come nuova edizione</translation>
    </message>
    <message>
        <source>Records this handbook as the next edition, with today's date. The next edition lists what changed since this one.</source>
        <translation>Registra questo manuale come prossima edizione, con la data di oggi. L'edizione successiva elencherà cosa è cambiato rispetto a questa.</translation>
    </message>
    <message>
        <source>Mark as uncontrolled when printed</source>
        <translation>Segna come copia non controllata se stampata</translation>
    </message>
    <message>
        <source>Prints “Uncontrolled when printed” on every page, for copies that will not be kept up to date.</source>
        <translation>Stampa “Copia non controllata se stampata” su ogni pagina, per le copie che non verranno aggiornate.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Make the document</source>
        <translation>Crea il documento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Apri nel visualizzatore PDF</translation>
    </message>
    <message>
        <source>Choose a document on the left and make it: it appears here, ready to print or save.</source>
        <translation>Scegli un documento a sinistra e crealo: comparirà qui, pronto da stampare o salvare.</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Creazione del documento…</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Impossibile creare il documento</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Nessun visualizzatore PDF</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF documents. Use Save as… and open the file with a PDF viewer, or print it from here.</source>
        <translation>Su questo computer nessun programma è impostato per aprire i documenti PDF. Usa Salva con nome… e apri il file con un visualizzatore PDF, oppure stampalo da qui.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Ancora niente da stampare</translation>
    </message>
    <message>
        <source>Choose a document and press “Make the document”; when it is shown here, print it.</source>
        <translation>Scegli un documento e premi «Crea il documento»; quando compare qui, stampalo.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Richiesta a</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>In attesa del richiedente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Move this request</source>
        <translation>Fai avanzare la richiesta</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Write a note for the history, or a comment to go with a move…</source>
        <translation>Scrivi una nota per lo storico, o un commento da allegare a un passaggio…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Rate this service…</source>
        <translation>Valuta questo servizio…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Apri azione correttiva…</translation>
    </message>
    <message>
        <source>Thank who handled it…</source>
        <translation>Ringrazia chi l'ha gestita…</translation>
    </message>
    <message>
        <source>Recognise the person who handled this request, now that it is resolved</source>
        <translation>Riconosci la persona che ha gestito questa richiesta, ora che è risolta</translation>
    </message>
    <message>
        <source>&amp;Done by</source>
        <translation>&amp;Eseguito da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Inizia il lavoro</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Answer received: resume</source>
        <translation>Risposta ricevuta: riprendi</translation>
    </message>
    <message>
        <source>Wait on requester</source>
        <translation>Attendi il richiedente</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Segna come risolta</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Chiudi la richiesta</translation>
    </message>
    <message>
        <source>Cancel the request…</source>
        <translation>Annulla la richiesta…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Richiesta n. {n}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>IN RITARDO</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>none (no deadline)</source>
        <translation>nessuno (nessuna scadenza)</translation>
    </message>
    <message>
        <source>Nothing more to do: this request is finished</source>
        <translation>Non c'è altro da fare: questa richiesta è conclusa</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Corrective action opened on {opened}, due {due}: {status}</source>
        <translation>Azione correttiva aperta il {opened}, scadenza {due}: {status}</translation>
    </message>
    <message>
        <source>Thanks to {to} from {sender}</source>
        <translation>Grazie a {to} da {sender}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>Discard note?</source>
        <translation>Scartare la nota?</translation>
    </message>
    <message>
        <source>The note you typed has not been added to the history. Close and lose it?</source>
        <translation>La nota che hai scritto non è stata aggiunta allo storico. Chiudere e perderla?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>Change request #{n}</source>
        <translation>Modifica la richiesta n. {n}</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registra una richiesta</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Cosa serve</translation>
    </message>
    <message>
        <source>e.g. Cannot log into the PMS</source>
        <translation>ad es. Non riesco ad accedere al PMS</translation>
    </message>
    <message>
        <source>Asked of (department)</source>
        <translation>Richiesta a (reparto)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Necessaria entro il</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Richiesto da (persona)</translation>
    </message>
    <message>
        <source>(not a person)</source>
        <translation>(non una persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Richiesto da (reparto)</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(il reparto della persona)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>The service standard sets the deadlines: first response and resolution targets. Without one, say the day it is needed by.</source>
        <translation>Lo standard di servizio fissa le scadenze: obiettivi di prima risposta e di risoluzione. Senza standard, indica il giorno entro cui serve.</translation>
    </message>
    <message>
        <source>Stays as logged: the request counts in the figures of this pair of departments. To ask another department, cancel this request and log a new one.</source>
        <translation>Resta come registrato: la richiesta conta nei dati di questa coppia di reparti. Per chiedere a un altro reparto, annulla questa richiesta e registrane una nuova.</translation>
    </message>
    <message>
        <source>Who asked stays as logged, for the same reason.</source>
        <translation>Chi ha chiesto resta come registrato, per lo stesso motivo.</translation>
    </message>
    <message>
        <source>Stays as logged: the request's deadlines were promised under this standard.</source>
        <translation>Resta come registrato: le scadenze della richiesta sono state promesse con questo standard.</translation>
    </message>
    <message>
        <source>Resolved without a standard: its time was not measured against one, and is not afterwards.</source>
        <translation>Risolta senza standard: il suo tempo non è stato misurato rispetto a uno standard, e non lo è nemmeno dopo.</translation>
    </message>
    <message>
        <source>A standard chosen now counts its targets from when the request was logged ({when}).</source>
        <translation>Uno standard scelto ora conta i suoi obiettivi da quando la richiesta è stata registrata ({when}).</translation>
    </message>
    <message>
        <source>(none: no deadline)</source>
        <translation>(nessuno: nessuna scadenza)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>Set by the service standard's resolution target.</source>
        <translation>Fissata dall'obiettivo di risoluzione dello standard di servizio.</translation>
    </message>
    <message>
        <source>Stays as it was when the request was resolved.</source>
        <translation>Resta com'era quando la richiesta è stata risolta.</translation>
    </message>
    <message>
        <source>Optional: overdue after the end of that working day.</source>
        <translation>Facoltativo: in ritardo dopo la fine di quella giornata lavorativa.</translation>
    </message>
    <message>
        <source>answer {a}, resolve {b}</source>
        <translation>risposta {a}, risoluzione {b}</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Indica chi chiede: una persona o un reparto.</translation>
    </message>
</context>
<context>
    <name>RequestReport</name>
    <message>
        <source>Internal request #{number}</source>
        <translation>Richiesta interna n. {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fornito da</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Risoluzione entro</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Time waiting on requester</source>
        <translation>Tempo in attesa del richiedente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Yes: a target has passed</source>
        <translation>Sì: un obiettivo è stato superato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Azioni correttive</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fornito da</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Due state</source>
        <translation>Stato della scadenza</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numero richiesta</translation>
    </message>
    <message>
        <source>Overdue: its deadline has passed</source>
        <translation>In ritardo: la sua scadenza è passata</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Internal requests</source>
        <translation>Richieste interne</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registra una richiesta</translation>
    </message>
    <message>
        <source>An internal request is one piece of service one department asks of another: accounting asks IT for PMS access, the dining room asks the kitchen for an allergy menu. Log the first one.</source>
        <translation>Una richiesta interna è un servizio che un reparto chiede a un altro: la contabilità chiede all'IT l'accesso al PMS, la sala chiede alla cucina un menù per allergici. Registra la prima.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annulla richiesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Open (not resolved yet)</source>
        <translation>Aperte (non ancora risolte)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Qualsiasi fornitore</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Qualsiasi richiedente</translation>
    </message>
    <message>
        <source>Requester's department</source>
        <translation>Reparto richiedente</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Qualsiasi priorità</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Qualsiasi assegnatario</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo in ritardo</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>da qualsiasi data</translation>
    </message>
    <message>
        <source>Logged from</source>
        <translation>Registrate dal</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>a qualsiasi data</translation>
    </message>
    <message>
        <source>Logged until</source>
        <translation>Registrate fino al</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>Resolved since {date}</source>
        <translation>Risolte dal {date}</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Richiesta n. {n}</translation>
    </message>
    <message>
        <source>Request #{n} is {status} and cannot be cancelled.</source>
        <translation>La richiesta n. {n} è {status} e non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the server holds now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Scegli il backup a cui tornare. Ciò che il server contiene ora viene prima conservato come backup, quindi anche il ripristino si può annullare.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Scegli il backup a cui tornare. Il file com'è adesso viene prima salvato come backup, quindi anche il ripristino può essere annullato.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>backup manuale</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prima di un'importazione</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>file scelto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Reparti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>There are no backups of this company on this PC yet: File → Backup now makes one. A backup made elsewhere can be picked with Choose a file…</source>
        <translation>Su questo PC non ci sono ancora backup di questa azienda: File → Backup adesso ne crea uno. Un backup fatto altrove si sceglie con Scegli un file…</translation>
    </message>
    <message>
        <source>There are no backups of this file in its backups folder yet. icdesk makes one each day it opens the file; File → Backup now makes one at any time. A backup kept elsewhere can be picked with Choose a file…</source>
        <translation>Nella cartella dei backup non ci sono ancora backup di questo file. icdesk ne crea uno ogni giorno in cui apre il file; File → Backup adesso ne crea uno in qualsiasi momento. Un backup conservato altrove si sceglie con Scegli un file…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Ripristina questo backup</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>File di dati icdesk (*.sqlite);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Providers</source>
        <translation>Fornitori</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visione dei clienti</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Divario</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Trattenute</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>By customer department</source>
        <translation>Per reparto cliente</translation>
    </message>
    <message>
        <source>Where it broke down, and comments</source>
        <translation>Punti critici e commenti</translation>
    </message>
    <message>
        <source>{returned} of {invited} forms back ({rate}). Scores from 1 to 5; the gap is the department's own view minus its customers' view. Anonymous answers are shown only where at least {k} people gave them.</source>
        <translation>Moduli rientrati {returned} su {invited} ({rate}). Punteggi da 1 a 5; il divario è l'autovalutazione del reparto meno la visione dei suoi clienti. Le risposte anonime sono mostrate solo dove le hanno date almeno {k} persone.</translation>
    </message>
    <message>
        <source>{name}: {score} ({n} answers)</source>
        <translation>{name}: {score} (risposte: {n})</translation>
    </message>
    <message>
        <source>{name}: not shown (no answers, or too few to stay anonymous)</source>
        <translation>{name}: non mostrato (nessuna risposta, o troppo poche per restare anonime)</translation>
    </message>
    <message>
        <source>Broke down at: {step} ({n}×)</source>
        <translation>Punto critico: {step} ({n}×)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>A new draft of the standard is made with the change note written; finish it and send it for review in Service Standards. Its approver says whether everyone has to sign it again.</source>
        <translation>Viene creata una nuova bozza dello standard con la nota sulle modifiche; completala e inviala in revisione in Standard di servizio. Il suo approvatore dice se tutti devono firmarlo di nuovo.</translation>
    </message>
    <message>
        <source>Standard to revise</source>
        <translation>Standard da rivedere</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Cosa cambierà</translation>
    </message>
    <message>
        <source>Outcome of the action</source>
        <translation>Esito dell'azione</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Crea la bozza</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>Nuovo ciclo di sondaggio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>How well do we serve each other? {month}</source>
        <translation>Quanto bene ci serviamo a vicenda? {month}</translation>
    </message>
    <message>
        <source>About the service from</source>
        <translation>Sul servizio dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Anonymous: one form per department; nobody's name is kept with an answer</source>
        <translation>Anonimo: un modulo per reparto; con le risposte non si conserva alcun nome</translation>
    </message>
    <message>
        <source>Pairs asked about</source>
        <translation>Coppie oggetto del sondaggio</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Spunta tutto</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Togli tutto</translation>
    </message>
    <message>
        <source>Listed: the pairs with requests in the period and those with a service agreement. Customers rate the provider; each provider also rates itself.</source>
        <translation>Elencate: le coppie con richieste nel periodo e quelle con un accordo di servizio. I clienti valutano il fornitore; ogni fornitore valuta anche se stesso.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Questions (the internal service quality dimensions, INTSERVQUAL)</source>
        <translation>Domande (le dimensioni della qualità del servizio interno, INTSERVQUAL)</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Aggiungi una domanda</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Rimuovi la domanda</translation>
    </message>
    <message>
        <source>Each is rated from 1 (do not agree at all) to 5 (fully agree). You can change them until the first answer comes in.</source>
        <translation>Ciascuna si valuta da 1 (per niente d'accordo) a 5 (pienamente d'accordo). Puoi modificarle fino all'arrivo della prima risposta.</translation>
    </message>
    <message>
        <source>Anonymous ratings of {names} would stay hidden: fewer than {k} people can rate each of them. Tick more customers for them, or untick Anonymous.</source>
        <translation>Le valutazioni anonime di {names} resterebbero nascoste: meno di {k} persone possono valutare ciascuno. Spunta altri clienti per loro, oppure togli la spunta ad Anonimo.</translation>
    </message>
    <message>
        <source>“{title}” already asks about some of these pairs for {start} – {end}; the answers of both rounds will count for those days.</source>
        <translation>«{title}» chiede già di alcune di queste coppie per il periodo {start} – {end}; per quei giorni conteranno le risposte di entrambi i cicli.</translation>
    </message>
    <message>
        <source>{customer} rates {provider}</source>
        <translation>{customer} valuta {provider}</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Inserisci i moduli cartacei</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Finish the round</source>
        <translation>Concludi il ciclo</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>The answers typed for form {code} are not saved. Close and lose them?</source>
        <translation>Le risposte digitate per il modulo {code} non sono salvate. Chiudere e perderle?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>The questions changed are not saved. Close and lose the changes?</source>
        <translation>Le modifiche alle domande non sono salvate. Chiudere e perderle?</translation>
    </message>
    <message>
        <source>Print the forms to hand out, or write one fillable PDF per form to e-mail: people fill it in on screen and send the file back. Put the returned files in one folder and read them in: each form is checked, a file sent twice is recognised, and anonymous answers keep nothing of who sent them, not even the file's name.</source>
        <translation>Stampa i moduli da distribuire, oppure scrivi un PDF compilabile per modulo da inviare per e-mail: le persone lo compilano a schermo e rimandano il file. Metti i file rientrati in una cartella e leggili: ogni modulo viene controllato, un file inviato due volte viene riconosciuto e le risposte anonime non conservano nulla di chi le ha inviate, nemmeno il nome del file.</translation>
    </message>
    <message>
        <source>Paper forms to print…</source>
        <translation>Moduli cartacei da stampare…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to a folder…</source>
        <translation>Moduli PDF compilabili in una cartella…</translation>
    </message>
    <message>
        <source>Read returned forms from a folder…</source>
        <translation>Leggi i moduli rientrati da una cartella…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Rispondente</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Codice modulo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rientrati</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Aggiungi una domanda</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Rimuovi la domanda</translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation>Salva le domande</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominativo</translation>
    </message>
    <message>
        <source>About {start} to {end} · {kind} · {status} · {returned} of {invited} forms back ({rate})</source>
        <translation>Dal {start} al {end} · {kind} · {status} · moduli rientrati: {returned} su {invited} ({rate})</translation>
    </message>
    <message>
        <source>Reword, add or remove questions until the first answer comes in.</source>
        <translation>Riformula, aggiungi o rimuovi domande fino all'arrivo della prima risposta.</translation>
    </message>
    <message>
        <source>Answers refer to these questions, so they can no longer be changed; start a new round to ask others.</source>
        <translation>Le risposte si riferiscono a queste domande, che quindi non si possono più modificare; avvia un nuovo ciclo per porne altre.</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>Preparazione dei moduli…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Cartella per i moduli compilabili</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Moduli scritti</translation>
    </message>
    <message>
        <source>{n} fillable forms are in {folder}.</source>
        <translation>Moduli compilabili in {folder}: {n}.</translation>
    </message>
    <message>
        <source>The forms could not be made</source>
        <translation>Non è stato possibile preparare i moduli</translation>
    </message>
    <message>
        <source>Folder with the returned forms</source>
        <translation>Cartella con i moduli rientrati</translation>
    </message>
    <message>
        <source>{n} forms read in ({a} answers), {d} already read before, {r} left out.</source>
        <translation>Moduli letti: {n} (risposte: {a}) · già letti prima: {d} · esclusi: {r}.</translation>
    </message>
    <message>
        <source>✔ {file}: {n} answers</source>
        <translation>✔ {file}: risposte {n}</translation>
    </message>
    <message>
        <source>Finish this round? No more answers can be added; the results stay as they are.</source>
        <translation>Concludere questo ciclo? Non si potranno aggiungere altre risposte; i risultati restano come sono.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concludi</translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message>
        <source>Department scorecard</source>
        <translation>Scheda di valutazione del reparto</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Responsabile del reparto: {name}</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Come fornitore</translation>
    </message>
    <message>
        <source>Breakdown points named: {points}</source>
        <translation>Punti critici indicati: {points}</translation>
    </message>
    <message>
        <source>As customer</source>
        <translation>Come cliente</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>richiesta ricevuta</numerusform>
            <numerusform>richieste ricevute</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>entro l'obiettivo</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>risoluzione mediana, tempo lavorativo</translation>
    </message>
    <message>
        <source>90% resolved within, working time</source>
        <translation>90% risolte entro, tempo lavorativo</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valutazione media</translation>
    </message>
    <message>
        <source>open now (overdue)</source>
        <translation>aperte ora (in ritardo)</translation>
    </message>
    <message numerus="yes">
        <source>request(s) made</source>
        <translation>
            <numerusform>richiesta fatta</numerusform>
            <numerusform>richieste fatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its request(s) resolved</source>
        <translation>
            <numerusform>sua richiesta risolta</numerusform>
            <numerusform>sue richieste risolte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rating(s) given</source>
        <translation>
            <numerusform>valutazione data</numerusform>
            <numerusform>valutazioni date</numerusform>
        </translation>
    </message>
    <message>
        <source>average rating given</source>
        <translation>valutazione media data</translation>
    </message>
    <message>
        <source>Times are working time in this department's calendar ({hours}); time spent waiting on the requester is left out.</source>
        <translation>I tempi sono tempo lavorativo secondo il calendario del reparto ({hours}); il tempo in attesa del richiedente è escluso.</translation>
    </message>
    <message>
        <source>Service standards in force</source>
        <translation>Standard di servizio in vigore</translation>
    </message>
    <message>
        <source>This department has no standard in force yet.</source>
        <translation>Questo reparto non ha ancora standard in vigore.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(in ritardo)</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>Accordi di servizio</translation>
    </message>
    <message>
        <source>No service agreements yet.</source>
        <translation>Ancora nessun accordo di servizio.</translation>
    </message>
    <message>
        <source>serves {name}</source>
        <translation>serve {name}</translation>
    </message>
    <message>
        <source>is served by {name}</source>
        <translation>è servito da {name}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Esigenze del cliente</translation>
    </message>
    <message>
        <source>Provider needs</source>
        <translation>Esigenze del fornitore</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>Azioni correttive aperte</translation>
    </message>
    <message>
        <source>No open corrective actions.</source>
        <translation>Nessuna azione correttiva aperta.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione correttiva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Service Network</source>
        <translation>Rete dei servizi</translation>
    </message>
    <message>
        <source>Departments &amp; People</source>
        <translation>Reparti e persone</translation>
    </message>
    <message>
        <source>Service Standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Survey Rounds</source>
        <translation>Cicli di sondaggio</translation>
    </message>
    <message>
        <source>Corrective Actions</source>
        <translation>Azioni correttive</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Riconoscimenti</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Prese visione</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Closing the Loop</source>
        <translation>Chiudere il cerchio</translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>risolte: {n}</translation>
    </message>
    <message>
        <source>Within target: {share}</source>
        <translation>Entro l'obiettivo: {share}</translation>
    </message>
    <message>
        <source>Median time to resolve: {time}</source>
        <translation>Tempo mediano di risoluzione: {time}</translation>
    </message>
    <message>
        <source>Average rating: {rating}</source>
        <translation>Valutazione media: {rating}</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valutazione</numerusform>
            <numerusform>%n valutazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and late now: {n}</source>
        <translation>Aperte e in ritardo ora: {n}</translation>
    </message>
    <message>
        <source>Survey score: {score}</source>
        <translation>Punteggio del sondaggio: {score}</translation>
    </message>
    <message>
        <source>Click to see these requests.</source>
        <translation>Fai clic per vedere queste richieste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Served others: {n} requests, {share} within target, rating {rating}&lt;br&gt;Was served: {m} requests, {share2} within target</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Ha servito altri: richieste {n}, {share} entro l'obiettivo, valutazione {rating}&lt;br&gt;È stato servito: richieste {m}, {share2} entro l'obiettivo</translation>
    </message>
    <message>
        <source>Click to open the department.</source>
        <translation>Fai clic per aprire il reparto.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>{title}, version {n}, of {department}. Click to tick the whole column.</source>
        <translation>{title}, versione {n}, reparto {department}. Fai clic per spuntare tutta la colonna.</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Già firmato</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Apri la riga selezionata</translation>
    </message>
    <message>
        <source>Archive or cancel the selected row (asks first)</source>
        <translation>Archivia o annulla la riga selezionata (chiede prima)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>From the search box to the rows found</source>
        <translation>Dalla casella di ricerca alle righe trovate</translation>
    </message>
    <message>
        <source>On to the next field; in a table the arrow keys move from cell to cell</source>
        <translation>Al campo successivo; in una tabella le frecce passano da una cella all'altra</translation>
    </message>
    <message>
        <source>Save the form of the dialog on view</source>
        <translation>Salva il modulo della finestra aperta</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettera sottolineata</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Preme quel pulsante o va a quel campo</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (asks first if something was typed)</source>
        <translation>Chiudi una finestra di dialogo (chiede prima se è stato scritto qualcosa)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
    <message>
        <source>Shortcuts work on every screen; the list ones act on the list on view.</source>
        <translation>Le scorciatoie funzionano in ogni schermata; quelle degli elenchi agiscono sull'elenco visualizzato.</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <source>Enter a signed sheet</source>
        <translation>Registra un foglio firmato</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Tick every line that was signed. Click a name or a standard to tick its whole row or column. Red: never signed; amber: signed an earlier version; grey check: already signed.</source>
        <translation>Spunta ogni riga firmata. Fai clic su un nome o su uno standard per spuntarne tutta la riga o la colonna. Rosso: mai firmato; ambra: firmata una versione precedente; segno grigio: già firmato.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Spunta tutto</translation>
    </message>
    <message>
        <source>Save the ticks</source>
        <translation>Salva le spunte</translation>
    </message>
    <message>
        <source>Everyone in this department has signed every standard in force.</source>
        <translation>In questo reparto tutti hanno firmato ogni standard in vigore.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ticked</source>
        <translation>
            <numerusform>%n riga spuntata</numerusform>
            <numerusform>%n righe spuntate</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Spunta almeno una riga.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>icdesk was started again for {requested}: finish or close the open window first, then start it again.</source>
        <translation>icdesk è stato avviato di nuovo per {requested}: prima completa o chiudi la finestra aperta, poi avvialo di nuovo.</translation>
    </message>
    <message>
        <source>{file} is already open here.</source>
        <translation>{file} è già aperto qui.</translation>
    </message>
    <message>
        <source>icdesk was started again for {requested}, but this window has {here} open. Open {requested} here instead?</source>
        <translation>icdesk è stato avviato di nuovo per {requested}, ma questa finestra ha aperto {here}. Aprire qui {requested} al suo posto?</translation>
    </message>
    <message>
        <source>Open another data file?</source>
        <translation>Aprire un altro file di dati?</translation>
    </message>
    <message>
        <source>Open it here</source>
        <translation>Aprilo qui</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Department that gives the service</source>
        <translation>Reparto che eroga il servizio</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A chi serve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Prima risposta entro</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Risolto entro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>when put in force</source>
        <translation>all'entrata in vigore</translation>
    </message>
    <message>
        <source>Also read by</source>
        <translation>Lo leggono anche</translation>
    </message>
    <message>
        <source>Other departments whose people must read and acknowledge this standard; its own department always does.</source>
        <translation>Altri reparti le cui persone devono leggere e firmare per presa visione questo standard; il suo reparto lo fa sempre.</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>Invia in revisione…</translation>
    </message>
    <message>
        <source>Send back to draft…</source>
        <translation>Riporta in bozza…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approva…</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Metti in vigore</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prevista</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Crea una nuova versione</translation>
    </message>
    <message>
        <source>Save the readers</source>
        <translation>Salva i lettori</translation>
    </message>
    <message>
        <source>Versions and changes…</source>
        <translation>Versioni e modifiche…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <source>Service standard: {title}</source>
        <translation>Standard di servizio: {title}</translation>
    </message>
    <message>
        <source>New service standard</source>
        <translation>Nuovo standard di servizio</translation>
    </message>
    <message>
        <source>A new standard starts as a draft. Send it for review: once its approver has approved it, put it in force.</source>
        <translation>Un nuovo standard nasce come bozza. Invialo in revisione: quando il suo approvatore lo ha approvato, mettilo in vigore.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. Edit it, then send it for review to the head of department or the manager.</source>
        <translation>Versione {n}: {status}. Modificala, poi inviala in revisione al responsabile del reparto o al titolare.</translation>
    </message>
    <message>
        <source>Sent back with this note: {note}</source>
        <translation>Riportata in bozza con questa nota: {note}</translation>
    </message>
    <message>
        <source>Version {n} is with {approver} for review since {date}. Only {approver} can approve it.</source>
        <translation>La versione {n} è in revisione presso {approver} dal {date}. Solo {approver} può approvarla.</translation>
    </message>
    <message>
        <source>Version {n}: {approval} Put it in force when it should apply.</source>
        <translation>Versione {n}: {approval} Mettila in vigore quando deve valere.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. A version in force cannot be changed: make a new version to change it.</source>
        <translation>Versione {n}: {status}. Una versione in vigore non si modifica: crea una nuova versione per cambiarla.</translation>
    </message>
    <message>
        <source>Put in force on {date}; its approval was not recorded (published before icdesk kept approvals).</source>
        <translation>In vigore dal {date}; la sua approvazione non è registrata (pubblicata prima che icdesk registrasse le approvazioni).</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}.</source>
        <translation>Approvata da {approver} il {date}.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Riporta in bozza</translation>
    </message>
    <message>
        <source>What has to change? The owner sees this note on the draft.</source>
        <translation>Cosa deve cambiare? Il responsabile vede questa nota sulla bozza.</translation>
    </message>
    <message>
        <source>Version {n} – {status}, published {date}</source>
        <translation>Versione {n} – {status}, pubblicata il {date}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
</context>
<context>
    <name>StandardsScreen</name>
    <message>
        <source>Service standards</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Nuovo standard</translation>
    </message>
    <message>
        <source>A service standard (SOP) says what a department does for its internal customers, step by step, and how fast it answers and resolves. Write the first one.</source>
        <translation>Uno standard di servizio (SOP) dice cosa fa un reparto per i suoi clienti interni, passo dopo passo, e in quanto tempo risponde e risolve. Scrivi il primo.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Review due within 30 days or past</source>
        <translation>Revisione entro 30 giorni o scaduta</translation>
    </message>
    <message>
        <source>Standards in force whose review date is near or has passed: review them before the date, then make a new version or set the next date.</source>
        <translation>Standard in vigore con la data di revisione vicina o passata: rivedili prima della data, poi crea una nuova versione o fissa la prossima data.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Aggiungi passo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>head of {department}</source>
        <translation>responsabile del reparto {department}</translation>
    </message>
    <message>
        <source>owner-manager</source>
        <translation>titolare</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Invia in revisione</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” goes to the person named here. Only they can approve it; until then it cannot be changed.</source>
        <translation>La versione {n} di «{title}» va alla persona indicata qui. Solo lei può approvarla; fino ad allora non si può modificare.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approvatore</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>{owner} owns this standard and cannot also approve it: add the owner-manager in Departments &amp; People as a person of kind “Owner / shareholder”, or give the standard another owner.</source>
        <translation>{owner} è il responsabile di questo standard e non può anche approvarlo: aggiungi il titolare in Reparti e persone come persona di tipo «Titolare / socio», oppure dai allo standard un altro responsabile.</translation>
    </message>
    <message>
        <source>Nobody can approve standards of {department} yet: name its head in Departments &amp; People, or add the owner-manager there as a person of kind “Owner / shareholder”.</source>
        <translation>Nessuno può ancora approvare gli standard del reparto {department}: indicane il responsabile in Reparti e persone, oppure aggiungi lì il titolare come persona di tipo «Titolare / socio».</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Service summary</source>
        <translation>Riepilogo del servizio</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>“before”: the same number of days just before this period, {start} to {end}.</source>
        <translation>“prima”: lo stesso numero di giorni subito prima di questo periodo, dal {start} al {end}.</translation>
    </message>
    <message>
        <source>Share resolved within target, per month</source>
        <translation>Quota risolta entro l'obiettivo, per mese</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>Nessuna richiesta con un obiettivo è stata risolta in questo periodo.</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>richiesta ricevuta</numerusform>
            <numerusform>richieste ricevute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request(s) resolved</source>
        <translation>
            <numerusform>richiesta risolta</numerusform>
            <numerusform>richieste risolte</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>entro l'obiettivo</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>risoluzione mediana, tempo lavorativo</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valutazione media</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>prima: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n altro reparto</numerusform>
            <numerusform>%n altri reparti</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Richieste per reparto</translation>
    </message>
    <message>
        <source>Resolved within target, per department</source>
        <translation>Risolte entro l'obiettivo, per reparto</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Goal {share}</source>
        <translation>Obiettivo {share}</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Sotto l'obiettivo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolte</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Andamento mensile</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Entro l'obiettivo</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Nessuna richiesta in questo periodo.</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>Reparto fornitore</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>90% risolte entro</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Per reparto</translation>
    </message>
    <message>
        <source>Median working time</source>
        <translation>Tempo lavorativo mediano</translation>
    </message>
    <message>
        <source>Resolution times are working time, counted in each providing department's calendar: hours outside its working hours, public holidays, closures and time spent waiting on the requester are left out. Departments open around the clock count every hour.</source>
        <translation>I tempi di risoluzione sono tempo lavorativo, contato nel calendario di ogni reparto fornitore: ore fuori orario, festività, chiusure e tempo in attesa del richiedente sono esclusi. I reparti aperti 24 ore su 24 contano ogni ora.</translation>
    </message>
    <message>
        <source>Where service broke down</source>
        <translation>Dove il servizio si è inceppato</translation>
    </message>
    <message>
        <source>No breakdown points were named in this period.</source>
        <translation>Nessun punto critico indicato in questo periodo.</translation>
    </message>
    <message>
        <source>Feedback naming each breakdown point</source>
        <translation>Feedback per punto critico</translation>
    </message>
    <message>
        <source>Corrective actions opened</source>
        <translation>Azioni correttive aperte nel periodo</translation>
    </message>
    <message>
        <source>Corrective actions completed</source>
        <translation>Azioni correttive completate</translation>
    </message>
    <message>
        <source>Corrective actions overdue now</source>
        <translation>Azioni correttive ora in ritardo</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Riconoscimenti dati</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Chiudere il cerchio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support the idea</source>
        <translation>Sostieni l'idea</translation>
    </message>
    <message>
        <source>Who supports it</source>
        <translation>Chi la sostiene</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Sostegno</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This department does what it promised, when it promised it.</source>
        <translation>Questo reparto fa ciò che ha promesso, quando lo ha promesso.</translation>
    </message>
    <message>
        <source>This department answers promptly and helps quickly when needed.</source>
        <translation>Questo reparto risponde subito e aiuta rapidamente quando serve.</translation>
    </message>
    <message>
        <source>This department's people know their job: their work and their word can be trusted.</source>
        <translation>Le persone di questo reparto conoscono il loro lavoro: ci si può fidare del loro lavoro e della loro parola.</translation>
    </message>
    <message>
        <source>This department understands what its internal customers need.</source>
        <translation>Questo reparto capisce di che cosa hanno bisogno i suoi clienti interni.</translation>
    </message>
    <message>
        <source>This department's forms, tools and information are clear and easy to use.</source>
        <translation>I moduli, gli strumenti e le informazioni di questo reparto sono chiari e facili da usare.</translation>
    </message>
</context>
<context>
    <name>SurveyFormReport</name>
    <message>
        <source>Your own department: how well do you think {department} serves its internal customers?</source>
        <translation>Il tuo reparto: quanto bene pensi che {department} serva i suoi clienti interni?</translation>
    </message>
    <message>
        <source>Did {department} serve you between {start} and {end}? Tick the box, then rate it. Leave this part empty if it did not.</source>
        <translation>{department} ti ha servito tra il {start} e il {end}? Spunta la casella, poi dai la tua valutazione. Lascia vuota questa parte se non ti ha servito.</translation>
    </message>
    <message>
        <source>Where did it break down? Step code ({department}'s steps are listed at the end)</source>
        <translation>Dove si è inceppato? Codice del passo (i passi di {department} sono elencati alla fine)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Codice modulo</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Modulo di sondaggio</translation>
    </message>
    <message>
        <source>How well do other departments serve you? Think of the service you received between {start} and {end}: each statement is rated from 1 (do not agree at all) to 5 (fully agree).</source>
        <translation>Quanto bene ti servono gli altri reparti? Pensa al servizio ricevuto tra il {start} e il {end}: ogni affermazione si valuta da 1 (per niente d'accordo) a 5 (pienamente d'accordo).</translation>
    </message>
    <message>
        <source>{department} – anonymous form. Do not write your name: your answers are kept with your department only, and shown only where at least {n} people answered.</source>
        <translation>{department} – modulo anonimo. Non scrivere il tuo nome: le risposte sono conservate solo con il tuo reparto e mostrate solo dove hanno risposto almeno {n} persone.</translation>
    </message>
    <message>
        <source>For {name}, {department}.</source>
        <translation>Per {name}, {department}.</translation>
    </message>
    <message>
        <source>Fill in this PDF on screen, save it and send it back as it is: icdesk reads the answers from the file.</source>
        <translation>Compila questo PDF a schermo, salvalo e rimandalo così com'è: icdesk legge le risposte dal file.</translation>
    </message>
    <message>
        <source>Copy {n} of {m}</source>
        <translation>Copia {n} di {m}</translation>
    </message>
    <message>
        <source>Steps of the service standards</source>
        <translation>Passi degli standard di servizio</translation>
    </message>
    <message>
        <source>Where service broke down, write or choose the code of the step.</source>
        <translation>Dove il servizio si è inceppato, scrivi o scegli il codice del passo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standard di servizio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Survey rounds</source>
        <translation>Cicli di sondaggio</translation>
    </message>
    <message>
        <source>Start a survey round</source>
        <translation>Avvia un ciclo di sondaggio</translation>
    </message>
    <message>
        <source>A survey round asks each department how well the others serve it (“How well does IT serve you?”), on the five dimensions of internal service quality, and asks each department to rate itself too: the gap between the two views is where to start talking. Start the first round.</source>
        <translation>Un ciclo di sondaggio chiede a ogni reparto quanto bene lo servono gli altri («Quanto bene ti serve l'IT?») sulle cinque dimensioni della qualità del servizio interno, e chiede a ogni reparto di valutare anche se stesso: la distanza tra i due punti di vista è da dove iniziare a parlare. Avvia il primo ciclo.</translation>
    </message>
    <message>
        <source>Show anonymous results only where at least</source>
        <translation>Mostra i risultati anonimi solo dove hanno risposto almeno</translation>
    </message>
    <message>
        <source>people answered</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>Applies to anonymous survey answers and anonymous feedback alike; never fewer than three, so nobody can be recognised.</source>
        <translation>Vale sia per le risposte anonime ai sondaggi sia per i feedback anonimi; mai meno di tre, così nessuno può essere riconosciuto.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominativo</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Forms back</source>
        <translation>Moduli rientrati</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>About {start} to {end}, {kind}: {returned} of {invited} forms back ({rate}).</source>
        <translation>Dal {start} al {end}, {kind}: moduli rientrati {returned} su {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visione dei clienti</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Visione propria</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Divario</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A gap of half a point or more (red): the department sees its service better than its customers do – a good place to start talking.</source>
        <translation>Punteggi da 1 a 5. Un divario di mezzo punto o più (in rosso): il reparto vede il proprio servizio migliore di quanto lo vedano i clienti – un buon punto da cui iniziare a parlare.</translation>
    </message>
    <message>
        <source>No results to show yet: answers appear here as forms come back.</source>
        <translation>Ancora nessun risultato: le risposte compaiono qui man mano che i moduli rientrano.</translation>
    </message>
    <message>
        <source>{n} anonymous answers are held back: fewer than {k} people answered about that department.</source>
        <translation>Risposte anonime trattenute: {n}; su quel reparto hanno risposto meno di {k} persone.</translation>
    </message>
    <message>
        <source>Open the round (Enter) for the results by dimension and customer, the forms to print or send, reading returned forms and typing in paper ones.</source>
        <translation>Apri il ciclo (Invio) per i risultati per dimensione e cliente, i moduli da stampare o inviare, la lettura dei moduli rientrati e l'inserimento di quelli cartacei.</translation>
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
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>{name}: hours</source>
        <translation>{name}: ore</translation>
    </message>
    <message>
        <source>{name}: minutes</source>
        <translation>{name}: minuti</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training session</source>
        <translation>Sessione di formazione</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nuova sessione di formazione</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>e.g. Allergens: from the booking to the plate</source>
        <translation>ad es. Allergeni: dalla prenotazione al piatto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dato da</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Standard trattati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attending counts as reading and acknowledging the standards covered</source>
        <translation>La partecipazione vale come presa visione degli standard trattati</translation>
    </message>
    <message>
        <source>Ticked, every attendee acknowledges the version in force of each standard covered, dated the day of the session (only once the session has been held).</source>
        <translation>Se spuntato, ogni partecipante prende visione della versione in vigore di ogni standard trattato, con la data della sessione (solo dopo che la sessione si è svolta).</translation>
    </message>
    <message>
        <source>Tick this once the session has been held.</source>
        <translation>Spunta questa casella dopo che la sessione si è svolta.</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nuova sessione di formazione</translation>
    </message>
    <message>
        <source>Record the training departments give each other, with who attended and which standards it covered, and the cross-training of people who learn another department's service.</source>
        <translation>Registra la formazione che i reparti si danno a vicenda, con chi ha partecipato e quali standard ha trattato, e la formazione incrociata di chi impara il servizio di un altro reparto.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sessions and cross-training</source>
        <translation>Sessioni e formazione incrociata</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sessioni di formazione</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Formazione incrociata</translation>
    </message>
    <message>
        <source>Record cross-training…</source>
        <translation>Registra una formazione incrociata…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dato da</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Standard trattati</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Stampa il foglio presenze</translation>
    </message>
    <message>
        <source>Cross-training: service of {department}</source>
        <translation>Formazione incrociata: servizio del reparto {department}</translation>
    </message>
    <message>
        <source>Session #{n}: {topic}</source>
        <translation>Sessione n. {n}: {topic}</translation>
    </message>
    <message>
        <source>Planned: still to come</source>
        <translation>In programma: non ancora tenuta</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n presa visione</numerusform>
            <numerusform>%n prese visione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded from the attendance.</source>
        <translation>
            <numerusform>%n presa visione registrata dalle presenze.</numerusform>
            <numerusform>%n prese visione registrate dalle presenze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <source>Service of</source>
        <translation>Servizio di</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(scegli un reparto)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>all its customers</source>
        <translation>tutti i suoi clienti</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Servito a</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Richieste per mese</translation>
    </message>
    <message>
        <source>Resolved within target (%)</source>
        <translation>Risolte entro l'obiettivo (%)</translation>
    </message>
    <message>
        <source>Median time to resolve (hours)</source>
        <translation>Tempo mediano di risoluzione (ore)</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>Valutazione media (1–5)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolte</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Entro l'obiettivo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>{date}: corrective action completed – {text}</source>
        <translation>{date}: azione correttiva completata – {text}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Punteggio del sondaggio</translation>
    </message>
    <message>
        <source>Corrective action completed</source>
        <translation>Azione correttiva completata</translation>
    </message>
    <message>
        <source>✔ {date}: {text}</source>
        <translation>✔ {date}: {text}</translation>
    </message>
    <message>
        <source>• opened {date}: {text}</source>
        <translation>• aperta il {date}: {text}</translation>
    </message>
    <message>
        <source>Corrective actions of this department in the period:</source>
        <translation>Azioni correttive di questo reparto nel periodo:</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Preparing this company's file for the new version of icdesk: searches and sorting will read it from an index. This happens once.</source>
        <translation>Preparazione del file di questa azienda per la nuova versione di icdesk: ricerche e ordinamenti lo leggeranno da un indice. Succede una volta sola.</translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation>Aggiornamento del file dati</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to icdesk</source>
        <translation>Benvenuto in icdesk</translation>
    </message>
    <message>
        <source>icdesk helps your departments serve each other well: service standards, internal requests, feedback, corrective actions and recognition, all kept in one file on this computer.</source>
        <translation>icdesk aiuta i tuoi reparti a servirsi bene a vicenda: standard di servizio, richieste interne, feedback, azioni correttive e riconoscimenti, tutto in un unico file su questo computer.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell'azienda</translation>
    </message>
    <message>
        <source>e.g. Hotel Aurora</source>
        <translation>ad es. Hotel Aurora</translation>
    </message>
    <message>
        <source>Service vision (optional)</source>
        <translation>Visione del servizio (facoltativa)</translation>
    </message>
    <message>
        <source>One shared definition of great service, inside and outside.</source>
        <translation>Una definizione condivisa di servizio eccellente, dentro e fuori.</translation>
    </message>
    <message>
        <source>Start empty: I will add my own departments</source>
        <translation>Inizia vuoto: aggiungerò i miei reparti</translation>
    </message>
    <message>
        <source>Start with the example hotel, to look around first</source>
        <translation>Inizia con l'hotel di esempio, per dare prima un'occhiata</translation>
    </message>
    <message>
        <source>The example hotel is written in English; your own company is kept in the words you type.</source>
        <translation>L'hotel di esempio è scritto in inglese; la tua azienda resta con le parole che scrivi tu.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Chi sta lavorando?</translation>
    </message>
    <message>
        <source>Several PCs work on this company. Say who is using icdesk here, so the history of each request names who did what. This PC remembers it; File → Who is working… changes it.</source>
        <translation>Più PC lavorano su questa azienda. Indica chi usa icdesk qui, così la cronologia di ogni richiesta dice chi ha fatto cosa. Questo PC lo ricorda; File → Chi sta lavorando… lo cambia.</translation>
    </message>
    <message>
        <source>Working here</source>
        <translation>Lavora qui</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>{file} could not be saved in {folder}. Choose another folder, or check that the folder may be written to and the disk has room.</source>
        <translation>Non è stato possibile salvare {file} in {folder}. Scegli un'altra cartella, oppure controlla che nella cartella si possa scrivere e che il disco abbia spazio.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Qualcosa è andato storto: {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the data file</source>
        <translation>Impossibile aprire il file di dati</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Subentra</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Ripristina da backup…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Connetti a un server…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Apri file di dati</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept as it was, as {kept}.</source>
        <translation>Il backup è stato ripristinato. Il file danneggiato è conservato così com'era, come {kept}.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot show the data</source>
        <translation>Impossibile mostrare i dati</translation>
    </message>
    <message>
        <source>(no log could be written)</source>
        <translation>(non è stato possibile scrivere un registro)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>icdesk ran into a problem it did not expect ({what}). Nothing half-done was saved: a change in progress was undone, and everything saved before is still there. The details for support are in {log}.</source>
        <translation>icdesk ha incontrato un problema imprevisto ({what}). Non è stato salvato nulla a metà: una modifica in corso è stata annullata e tutto ciò che era già salvato è ancora lì. I dettagli per l'assistenza sono in {log}.</translation>
    </message>
</context>
</TS>