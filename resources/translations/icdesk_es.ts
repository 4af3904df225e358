<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AckMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>{title}, version {n}, of {department}</source>
        <translation>{title}, versión {n}, del departamento {department}</translation>
    </message>
    <message>
        <source>signed v{n}</source>
        <translation>firmó la v{n}</translation>
    </message>
    <message>
        <source>{person} – {title}, version {n}</source>
        <translation>{person} – {title}, versión {n}</translation>
    </message>
    <message>
        <source>Not acknowledged yet. Double-click to record it.</source>
        <translation>Aún sin confirmación de lectura. Haga doble clic para registrarla.</translation>
    </message>
    <message>
        <source>Version {n} acknowledged on {date} ({how}).</source>
        <translation>Lectura de la versión {n} confirmada el {date} ({how}).</translation>
    </message>
    <message>
        <source>Outdated: a major revision since asks everyone to read it again.</source>
        <translation>Desactualizada: una revisión mayor posterior pide a todos volver a leerlo.</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Record an acknowledgement</source>
        <translation>Registrar una confirmación de lectura</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versión {n}</translation>
    </message>
    <message>
        <source>{person} signed version {old}; a major revision since asks everyone to read it again.</source>
        <translation>{person} firmó la versión {old}; una revisión mayor posterior pide a todos volver a leerlo.</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Lectura confirmada el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
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
        <translation>Quién debe firmar todavía</translation>
    </message>
    <message>
        <source>Acknowledgement of the service standards in force, on {date}.</source>
        <translation>Confirmación de lectura de los estándares de servicio en vigor, a {date}.</translation>
    </message>
    <message>
        <source>No standard in force applies to anyone yet.</source>
        <translation>Ningún estándar en vigor afecta todavía a nadie.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>Porcentaje al día</translation>
    </message>
    <message>
        <source>Outdated: signed an earlier version, before a major revision. A minor revision (wording, a typo) keeps earlier signatures current.</source>
        <translation>Desactualizada: se firmó una versión anterior, antes de una revisión mayor. Una revisión menor (redacción, una errata) mantiene al día las firmas anteriores.</translation>
    </message>
    <message>
        <source>{current} of {required} acknowledgements current.</source>
        <translation>{current} de {required} confirmaciones de lectura al día.</translation>
    </message>
    <message>
        <source>Everyone here has acknowledged every standard in force that applies to them.</source>
        <translation>Aquí todos han confirmado la lectura de cada estándar en vigor que les afecta.</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the version of the standard named on my line.</source>
        <translation>Con mi firma confirmo que he leído y comprendido la versión del estándar indicada en mi línea.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>outdated: signed version {n}</source>
        <translation>desactualizada: firmó la versión {n}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsScreen</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <source>Enter a signed sheet…</source>
        <translation>Registrar una hoja firmada…</translation>
    </message>
    <message>
        <source>Everyone reads and acknowledges the service standards that apply to them: those of their own department and those that name their department as readers. Once a standard is in force, its people appear here.</source>
        <translation>Cada persona lee y confirma la lectura de los estándares de servicio que le afectan: los de su propio departamento y los que nombran a su departamento como lector. Cuando un estándar entra en vigor, sus personas aparecen aquí.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only what is still to sign</source>
        <translation>Solo lo pendiente de firmar</translation>
    </message>
    <message>
        <source>Print who still has to sign…</source>
        <translation>Imprimir quién debe firmar todavía…</translation>
    </message>
    <message>
        <source>Record acknowledgement…</source>
        <translation>Registrar la confirmación de lectura…</translation>
    </message>
    <message>
        <source>Take back this acknowledgement (entered by mistake)…</source>
        <translation>Anular esta confirmación de lectura (registrada por error)…</translation>
    </message>
    <message>
        <source>{current} of {required} current ({share}) · {outdated} outdated · {missing} missing</source>
        <translation>{current} de {required} al día ({share}) · desactualizadas: {outdated} · pendientes: {missing}</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>Anular la confirmación de lectura</translation>
    </message>
    <message>
        <source>Take back {person}'s acknowledgement of version {n}? Use this only for a tick entered by mistake.</source>
        <translation>¿Anular la confirmación de lectura de la versión {n} de {person}? Úselo solo para una marca registrada por error.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Draft made</source>
        <translation>Borrador creado</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” is a draft now, and this action is done. Open the draft to finish it and send it for review?</source>
        <translation>La versión {n} de «{title}» es ahora un borrador y esta acción está completada. ¿Abrir el borrador para terminarlo y enviarlo a revisión?</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Abrir el borrador</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation>Nueva acción correctiva</translation>
    </message>
    <message>
        <source>request #{n}</source>
        <translation>solicitud n.º {n}</translation>
    </message>
    <message>
        <source>feedback #{n}</source>
        <translation>valoración n.º {n}</translation>
    </message>
    <message>
        <source>idea #{n}</source>
        <translation>idea n.º {n}</translation>
    </message>
    <message>
        <source>Follows up {source}.</source>
        <translation>Seguimiento de la {source}.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>{department} rated {rating} / 5 by {who}</source>
        <translation>{department} recibió una valoración de {rating} / 5 ({who})</translation>
    </message>
    <message>
        <source>Corrective action #{n} ({status}, due {due}) already follows this up: “{what}”</source>
        <translation>La acción correctiva n.º {n} ({status}, vence el {due}) ya se ocupa de esto: «{what}»</translation>
    </message>
    <message>
        <source>Closed by revising “{title}” (version {n}).</source>
        <translation>Cerrada con la revisión de «{title}» (versión {n}).</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Close by revising a standard…</source>
        <translation>Cerrar revisando un estándar…</translation>
    </message>
    <message>
        <source>When the fix is a change to a service standard: its new draft is made, linked to this action and to the feedback behind it, and the action is done.</source>
        <translation>Cuando la solución es un cambio en un estándar de servicio: se crea su nuevo borrador, vinculado a esta acción y a la valoración que la originó, y la acción queda terminada.</translation>
    </message>
    <message>
        <source>Close by revising a standard</source>
        <translation>Cerrar revisando un estándar</translation>
    </message>
    <message>
        <source>Standard revised: {what}</source>
        <translation>Estándar revisado: {what}</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>A corrective action is what will be done about poor feedback or a failed request: who does it and by when. Open the first one.</source>
        <translation>Una acción correctiva es lo que se hará ante una mala valoración o una solicitud fallida: quién la hace y para cuándo. Abra la primera.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no terminadas</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo atrasadas</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Show finished actions</source>
        <translation>Mostrar las acciones terminadas</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be done: “Not done yet” hides %n finished action(s).</source>
        <translation>
            <numerusform>No hay nada pendiente: “Aún no terminadas” oculta %n acción terminada.</numerusform>
            <numerusform>No hay nada pendiente: “Aún no terminadas” oculta %n acciones terminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Acuerdo de servicio</translation>
    </message>
    <message>
        <source>Provider (gives the service)</source>
        <translation>Proveedor (presta el servicio)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Customer (receives it)</source>
        <translation>Cliente (lo recibe)</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Qué necesita el cliente</translation>
    </message>
    <message>
        <source>What the provider needs in return</source>
        <translation>Qué necesita el proveedor a cambio</translation>
    </message>
    <message>
        <source>Standards that apply</source>
        <translation>Estándares aplicables</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>no prevista</translation>
    </message>
    <message>
        <source>Internal service runs both ways: the manager needs IT to have a new hire's computer ready, and IT needs to hear of the hire early.</source>
        <translation>El servicio interno va en los dos sentidos: el responsable necesita que IT tenga listo el ordenador del nuevo empleado, e IT necesita saber de la contratación con tiempo.</translation>
    </message>
    <message>
        <source>Choose the provider: its standards in force are listed here.</source>
        <translation>Elija el proveedor: aquí aparecen sus estándares en vigor.</translation>
    </message>
    <message>
        <source>{department} has no standard in force yet: publish one in Service standards, then link it here.</source>
        <translation>{department} aún no tiene ningún estándar en vigor: publique uno en Estándares de servicio y luego vincúlelo aquí.</translation>
    </message>
    <message>
        <source>A department cannot have an agreement with itself.</source>
        <translation>Un departamento no puede tener un acuerdo consigo mismo.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Service agreement</source>
        <translation>Acuerdo de servicio</translation>
    </message>
    <message>
        <source>between {provider} (provider) and {customer} (customer)</source>
        <translation>entre {provider} (proveedor) y {customer} (cliente)</translation>
    </message>
    <message>
        <source>What {customer} needs from {provider}</source>
        <translation>Qué necesita {customer} de {provider}</translation>
    </message>
    <message>
        <source>What {provider} needs from {customer} in return</source>
        <translation>Qué necesita {provider} de {customer} a cambio</translation>
    </message>
    <message>
        <source>Service standards that apply</source>
        <translation>Estándares de servicio aplicables</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>No standard is linked to this agreement.</source>
        <translation>No hay ningún estándar vinculado a este acuerdo.</translation>
    </message>
    <message>
        <source>To be reviewed by {date}.</source>
        <translation>Revisar antes del {date}.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Both departments agree to give the service described above and to tell each other early when they cannot.</source>
        <translation>Ambos departamentos se comprometen a prestar el servicio descrito y a avisarse con tiempo cuando no puedan hacerlo.</translation>
    </message>
    <message>
        <source>For {department}</source>
        <translation>Por {department}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Service agreements</source>
        <translation>Acuerdos de servicio</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>A service agreement writes down what a customer department needs from its provider, and what the provider needs back in return. Agree the first one.</source>
        <translation>Un acuerdo de servicio pone por escrito qué necesita un departamento cliente de su proveedor y qué necesita el proveedor a cambio. Acuerde el primero.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Necesidades del cliente</translation>
    </message>
    <message>
        <source>Provider needs in return</source>
        <translation>Necesidades del proveedor a cambio</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the agreement of {provider} serving {customer}?</source>
        <translation>¿Restaurar el acuerdo con el que {provider} sirve a {customer}?</translation>
    </message>
    <message>
        <source>Archive the agreement of {provider} serving {customer}? It stays in the history and can be restored with Show archived.</source>
        <translation>¿Archivar el acuerdo con el que {provider} sirve a {customer}? Queda en el historial y se puede restaurar con Mostrar archivados.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version {n}</source>
        <translation>Aprobar la versión {n}</translation>
    </message>
    <message>
        <source>Only {approver}, named when it was sent for review, can approve this version.</source>
        <translation>Solo puede aprobar esta versión {approver}, la persona nombrada al enviarla a revisión.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>This revision is</source>
        <translation>Esta revisión es</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; everyone who signed the version before stays current. Major: what people do changes; everyone signs again.</source>
        <translation>Menor: una errata o una redacción más clara; quien firmó la versión anterior sigue al día. Mayor: cambia lo que se hace; todos firman de nuevo.</translation>
    </message>
    <message>
        <source>Major: what people do changes; everyone signs version {n} again, earlier signatures no longer count.</source>
        <translation>Mayor: cambia lo que hace la gente; todos confirman de nuevo la lectura de la versión {n}, las confirmaciones anteriores dejan de contar.</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again.</source>
        <translation>Menor: una errata o una redacción más clara; quien ya confirmó sigue al día, nadie confirma de nuevo.</translation>
    </message>
    <message>
        <source>Put it in force now</source>
        <translation>Ponerlo en vigor ahora</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Training attendance sheet</source>
        <translation>Hoja de asistencia a la formación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Estándares tratados</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versión {n}</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training and have read and understood the standards it covered.</source>
        <translation>Con mi firma confirmo que he asistido a esta formación y que he leído y comprendido los estándares tratados.</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training.</source>
        <translation>Con mi firma confirmo que he asistido a esta formación.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>BaseReport</name>
    <message>
        <source>Some characters cannot be printed with this document's font and are shown as �: {characters}.</source>
        <translation>Algunos caracteres no se pueden imprimir con la fuente del documento y aparecen como �: {characters}.</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Generado el {date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
    </message>
    <message>
        <source>Uncontrolled when printed</source>
        <translation>Copia no controlada si se imprime</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Provided by</source>
        <translation>Prestado por</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Prestado a</translation>
    </message>
    <message>
        <source>Where service broke down, most often first: points named in feedback, poor ratings, targets missed, and requests open and late now. The line adds them up: the first few usually explain most of it (Pareto).</source>
        <translation>Dónde falló el servicio, primero lo más frecuente: puntos de fallo indicados en las valoraciones, valoraciones bajas, plazos incumplidos y solicitudes abiertas y atrasadas ahora. La línea los suma: los primeros suelen explicar casi todo (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns, most frequent first</source>
        <translation>Fallos, primero los más frecuentes</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Proporción acumulada</translation>
    </message>
    <message>
        <source>Rank: the most frequent breakdown first</source>
        <translation>Posición: primero el fallo más frecuente</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>Customers it hit</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>Corrective actions of the department</source>
        <translation>Acciones correctivas del departamento</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Abrir acción correctiva…</translation>
    </message>
    <message>
        <source>Running share (%)</source>
        <translation>Proporción acumulada (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n breakdown(s) in {period}.</source>
        <translation>
            <numerusform>%n fallo en {period}.</numerusform>
            <numerusform>%n fallos en {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {k} listed account for {share}.</source>
        <translation>Los {k} de la lista suponen el {share}.</translation>
    </message>
    <message>
        <source>{n} named in anonymous feedback are left out: too few people gave them to stay anonymous.</source>
        <translation>Puntos indicados en valoraciones anónimas excluidos: {n}; demasiado pocas personas los dieron para seguir siendo anónimos.</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Ningún fallo en este periodo.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>hecha el {date}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>{point}{where} ({period}: {n}×). What we will change:</source>
        <translation>{point}{where} ({period}: {n}×). Qué vamos a cambiar:</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working hours of {name}</source>
        <translation>Horario de trabajo: {name}</translation>
    </message>
    <message>
        <source>The targets of {name}'s service standards count only its working time: a 4-hour target logged on Friday at 16:30 falls due on Monday when it works 9 to 5.</source>
        <translation>Los plazos de los estándares de servicio de {name} cuentan solo su horario de trabajo: un objetivo de 4 horas registrado el viernes a las 16:30 vence el lunes si trabaja de 9 a 17.</translation>
    </message>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Abierto las 24 horas (24/7)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Same hours Monday to Friday</source>
        <translation>Mismo horario de lunes a viernes</translation>
    </message>
    <message>
        <source>Copy Monday's hours to Tuesday, Wednesday, Thursday and Friday</source>
        <translation>Copie el horario del lunes al martes, miércoles, jueves y viernes</translation>
    </message>
    <message>
        <source>Write times like 09:00–13:00, 14:00–18:00; split shifts are several intervals on one line. Leave a day empty when it is closed.</source>
        <translation>Escriba las horas como 09:00–13:00, 14:00–18:00; los turnos partidos son varios intervalos en una línea. Deje vacío un día cerrado.</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Festivos de</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Add closure…</source>
        <translation>Añadir cierre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message numerus="yes">
        <source>Saving gives the %n open request(s) of {name} new due times in these hours.</source>
        <translation>
            <numerusform>Al guardar, %n solicitud abierta de {name} recibe nuevos vencimientos en este horario.</numerusform>
            <numerusform>Al guardar, %n solicitudes abiertas de {name} reciben nuevos vencimientos en este horario.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(todo el país)</translation>
    </message>
    <message>
        <source>No public holidays: every day with hours is a working day.</source>
        <translation>Sin festivos: todo día con horario es laborable.</translation>
    </message>
    <message>
        <source>No public holiday in the next 12 months.</source>
        <translation>Ningún festivo en los próximos 12 meses.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {holiday} (%n in the next 12 months)</source>
        <translation>
            <numerusform>Próximo: {holiday} (%n en los próximos 12 meses)</numerusform>
            <numerusform>Próximo: {holiday} (%n en los próximos 12 meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>toda la empresa</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Calculando los nuevos vencimientos de las solicitudes abiertas…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>open around the clock</source>
        <translation>abierto las 24 horas</translation>
    </message>
    <message>
        <source>public holidays of {place}</source>
        <translation>festivos: {place}</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel request #{n}</source>
        <translation>Cancelar la solicitud n.º {n}</translation>
    </message>
    <message>
        <source>A cancelled request cannot be reopened. The reason goes into its history, so the person who asked knows why nothing will be done.</source>
        <translation>Una solicitud cancelada no se puede reabrir. El motivo queda en su historial, para que quien la pidió sepa por qué no se hará nada.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>¿Por qué se cancela?</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Mantener la solicitud</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Cerrado todo el día</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Cerrado de</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. Christmas Eve afternoon, August shutdown</source>
        <translation>p. ej. tarde de Nochebuena, cierre de agosto</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>The whole company (every department with working hours)</source>
        <translation>Toda la empresa (cada departamento con horario de trabajo)</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company details</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Service vision</source>
        <translation>Visión del servicio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>The name, address, logo and service vision appear on the cover and pages of every printed document.</source>
        <translation>El nombre, la dirección, el logotipo y la visión del servicio aparecen en la portada y las páginas de cada documento impreso.</translation>
    </message>
    <message>
        <source>Dates, times and working hours are the company's, in its time zone, whatever this computer is set to. A new time zone gives open requests new due times.</source>
        <translation>Las fechas, horas y horarios de trabajo son los de la empresa, en su zona horaria, sea cual sea la de este ordenador. Una nueva zona horaria da nuevos vencimientos a las solicitudes abiertas.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Choose a picture (PNG, JPEG or SVG) smaller than 10 MB.</source>
        <translation>Elija una imagen (PNG, JPEG o SVG) de menos de 10 MB.</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Calculando los nuevos vencimientos de las solicitudes abiertas…</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Version {n} ({status})</source>
        <translation>Versión {n} (estado: {status})</translation>
    </message>
    <message>
        <source>Show what did not change</source>
        <translation>Mostrar también lo que no cambió</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed</source>
        <translation>cambiados: {changed}, añadidos: {added}, quitados: {removed}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Resuelto en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>When several PCs work on one company at once, it lives in a PostgreSQL database on a server of the office network. Type what whoever set up the server gave you.</source>
        <translation>Cuando varios PC trabajan a la vez con una misma empresa, esta vive en una base de datos PostgreSQL en un servidor de la red de la oficina. Escriba los datos que le dio quien configuró el servidor.</translation>
    </message>
    <message>
        <source>(type a new one below)</source>
        <translation>(escriba uno nuevo abajo)</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recientes</translation>
    </message>
    <message>
        <source>e.g. office-server or 192.168.1.20</source>
        <translation>p. ej. servidor-oficina o 192.168.1.20</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>e.g. hotel</source>
        <translation>p. ej. hotel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Recordar la contraseña en este PC</translation>
    </message>
    <message>
        <source>This PC has no password keyring, so icdesk cannot remember the password here: it asks for it each time the company is opened.</source>
        <translation>Este PC no tiene un llavero de contraseñas, así que icdesk no puede recordar la contraseña aquí: la pide cada vez que se abre la empresa.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>kept on this PC</source>
        <translation>guardada en este PC</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} en {host}</translation>
    </message>
    <message>
        <source>Connected: {place} holds an icdesk company.</source>
        <translation>Conectado: {place} contiene una empresa de icdesk.</translation>
    </message>
    <message>
        <source>Connected: {place} is empty; Connect offers to set up a new company there or to copy this one into it.</source>
        <translation>Conectado: {place} está vacía; Conectar ofrece crear allí una empresa nueva o copiar esta en ella.</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Una base de datos vacía</translation>
    </message>
    <message>
        <source>{place} holds no icdesk company yet. Set up a new company there, or copy the company open now into it (every record, with the same numbers; the file stays as it is)?</source>
        <translation>{place} aún no contiene ninguna empresa de icdesk. ¿Crear allí una empresa nueva o copiar en ella la empresa abierta ahora (todos los registros, con los mismos números; el archivo queda como está)?</translation>
    </message>
    <message>
        <source>Set up a new company</source>
        <translation>Crear una empresa nueva</translation>
    </message>
    <message>
        <source>Copy this company into it</source>
        <translation>Copiar esta empresa en ella</translation>
    </message>
    <message>
        <source>Copying the company to {host}…</source>
        <translation>Copiando la empresa a {host}…</translation>
    </message>
    <message>
        <source>Copying the company to {host}… {count} records so far</source>
        <translation>Copiando la empresa a {host}… {count} registros hasta ahora</translation>
    </message>
    <message>
        <source>Company copied</source>
        <translation>Empresa copiada</translation>
    </message>
    <message>
        <source>{count} records were copied to {address}; every table there holds as many rows as in {source}. The window now works on the server; the file stays as it was.</source>
        <translation>Se copiaron {count} registros a {address}; cada tabla allí tiene tantas filas como en {source}. La ventana trabaja ahora en el servidor; el archivo queda como estaba.</translation>
    </message>
    <message>
        <source>The password could not be kept in this PC's keyring; icdesk will ask for it next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero de este PC; icdesk la pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>CrossTrainingDialog</name>
    <message>
        <source>Cross-training</source>
        <translation>Formación cruzada</translation>
    </message>
    <message>
        <source>Record cross-training</source>
        <translation>Registrar una formación cruzada</translation>
    </message>
    <message>
        <source>Cross-training: someone learns how another department serves its colleagues, so they can step in and ask for the right thing.</source>
        <translation>Formación cruzada: alguien aprende cómo otro departamento atiende a sus compañeros, para poder echar una mano y pedir lo correcto.</translation>
    </message>
    <message>
        <source>Who learned</source>
        <translation>Quién aprendió</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Department's service learned</source>
        <translation>Servicio del departamento aprendido</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Formado por</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Qué aprendió</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Finishing today's backup…</source>
        <translation>Terminando la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Latest recognitions</source>
        <translation>Últimos reconocimientos</translation>
    </message>
    <message>
        <source>Internal customer service</source>
        <translation>Servicio al cliente interno</translation>
    </message>
    <message>
        <source>Requests logged</source>
        <translation>Solicitudes registradas</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>En plazo (%)</translation>
    </message>
    <message>
        <source>Anonymous ratings count once {k} are given in a month ({n} waiting).</source>
        <translation>Las valoraciones anónimas cuentan cuando se dan {k} en un mes ({n} en espera).</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>solicitud abierta</numerusform>
            <numerusform>solicitudes abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} in the last 30 days</source>
        <translation>{change} en los últimos 30 días</translation>
    </message>
    <message numerus="yes">
        <source>overdue request(s) – past a target</source>
        <translation>
            <numerusform>solicitud atrasada – pasado un objetivo</numerusform>
            <numerusform>solicitudes atrasadas – pasado un objetivo</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} went past a target in 30 days (30 days before: {m})</source>
        <translation>Superaron un plazo en 30 días: {n} (30 días antes: {m})</translation>
    </message>
    <message>
        <source>none of them had a deadline to resolve by: a standard's resolution target or a day needed by gives one</source>
        <translation>ninguna tenía plazo de resolución: lo da el objetivo de resolución de un estándar o el día para el que se necesita</translation>
    </message>
    <message numerus="yes">
        <source>resolved within target, last 30 days (%n resolved)</source>
        <translation>
            <numerusform>resueltas en plazo, últimos 30 días (%n resuelta)</numerusform>
            <numerusform>resueltas en plazo, últimos 30 días (%n resueltas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on the 30 days before</source>
        <translation>
            <numerusform>%n punto respecto a los 30 días anteriores</numerusform>
            <numerusform>%n puntos respecto a los 30 días anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average rating, last 30 days (%n rating(s))</source>
        <translation>
            <numerusform>valoración media, últimos 30 días (%n valoración)</numerusform>
            <numerusform>valoración media, últimos 30 días (%n valoraciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on the 30 days before</source>
        <translation>{change} respecto a los 30 días anteriores</translation>
    </message>
    <message numerus="yes">
        <source>open corrective action(s)</source>
        <translation>
            <numerusform>acción correctiva abierta</numerusform>
            <numerusform>acciones correctivas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on 30 days ago</source>
        <translation>{change} respecto a hace 30 días</translation>
    </message>
    <message numerus="yes">
        <source>corrective action(s) past the due date</source>
        <translation>
            <numerusform>acción correctiva fuera de plazo</numerusform>
            <numerusform>acciones correctivas fuera de plazo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)</source>
        <translation>
            <numerusform>confirmación de lectura pendiente (sin firmar: {missing}, desactualizadas: {outdated})</numerusform>
            <numerusform>confirmaciones de lectura pendientes (sin firmar: {missing}, desactualizadas: {outdated})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standard review(s) due within 30 days ({late} past their date)</source>
        <translation>
            <numerusform>revisión de estándar en los próximos 30 días (ya vencidas: {late})</numerusform>
            <numerusform>revisiones de estándares en los próximos 30 días (ya vencidas: {late})</numerusform>
        </translation>
    </message>
    <message>
        <source>No recognitions yet: thank someone for good service.</source>
        <translation>Aún no hay reconocimientos: agradezca a alguien un buen servicio.</translation>
    </message>
    <message>
        <source>Requests per month, share within target</source>
        <translation>Solicitudes por mes, proporción en plazo</translation>
    </message>
    <message>
        <source>Average rating per month</source>
        <translation>Valoración media por mes</translation>
    </message>
    <message>
        <source>Getting started: add your departments and people (Departments &amp; People), write each department's service standards, then log the requests departments make of each other.</source>
        <translation>Para empezar: añada sus departamentos y personas (Departamentos y personas), escriba los estándares de servicio de cada departamento y registre las solicitudes que los departamentos se hacen entre sí.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>There is no day {day} in {month}: the date now reads {date}. Check it.</source>
        <translation>No hay día {day} en {month}: la fecha ahora es {date}. Compruébela.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Editar departamento</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuevo departamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Housekeeping</source>
        <translation>p. ej. Pisos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>made from the name, e.g. HOU</source>
        <translation>se forma con el nombre, p. ej. PIS</translation>
    </message>
    <message>
        <source>Names the department's documents: HOU-003 is its third service standard. It stays the same when the department is renamed.</source>
        <translation>Da nombre a los documentos del departamento: HOU-003 es su tercer estándar de servicio. No cambia aunque el departamento cambie de nombre.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
</context>
<context>
    <name>DepartmentList</name>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuevo departamento</translation>
    </message>
    <message>
        <source>Departments serve each other: IT serves accounting, the kitchen serves the dining room. Add your first department to start.</source>
        <translation>Los departamentos se sirven entre sí: IT sirve a contabilidad, la cocina sirve al comedor. Añada su primer departamento para empezar.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Working hours…</source>
        <translation>Horario de trabajo…</translation>
    </message>
    <message>
        <source>Hours, public holidays and closures: the time its targets count</source>
        <translation>Horario, festivos y cierres: el tiempo que cuentan sus objetivos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore {name}? It appears again when requests are logged.</source>
        <translation>¿Restaurar {name}? Volverá a aparecer al registrar solicitudes.</translation>
    </message>
    <message>
        <source>Archive {name}? Its requests, standards and feedback stay in the history; it no longer appears when new requests are logged.</source>
        <translation>¿Archivar {name}? Sus solicitudes, estándares y valoraciones quedan en el historial; ya no aparecerá al registrar nuevas solicitudes.</translation>
    </message>
    <message>
        <source>People in it: {n}. They stay in it; move to another department those who now work elsewhere.</source>
        <translation>Personas del departamento: {n}. Siguen en él; pase a otro departamento a quienes ahora trabajan en otro sitio.</translation>
    </message>
    <message>
        <source>Open requests asked of it: {n}. They stay open until they are finished or cancelled.</source>
        <translation>Solicitudes abiertas dirigidas a él: {n}. Siguen abiertas hasta que se terminen o se cancelen.</translation>
    </message>
    <message>
        <source>Average rating as provider</source>
        <translation>Valoración media como proveedor</translation>
    </message>
    <message>
        <source>Average rating it gave as customer</source>
        <translation>Valoración media que dio como cliente</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Nobody in this department yet.</source>
        <translation>Aún no hay nadie en este departamento.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>No standards yet.</source>
        <translation>Aún no hay estándares.</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Sin acuerdos.</translation>
    </message>
    <message>
        <source>Gives service to</source>
        <translation>Presta servicio a</translation>
    </message>
    <message>
        <source>Needs service from</source>
        <translation>Necesita servicio de</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Solicitudes recientes</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aún no hay solicitudes.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Type the form code printed on a paper form and press Enter (or pick the form). Then type the scores: a digit from 1 to 5 fills the cell and moves to the next; Delete clears it. Tick only the departments that served the respondent. Ctrl+S saves the form and makes room for the next one.</source>
        <translation>Escriba el código impreso en el formulario de papel y pulse Intro (o elija el formulario). Después teclee las puntuaciones: una cifra del 1 al 5 rellena la celda y pasa a la siguiente; Supr la vacía. Marque solo los departamentos que atendieron al encuestado. Ctrl+S guarda el formulario y deja sitio para el siguiente.</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Código del formulario</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Guardar el formulario</translation>
    </message>
    <message>
        <source>(choose a form)</source>
        <translation>(elija un formulario)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>{n} of {m} back</source>
        <translation>devueltos {n} de {m}</translation>
    </message>
    <message>
        <source>This round is finished: no more answers can be typed in. Its results stand on the Results tab.</source>
        <translation>Esta ronda ha terminado: ya no se pueden escribir respuestas. Sus resultados están en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>{department} – {who} – form {code}</source>
        <translation>{department} – {who} – formulario {code}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>Step code</source>
        <translation>Código del paso</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>{name} (own view)</source>
        <translation>{name} (autoevaluación)</translation>
    </message>
    <message>
        <source>No steps listed for this department.</source>
        <translation>No hay pasos para este departamento.</translation>
    </message>
    <message>
        <source>This form has already come back in full; saving will be refused.</source>
        <translation>Este formulario ya ha vuelto completo; se rechazará guardarlo.</translation>
    </message>
    <message>
        <source>Saved: {n} answers from {who}. Next form?</source>
        <translation>Guardado: respuestas de {who}: {n}. ¿Siguiente formulario?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>El campo «{label}» no puede estar vacío.</translation>
    </message>
    <message>
        <source>{label} is too long: {count} characters, at most {limit} are allowed.</source>
        <translation>El campo «{label}» es demasiado largo: {count} caracteres, se permiten como máximo {limit}.</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>La valoración debe ser un número entero del 1 al 5.</translation>
    </message>
    <message>
        <source>A request that is {status} cannot be moved to {target}.</source>
        <translation>Una solicitud en estado «{status}» no puede pasar a «{target}».</translation>
    </message>
    <message>
        <source>A corrective action that is {status} cannot be moved to {target}.</source>
        <translation>Una acción correctiva en estado «{status}» no puede pasar a «{target}».</translation>
    </message>
    <message>
        <source>The due date ({due}) is before the action was opened ({opened}).</source>
        <translation>La fecha límite ({due}) es anterior a la apertura de la acción ({opened}).</translation>
    </message>
    <message>
        <source>This request is {status}; it cannot be changed any more.</source>
        <translation>Esta solicitud está en estado «{status}»; ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>acción correctiva</translation>
    </message>
    <message>
        <source>Write down the outcome: what was done and whether it worked.</source>
        <translation>Escriba el resultado: qué se hizo y si funcionó.</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Qué necesita el cliente</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Qué necesita el proveedor</translation>
    </message>
    <message>
        <source>Write down what at least one side needs from the other.</source>
        <translation>Escriba qué necesita al menos una de las partes de la otra.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>Only standards of the providing department can be linked to this agreement.</source>
        <translation>A este acuerdo solo se pueden vincular estándares del departamento proveedor.</translation>
    </message>
    <message>
        <source>A department cannot have a service agreement with itself.</source>
        <translation>Un departamento no puede tener un acuerdo de servicio consigo mismo.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>No se restauró nada: {error}</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}.</source>
        <translation>No se restauró nada: {error}.</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the one in use.</source>
        <translation>Elija para la copia un archivo distinto del que está en uso.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>The backup was not made: {error}</source>
        <translation>No se hizo la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>That record ({label}) no longer exists; refresh the list and try again.</source>
        <translation>Este registro ({label}) ya no existe; actualice la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This file already holds data; the example company goes into a new, empty file.</source>
        <translation>Este archivo ya contiene datos; la empresa de ejemplo va en un archivo nuevo y vacío.</translation>
    </message>
    <message>
        <source>The CSV file was not written: {value}.</source>
        <translation>No se escribió el archivo CSV: {value}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {join}.</source>
        <translation>No se puede exportar «{kind}»; elija uno de {join}.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>A department cannot rate its own service.</source>
        <translation>Un departamento no puede valorar su propio servicio.</translation>
    </message>
    <message>
        <source>Only a resolved or closed request can be rated; finish the work first.</source>
        <translation>Solo se puede valorar una solicitud resuelta o cerrada; termine primero el trabajo.</translation>
    </message>
    <message>
        <source>{full_name} worked on this request and cannot rate it.</source>
        <translation>{full_name} trabajó en esta solicitud y no puede valorarla.</translation>
    </message>
    <message>
        <source>Choose the request or the department this feedback is about.</source>
        <translation>Elija la solicitud o el departamento al que se refiere esta valoración.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {join}.</source>
        <translation>«{value}» no es ninguno de: {join}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {value}.</source>
        <translation>No se puede leer {path}: {value}.</translation>
    </message>
    <message>
        <source>There is no department called “{name}”.</source>
        <translation>No hay ningún departamento llamado «{name}».</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person.</source>
        <translation>«{name}» coincide con más de una persona.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>Nombre del departamento</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Say which department provides it.</source>
        <translation>Indique qué departamento lo presta.</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Indique quién lo pide: una persona o un departamento.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of people.</source>
        <translation>«{name}» no está en la lista de personas.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The service vision</source>
        <translation>Visión del servicio</translation>
    </message>
    <message>
        <source>“{email}” does not look like an e-mail address.</source>
        <translation>«{email}» no parece una dirección de correo.</translation>
    </message>
    <message>
        <source>A department called “{name}” already exists.</source>
        <translation>Ya existe un departamento llamado «{name}».</translation>
    </message>
    <message>
        <source>An archived department called “{name}” already exists; restore it instead.</source>
        <translation>Ya existe un departamento archivado llamado «{name}»; restáurelo.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Choose who is being recognised: a person or a department.</source>
        <translation>Elija a quién se reconoce: una persona o un departamento.</translation>
    </message>
    <message>
        <source>Employee of the month goes to a person.</source>
        <translation>El empleado del mes es una persona.</translation>
    </message>
    <message>
        <source>Team of the month goes to a department.</source>
        <translation>El equipo del mes es un departamento.</translation>
    </message>
    <message>
        <source>People cannot recognise themselves.</source>
        <translation>Nadie puede reconocerse a sí mismo.</translation>
    </message>
    <message>
        <source>A department cannot recognise itself.</source>
        <translation>Un departamento no puede reconocerse a sí mismo.</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <source>The award for {month} has already been given.</source>
        <translation>El premio de {month} ya se ha concedido.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>That standard belongs to another department than the one asked.</source>
        <translation>Ese estándar pertenece a otro departamento distinto del solicitado.</translation>
    </message>
    <message>
        <source>That standard is not in force; publish it first or pick another.</source>
        <translation>Ese estándar no está en vigor; publíquelo primero o elija otro.</translation>
    </message>
    <message>
        <source>There is no request #{request_id}.</source>
        <translation>No existe la solicitud n.º {request_id}.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer takes requests.</source>
        <translation>{name} está archivado y ya no recibe solicitudes.</translation>
    </message>
    <message>
        <source>A closed or cancelled request cannot be changed any more.</source>
        <translation>Una solicitud cerrada o cancelada ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution; lower the first-response target.</source>
        <translation>La primera respuesta no puede vencer después de la resolución; reduzca el objetivo de primera respuesta.</translation>
    </message>
    <message>
        <source>The next review must come after the date the standard takes effect.</source>
        <translation>La próxima revisión debe ser posterior a la fecha de entrada en vigor del estándar.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>standard version</source>
        <translation>versión del estándar</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>The change note</source>
        <translation>Nota de cambios</translation>
    </message>
    <message>
        <source>A published version cannot be edited; make a new version and publish it instead.</source>
        <translation>Una versión publicada no se puede editar; cree una nueva versión y publíquela.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation>Indique por qué se cancela la solicitud.</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} contiene un carácter NUL, que no se puede guardar.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of minutes.</source>
        <translation>{label} debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>{label} must be more than zero minutes.</source>
        <translation>{label} debe ser de más de cero minutos.</translation>
    </message>
    <message>
        <source>{label} cannot be more than a year.</source>
        <translation>{label} no puede ser de más de un año.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; choose one such as Europe/Rome.</source>
        <translation>«{name}» no es una zona horaria; elija una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>“{text}” is not a date between 1990 and today.</source>
        <translation>«{text}» no es una fecha entre 1990 y hoy.</translation>
    </message>
    <message>
        <source>{name} is archived; restore it before changing it.</source>
        <translation>{name} está archivado; restáurelo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be a whole number from {low} to {high}.</source>
        <translation>El umbral de anonimato debe ser un número entero del {low} al {high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day like 09:00 or 17:30.</source>
        <translation>«{text}» no es una hora como 09:00 o 17:30.</translation>
    </message>
    <message>
        <source>icdesk knows no public holidays for “{code}”.</source>
        <translation>icdesk no conoce festivos para «{code}».</translation>
    </message>
    <message>
        <source>“{region}” is not a region of {code} icdesk knows.</source>
        <translation>«{region}» no es una región de {code} que icdesk conozca.</translation>
    </message>
    <message>
        <source>Write working hours like 09:00–13:00, 14:00–18:00 (“{text}” is not).</source>
        <translation>Escriba el horario como 09:00–13:00, 14:00–18:00 («{text}» no lo es).</translation>
    </message>
    <message>
        <source>{interval} ends before it starts; for a night shift write 22:00–24:00 on one day and 00:00–06:00 on the next.</source>
        <translation>{interval} termina antes de empezar; para un turno de noche escriba 22:00–24:00 en un día y 00:00–06:00 en el siguiente.</translation>
    </message>
    <message>
        <source>The closure ends before it starts.</source>
        <translation>El cierre termina antes de empezar.</translation>
    </message>
    <message>
        <source>A closure lasts a year at most; add another for the next year.</source>
        <translation>Un cierre dura como mucho un año; añada otro para el año siguiente.</translation>
    </message>
    <message>
        <source>Give a closure both a start and an end time, or neither.</source>
        <translation>Indique para el cierre una hora de inicio y otra de fin, o ninguna.</translation>
    </message>
    <message>
        <source>The closure's hours end before they start.</source>
        <translation>Las horas del cierre terminan antes de empezar.</translation>
    </message>
    <message>
        <source>Choose the country of the region first.</source>
        <translation>Elija primero el país de la región.</translation>
    </message>
    <message>
        <source>Give at least one day working hours, or choose “open around the clock”.</source>
        <translation>Indique el horario de al menos un día, o elija «abierto las 24 horas».</translation>
    </message>
    <message>
        <source>A version is put in force only once its approver has approved it; send the draft for review first.</source>
        <translation>Una versión solo se pone en vigor cuando su aprobador la ha aprobado; envíe primero el borrador a revisión.</translation>
    </message>
    <message>
        <source>Only an approved version can be put in force; make a new version to change this standard.</source>
        <translation>Solo una versión aprobada puede ponerse en vigor; cree una nueva versión para cambiar este estándar.</translation>
    </message>
    <message>
        <source>The code can be at most {n} characters long.</source>
        <translation>El código puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>The code can hold only letters, digits and dashes, like IT or FO-2.</source>
        <translation>El código solo puede tener letras, cifras y guiones, como IT o FO-2.</translation>
    </message>
    <message>
        <source>An idea that is {status} cannot be moved to {target}.</source>
        <translation>Una idea en estado «{status}» no puede pasar a «{target}».</translation>
    </message>
    <message>
        <source>Only the version in force can be acknowledged; version {n} of “{title}” is {status}.</source>
        <translation>Solo se puede confirmar la lectura de la versión en vigor; la versión {n} de «{title}» está en estado «{status}».</translation>
    </message>
    <message>
        <source>{full_name} has left the company; only people still here acknowledge standards.</source>
        <translation>{full_name} ya no está en la empresa; solo confirman la lectura las personas que siguen en ella.</translation>
    </message>
    <message>
        <source>{full_name} has already acknowledged version {n} of “{title}”.</source>
        <translation>{full_name} ya confirmó la lectura de la versión {n} de «{title}».</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated in the future.</source>
        <translation>Una confirmación de lectura no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” came into force on {date}; it cannot have been acknowledged before.</source>
        <translation>La versión {n} de «{title}» entró en vigor el {date}; no pudo confirmarse su lectura antes.</translation>
    </message>
    <message>
        <source>Tick at least one name that was signed.</source>
        <translation>Marque al menos un nombre que haya firmado.</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>confirmación de lectura</translation>
    </message>
    <message>
        <source>This corrective action is already done; reopen it to revise a standard.</source>
        <translation>Esta acción correctiva ya está terminada; vuelva a abrirla para revisar un estándar.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else at {when}, after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Otra persona cambió «{name}» a las {when}, después de que usted lo abriera, así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Otra persona cambió «{name}» después de que usted lo abriera, así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>The example company needs at least two departments: one to serve the other.</source>
        <translation>La empresa de ejemplo necesita al menos dos departamentos: uno que sirva al otro.</translation>
    </message>
    <message>
        <source>Edition {number} of the handbook has already been issued; make the handbook again to issue edition {next}.</source>
        <translation>La edición {number} del manual ya se ha emitido; vuelva a crear el manual para emitir la edición {next}.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>An idea for working better together names at least two departments.</source>
        <translation>Una idea para trabajar mejor juntos nombra al menos dos departamentos.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>An idea cannot be proposed in the future.</source>
        <translation>Una idea no puede proponerse con fecha futura.</translation>
    </message>
    <message>
        <source>Say why the idea is declined: whoever proposed and supported it deserves the reason.</source>
        <translation>Diga por qué se rechaza la idea: quien la propuso y la apoyó merece conocer el motivo.</translation>
    </message>
    <message>
        <source>Choose who supports the idea.</source>
        <translation>Elija quién apoya la idea.</translation>
    </message>
    <message>
        <source>This idea is {status}; support is given while it is proposed or on trial.</source>
        <translation>Esta idea está en estado «{status}»; el apoyo se da mientras está propuesta o en prueba.</translation>
    </message>
    <message>
        <source>{full_name} proposed this idea; support comes from others.</source>
        <translation>{full_name} propuso esta idea; el apoyo viene de los demás.</translation>
    </message>
    <message>
        <source>{full_name} already supports this idea.</source>
        <translation>{full_name} ya apoya esta idea.</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Prestado por (departamento)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Solicitada por (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitada por (departamento)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Primera respuesta el</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Resolución en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-31 or 31/03/2026.</source>
        <translation>«{text}» no es una fecha como 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <source>“{text}” is later than now; a time still to come cannot be recorded yet.</source>
        <translation>“{text}” es más tarde que ahora; una hora que aún no ha llegado no se puede registrar todavía.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 4 h, 30 min, 1:30 or 2 d.</source>
        <translation>«{text}» no es un tiempo como 4 h, 30 min, 1:30 o 2 d.</translation>
    </message>
    <message>
        <source>Nothing was imported; rows with problems: {count}.</source>
        <translation>No se ha importado nada; filas con problemas: {count}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Only {join} can be imported, not “{kind}”.</source>
        <translation>Solo se puede importar {join}, no «{kind}».</translation>
    </message>
    <message>
        <source>An import of {kind} has no field “{name}”; the fields are: {join}.</source>
        <translation>La importación de {kind} no tiene el campo «{name}»; los campos son: {join}.</translation>
    </message>
    <message>
        <source>The standard “{title}” of {name} is archived; it cannot be changed.</source>
        <translation>El estándar de servicio «{title}» de {name} está archivado; no se puede cambiar.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are: {join}.</source>
        <translation>El archivo no tiene la columna «{column}»; sus columnas son: {join}.</translation>
    </message>
    <message>
        <source>Choose the column that holds “{label}”; it is required.</source>
        <translation>Elija la columna que contiene «{label}»; es obligatoria.</translation>
    </message>
    <message>
        <source>Row {row} already has the department “{name}”; each may appear once in the file.</source>
        <translation>La fila {row} ya tiene el departamento «{name}»; cada uno puede aparecer una sola vez en el archivo.</translation>
    </message>
    <message>
        <source>Row {row} already has this person (the same e-mail, or the same name without one).</source>
        <translation>La fila {row} ya tiene a esta persona (el mismo correo electrónico, o el mismo nombre si no lo hay).</translation>
    </message>
    <message>
        <source>“{text}” is before the request was logged or answered.</source>
        <translation>«{text}» es anterior al registro o a la respuesta de la solicitud.</translation>
    </message>
    <message>
        <source>Say which department the standard belongs to.</source>
        <translation>Indique a qué departamento pertenece el estándar de servicio.</translation>
    </message>
    <message>
        <source>Row {row} already has the standard “{title}” of this department.</source>
        <translation>La fila {row} ya tiene el estándar de servicio «{title}» de este departamento.</translation>
    </message>
    <message>
        <source>{name} has no service standard in force called “{title}”.</source>
        <translation>{name} no tiene un estándar de servicio vigente llamado «{title}».</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Elija un periodo de diez años como máximo.</translation>
    </message>
    <message>
        <source>{name} already exists; give the backup a new name, or a folder to put it in.</source>
        <translation>{name} ya existe; dé a la copia de seguridad un nombre nuevo, o una carpeta donde guardarla.</translation>
    </message>
    <message>
        <source>{name} holds another company; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} contiene otra empresa; una copia de seguridad nunca lo sustituye. Dé a la copia un nombre nuevo, o una carpeta donde guardarla.</translation>
    </message>
    <message>
        <source>Row {row} already has this request (the same title, department, requester and day).</source>
        <translation>La fila {row} ya tiene esta solicitud (el mismo título, departamento, solicitante y día).</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}). Save nothing more in it: put a backup in its place with File → Restore from backup…</source>
        <translation>{name} está dañado ({problem}). No guarde nada más en él: ponga una copia de seguridad en su lugar con Archivo → Restaurar desde copia…</translation>
    </message>
    <message>
        <source>Enter the company's details first.</source>
        <translation>Introduzca primero los datos de la empresa.</translation>
    </message>
    <message>
        <source>{label} needs at least one letter or digit.</source>
        <translation>El campo «{label}» necesita al menos una letra o un número.</translation>
    </message>
    <message>
        <source>A recognition is for what was done: its date ({day}) cannot be after today.</source>
        <translation>Un reconocimiento es por lo que se ha hecho: su fecha ({day}) no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>{day} is not a date icdesk keeps: choose one between 1990 and 2100.</source>
        <translation>{day} no es una fecha que icdesk guarde: elija una entre 1990 y 2100.</translation>
    </message>
    <message>
        <source>Choose dates between {first} and {last}.</source>
        <translation>Elija fechas entre {first} y {last}.</translation>
    </message>
    <message>
        <source>Choose the company's time zone, such as Europe/Rome.</source>
        <translation>Elija la zona horaria de la empresa, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}, archived; tick Show archived and restore it.</source>
        <translation>{name} ya tiene un acuerdo para servir a {name2}, archivado; marque Mostrar archivados y restáurelo.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}; open and change that one.</source>
        <translation>{name} ya tiene un acuerdo para servir a {name2}; ábralo y cámbielo.</translation>
    </message>
    <message>
        <source>This agreement was archived meanwhile; restore it with Show archived to change it.</source>
        <translation>Mientras tanto este acuerdo se archivó; restáurelo con Mostrar archivados para cambiarlo.</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a backup file in it.</source>
        <translation>{name} es una carpeta; elija un archivo de copia de seguridad dentro de ella.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>No existe el archivo {name}.</translation>
    </message>
    <message>
        <source>{name} is the data file in use, not a backup of it.</source>
        <translation>{name} es el archivo de datos en uso, no una copia de seguridad suya.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>No se puede leer {name}: {error}</translation>
    </message>
    <message>
        <source>The working hours of {name} were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Otra persona cambió el horario de trabajo de {name} después de que usted lo abriera, así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {n} of {date}: it is still the current edition. Print it again without “Issue as a new edition”.</source>
        <translation>Ningún estándar de servicio ha cambiado desde la edición {n} del {date}: sigue siendo la edición vigente. Imprima de nuevo el manual sin «Emitir como nueva edición».</translation>
    </message>
    <message>
        <source>{kind} have no dates to choose by; export them without a period.</source>
        <translation>{kind}: no hay fechas por las que elegir; exporte sin indicar un periodo.</translation>
    </message>
    <message>
        <source>{full_name} has already rated request #{n}.</source>
        <translation>{full_name} ya ha valorado la solicitud n.º {n}.</translation>
    </message>
    <message>
        <source>This idea was archived meanwhile; nothing was saved.</source>
        <translation>Mientras tanto esta idea se archivó; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>“{text}” is a time that did not exist there: the clocks went forward that night. Write the time after the change (an hour later).</source>
        <translation>«{text}» es una hora que allí no existió: esa noche se adelantaron los relojes. Escriba la hora después del cambio (una hora más tarde).</translation>
    </message>
    <message>
        <source>Row {row}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Fila {row}: resuelta, pero sin decir cuándo; se guarda sin tiempo de servicio y fuera de las cifras de objetivo.</translation>
    </message>
    <message>
        <source>This row has {count} cells but the header has {columns}: a text holding “{separator}” needs quotes around it.</source>
        <translation>Esta fila tiene {count} celdas pero el encabezado tiene {columns}: un texto que contiene «{separator}» debe ir entre comillas.</translation>
    </message>
    <message>
        <source>The row has a resolved time, but its status is {status}: give the status resolved or closed, or leave the time out.</source>
        <translation>La fila tiene una hora de resolución, pero su estado es {status}: indique el estado resuelta o cerrada, o quite la hora.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person; add a department column to tell them apart.</source>
        <translation>«{name}» coincide con más de una persona; añada una columna con el departamento para distinguirlas.</translation>
    </message>
    <message>
        <source>Rows {rows}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Filas {rows}: resueltas, pero sin decir cuándo; se guardan sin tiempo de servicio y fuera de las cifras de objetivo.</translation>
    </message>
    <message>
        <source>Row {row}: this request is already in the file as {status}; an import does not move it on to {target}: move it in its window.</source>
        <translation>Fila {row}: esta solicitud ya está en el archivo como {status}; una importación no la pasa a {target}: muévala en su ventana.</translation>
    </message>
    <message>
        <source>“{email}” is the address of several people ({names}); the row's name is none of them, so it cannot say whom it is about.</source>
        <translation>«{email}» es la dirección de varias personas ({names}); el nombre de la fila no es ninguna de ellas, así que no se sabe de quién habla.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser un texto.</translation>
    </message>
    <message>
        <source>{label} holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored; type it again.</source>
        <translation>{label} contiene un carácter roto (la mitad de un emoji o de un símbolo, de un copiar y pegar cortado), que no se puede guardar; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>“{text}” is a moment, not a day: give the date alone.</source>
        <translation>“{text}” es un momento, no un día: indique solo la fecha.</translation>
    </message>
    <message>
        <source>A date is needed here, not the text or number “{text}”.</source>
        <translation>Aquí se necesita una fecha, no el texto o número “{text}”.</translation>
    </message>
    <message>
        <source>This corrective action was archived meanwhile; nothing was saved.</source>
        <translation>Esta acción correctiva se archivó mientras tanto; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The review date ({day}) is already past: choose today or a later day, or leave it not planned.</source>
        <translation>La fecha de revisión ({day}) ya ha pasado: elige hoy o un día posterior, o déjala sin planificar.</translation>
    </message>
    <message>
        <source>{name} is open in icdesk now, so it is in use, not an earlier backup; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} está abierto ahora en icdesk: está en uso, no es una copia de seguridad anterior, y una copia nunca lo sustituye. Da a la copia un nombre nuevo, o una carpeta donde guardarla.</translation>
    </message>
    <message>
        <source>{name} is a data file that has been worked on, not an earlier backup; it may hold work this file lacks, and a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} es un archivo de datos en el que se ha trabajado, no una copia de seguridad anterior: puede contener trabajo que falta en este archivo, y una copia nunca lo sustituye. Da a la copia un nombre nuevo, o una carpeta donde guardarla.</translation>
    </message>
    <message>
        <source>{name} is archived: nothing new is recorded for it. Restore it first (tick Show archived).</source>
        <translation>{name} está archivado: no se registra nada nuevo para él. Restáurelo primero (marque Mostrar archivados).</translation>
    </message>
    <message>
        <source>{full_name} has left the company: nothing new is recorded for them. Choose someone still here.</source>
        <translation>{full_name} ha dejado la empresa: no se registra nada nuevo a su nombre. Elija a alguien que siga aquí.</translation>
    </message>
    <message>
        <source>A week has seven days: give the hours of each, Monday first (empty for a day off).</source>
        <translation>Una semana tiene siete días: indique el horario de cada uno, empezando por el lunes (vacío para un día libre).</translation>
    </message>
    <message>
        <source>{full_name} works in {department}; choose that department, or leave it blank.</source>
        <translation>{full_name} trabaja en {department}: elija ese departamento o deje el campo en blanco.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways: is the comma or point there a decimal point, or does it separate thousands? Write the number without it (1000), or with one or two decimals (1.5).</source>
        <translation>«{text}» se puede leer de dos maneras: ¿la coma o el punto es un separador decimal o separa los miles? Escriba el número sin él (1000) o con uno o dos decimales (1,5).</translation>
    </message>
    <message>
        <source>“{text}” is not a request's number (a whole number such as 1005).</source>
        <translation>“{text}” no es el número de una solicitud (un número entero como 1005).</translation>
    </message>
    <message>
        <source>The file does not say when its requests were logged, so each is logged as today; the same file imported again on another day would add them again. A column with the date logged (created) makes it safe to import twice.</source>
        <translation>El archivo no dice cuándo se registraron sus solicitudes, así que cada una se registra con fecha de hoy; el mismo archivo importado otra vez otro día las añadiría de nuevo. Una columna con la fecha de registro (created) permite importarlo dos veces sin riesgo.</translation>
    </message>
    <message>
        <source>Row {row}: number {n} is no request of this title and department here; the row is added as a new request, with a number of its own.</source>
        <translation>Fila {row}: el número {n} no es ninguna solicitud con este título y departamento aquí; la fila se añade como una solicitud nueva, con un número propio.</translation>
    </message>
    <message>
        <source>“{state}” is a step of the approval done on the Standards screen; a file can make a standard draft, active or retired.</source>
        <translation>“{state}” es un paso de la aprobación que se hace en la pantalla de Estándares; un archivo puede dejar un estándar en borrador, en vigor o retirado.</translation>
    </message>
    <message>
        <source>Row {row} already has request number {n}.</source>
        <translation>La fila {row} ya tiene la solicitud número {n}.</translation>
    </message>
    <message>
        <source>“{email}” is the address of {name2}, and the row names {name}: to rename {name2}, change the name in the window; someone else needs an address of their own.</source>
        <translation>«{email}» es la dirección de {name2}, y la fila indica {name}: para cambiar el nombre de {name2}, cámbielo en la ventana; otra persona necesita su propia dirección.</translation>
    </message>
    <message>
        <source>“{name}” looks the same as “{name2}” but is written with letters of another alphabet (a keyboard in another language): use “{name2}”, or type the name again.</source>
        <translation>«{name}» parece igual a «{name2}» pero está escrito con letras de otro alfabeto (un teclado en otro idioma): use «{name2}» o escriba el nombre de nuevo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The logo is not a PNG picture; choose a .png file.</source>
        <translation>El logotipo no es una imagen PNG; elija un archivo .png.</translation>
    </message>
    <message>
        <source>The logo is larger than 5 MB; choose a smaller picture.</source>
        <translation>El logotipo ocupa más de 5 MB; elija una imagen más pequeña.</translation>
    </message>
    <message>
        <source>{full_name} has left the company and cannot be named head; choose someone still here.</source>
        <translation>{full_name} ha dejado la empresa y no puede ser nombrado responsable; elija a alguien que siga aquí.</translation>
    </message>
    <message>
        <source>Another department already has the code “{code}”.</source>
        <translation>Otro departamento ya tiene el código «{code}».</translation>
    </message>
    <message>
        <source>{name} is archived; people cannot be added to it.</source>
        <translation>{name} está archivado; no se pueden añadir personas.</translation>
    </message>
    <message>
        <source>{name} is already in {department}. If this is someone else of the same name, add what tells them apart (a middle initial, a second surname).</source>
        <translation>{name} ya está en {department}. Si es otra persona con el mismo nombre, añada lo que las distinga (una inicial del segundo nombre, un segundo apellido).</translation>
    </message>
    <message>
        <source>The company's details were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Otra persona cambió los datos de la empresa después de que usted los abriera, así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile; nothing was saved. Restore it with Show archived to change it.</source>
        <translation>{name} se archivó mientras tanto; no se ha guardado nada. Restáurelo con Mostrar archivados para cambiarlo.</translation>
    </message>
    <message>
        <source>{full_name} was marked as having left meanwhile; nothing was saved.</source>
        <translation>{full_name} se marcó mientras tanto como que ya no está en la empresa; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{full_name} was in {department}, which is archived: restore {department} first, or edit {full_name} to move them to another department.</source>
        <translation>{full_name} estaba en {department}, que está archivado: restaure primero {department}, o edite {full_name} para pasarlo a otro departamento.</translation>
    </message>
    <message>
        <source>{name} is a folder; give the name of the file to write in it too.</source>
        <translation>{name} es una carpeta; indique también el nombre del archivo que se escribirá dentro.</translation>
    </message>
    <message>
        <source>{name} is not a file icdesk can write into; choose another name.</source>
        <translation>{name} no es un archivo en el que icdesk pueda escribir; elija otro nombre.</translation>
    </message>
    <message>
        <source>{name} is a file a database keeps beside itself; choose another name.</source>
        <translation>{name} es un archivo que una base de datos guarda a su lado; elija otro nombre.</translation>
    </message>
    <message>
        <source>{name} is a database, perhaps another company's data file; icdesk does not write over it.</source>
        <translation>{name} es una base de datos, quizá el archivo de datos de otra empresa; icdesk no escribe encima.</translation>
    </message>
    <message>
        <source>{name} is the company's data file (or kept beside it); choose another name for what you write.</source>
        <translation>{name} es el archivo de datos de la empresa (o se guarda a su lado); elija otro nombre para lo que escriba.</translation>
    </message>
    <message>
        <source>{name} is in the folder of the company's backups; choose another folder for what you write.</source>
        <translation>{name} está en la carpeta de copias de seguridad de la empresa; elija otra carpeta para lo que escriba.</translation>
    </message>
    <message>
        <source>Thanks for a request come once it is resolved.</source>
        <translation>El agradecimiento por una solicitud llega cuando está resuelta.</translation>
    </message>
    <message>
        <source>This recognition is archived; restore it before changing it.</source>
        <translation>Este reconocimiento está archivado; restáurelo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>The service standard sets this request's deadline; leave the day it is needed by empty, or choose no standard.</source>
        <translation>El estándar de servicio fija el plazo de esta solicitud: deja vacío el día para el que se necesita, o no elijas ningún estándar.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; assign the request to someone still here.</source>
        <translation>{full_name} ha dejado la empresa; asigne la solicitud a alguien que siga aquí.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; log the request for someone still here, or for their department.</source>
        <translation>{full_name} ha dejado la empresa; registre la solicitud a nombre de alguien que siga aquí o de su departamento.</translation>
    </message>
    <message>
        <source>The day it is needed by ({day}) is already past: choose today or a later day.</source>
        <translation>El día para el que se necesita ({day}) ya ha pasado: elige hoy o un día posterior.</translation>
    </message>
    <message>
        <source>A request keeps the service standard it was logged under: its deadlines were promised with it.</source>
        <translation>Una solicitud conserva el estándar de servicio con el que se registró: sus plazos se prometieron con él.</translation>
    </message>
    <message>
        <source>A service standard can be given to a request only while the request is open; this one was resolved without one.</source>
        <translation>Solo se puede dar un estándar de servicio a una solicitud mientras está abierta; esta se resolvió sin ninguno.</translation>
    </message>
    <message>
        <source>A resolved request keeps the day it was needed by: its time was measured against it.</source>
        <translation>Una solicitud resuelta conserva el día para el que se necesitaba: su tiempo se midió con él.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer asks for service; restore it first, or choose the department asking now.</source>
        <translation>{name} está archivado y ya no pide servicio; restáurelo primero o elija el departamento que lo pide ahora.</translation>
    </message>
    <message>
        <source>{name} cannot ask itself: a request goes to another department than the one asking.</source>
        <translation>{name} no puede hacerse solicitudes a sí mismo: una solicitud va a un departamento distinto del que la hace.</translation>
    </message>
    <message>
        <source>Request #{number} was changed by someone else after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Otra persona cambió la solicitud n.º {number} después de que usted la abriera («{kind}», {when}), así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>{who} changed request #{number} after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>{who} cambió la solicitud n.º {number} después de que usted la abriera («{kind}», {when}), así que su cambio no se guardó. El formulario muestra ahora lo guardado; repita el cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>No se ha restaurado nada: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was restored: other PCs kept reading the company on {server}. Try again in a moment, or when fewer people are working.</source>
        <translation>No se ha restaurado nada: otros PC seguían leyendo la empresa en {server}. Inténtelo de nuevo en un momento o cuando trabajen menos personas.</translation>
    </message>
    <message>
        <source>The backup was not made: it could not be written to {parent}: {value}.</source>
        <translation>No se ha hecho la copia de seguridad: no se pudo escribir en {parent}: {value}.</translation>
    </message>
    <message>
        <source>Type the name or the address of the server computer.</source>
        <translation>Escriba el nombre o la dirección del equipo servidor.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name or address a network knows.</source>
        <translation>«{host}» no es un nombre ni una dirección de servidor que la red conozca.</translation>
    </message>
    <message>
        <source>Type the name of the company's database on the server.</source>
        <translation>Escriba el nombre de la base de datos de la empresa en el servidor.</translation>
    </message>
    <message>
        <source>Type the login (user name) to connect with.</source>
        <translation>Escriba el usuario (nombre de inicio de sesión) con el que conectarse.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL's own is 5432).</source>
        <translation>El puerto es un número de 1 a 65535 (el de PostgreSQL es 5432).</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot get new service standards.</source>
        <translation>{name} está archivado; no puede recibir nuevos estándares de servicio.</translation>
    </message>
    <message>
        <source>This version is with its approver; send it back to draft to change it.</source>
        <translation>Esta versión está con su aprobador; devuélvala a borrador para cambiarla.</translation>
    </message>
    <message>
        <source>Choose who approves this version: the head of department or the owner-manager.</source>
        <translation>Elija quién aprueba esta versión: el jefe del departamento o el propietario-gerente.</translation>
    </message>
    <message>
        <source>{full_name} has left; name another approver (and a new head of {department} under Departments &amp; People).</source>
        <translation>{full_name} ya no está; elija otro aprobador (y un nuevo jefe de {department} en Departamentos y personas).</translation>
    </message>
    <message>
        <source>Only the head of {department} or the owner-manager can approve its standards; {full_name} is neither.</source>
        <translation>Solo el jefe de {department} o el propietario-gerente pueden aprobar sus estándares; {full_name} no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>{full_name} owns this standard and cannot also approve it; choose another approver.</source>
        <translation>{full_name} es responsable de este estándar y no puede también aprobarlo; elija otro aprobador.</translation>
    </message>
    <message>
        <source>Only a draft can be sent for review.</source>
        <translation>Solo un borrador puede enviarse a revisión.</translation>
    </message>
    <message>
        <source>A standard needs at least one step before it can be published.</source>
        <translation>Un estándar necesita al menos un paso antes de publicarse.</translation>
    </message>
    <message>
        <source>Only a version in review or approved can be sent back to draft.</source>
        <translation>Solo una versión en revisión o aprobada puede devolverse a borrador.</translation>
    </message>
    <message>
        <source>Only a version in review can be approved; send the draft for review first.</source>
        <translation>Solo una versión en revisión puede aprobarse; envíe primero el borrador a revisión.</translation>
    </message>
    <message>
        <source>Only {full_name}, the approver named for this version, can approve it.</source>
        <translation>Solo {full_name}, la persona designada para aprobar esta versión, puede aprobarla.</translation>
    </message>
    <message>
        <source>{full_name} has left; send the version back to draft and name another approver.</source>
        <translation>{full_name} ya no está; devuelva la versión a borrador y nombre otro aprobador.</translation>
    </message>
    <message>
        <source>This standard already has a draft; finish or publish that one first.</source>
        <translation>Este estándar ya tiene un borrador; termine o publique primero ese.</translation>
    </message>
    <message>
        <source>That standard is archived; restore it or revise another.</source>
        <translation>Ese estándar está archivado; restáurelo o revise otro.</translation>
    </message>
    <message>
        <source>Version {n} of this standard is already with its approver; finish that one first.</source>
        <translation>La versión {n} de este estándar ya está con su aprobador; termine primero esa.</translation>
    </message>
    <message>
        <source>The draft of this standard already answers another action or idea; finish that one first.</source>
        <translation>El borrador de este estándar ya responde a otra acción o idea; termine primero ese.</translation>
    </message>
    <message>
        <source>Write each step on a line of its own.</source>
        <translation>Escriba cada paso en una línea propia.</translation>
    </message>
    <message>
        <source>{name} already has a standard called “{title}”; open that one, or give this one another title.</source>
        <translation>{name} ya tiene un estándar llamado «{title}»; abra ese o dé a este otro título.</translation>
    </message>
    <message>
        <source>The first-response target</source>
        <translation>El objetivo de primera respuesta</translation>
    </message>
    <message>
        <source>The resolution target</source>
        <translation>El objetivo de resolución</translation>
    </message>
    <message>
        <source>This standard is not in force, so there is nothing to retire.</source>
        <translation>Este estándar no está en vigor, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <source>{name} is too large to be a returned survey form ({size} MB; a form is well under 1 MB).</source>
        <translation>{name} es demasiado grande para ser un formulario de encuesta devuelto ({size} MB; un formulario ocupa mucho menos de 1 MB).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF form ({reason}).</source>
        <translation>{name} no se puede leer como formulario PDF ({reason}).</translation>
    </message>
    <message>
        <source>There are no PDF files in {parent}.</source>
        <translation>No hay archivos PDF en {parent}.</translation>
    </message>
    <message>
        <source>Each answer is a whole number from 1 to 5 ({name}: “{value}”).</source>
        <translation>Cada respuesta es un número entero del 1 al 5 ({name}: «{value}»).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk survey form.</source>
        <translation>{name} no es un formulario de encuesta de icdesk.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Una pregunta</translation>
    </message>
    <message>
        <source>Ask at least one question.</source>
        <translation>Haga al menos una pregunta.</translation>
    </message>
    <message>
        <source>Ask at most {limit} questions: long forms come back half answered.</source>
        <translation>Haga como mucho {limit} preguntas: los formularios largos vuelven a medio contestar.</translation>
    </message>
    <message>
        <source>Choose at least one pair: which department's service is rated, and by whom.</source>
        <translation>Elija al menos un par: el servicio de qué departamento se valora y quién lo valora.</translation>
    </message>
    <message>
        <source>A department rates its own service in the self-view part of the form, not as a pair.</source>
        <translation>Un departamento valora su propio servicio en la parte de autoevaluación del formulario, no como par.</translation>
    </message>
    <message>
        <source>Archived departments take no part in new survey rounds.</source>
        <translation>Los departamentos archivados no participan en nuevas rondas de encuesta.</translation>
    </message>
    <message>
        <source>Answers already refer to these questions, so they can no longer be changed; start a new round to ask different ones.</source>
        <translation>Ya hay respuestas que se refieren a estas preguntas, así que no se pueden cambiar; inicie una nueva ronda para preguntar otras.</translation>
    </message>
    <message>
        <source>This survey round is already finished.</source>
        <translation>Esta ronda de encuesta ya ha finalizado.</translation>
    </message>
    <message>
        <source>The answers of a form are not as a form gives them: a code as text, and for each department a yes or no, whole-number scores and texts.</source>
        <translation>Las respuestas de un formulario no son como las da un formulario: un código como texto y, para cada departamento, un sí o no, puntuaciones enteras y textos.</translation>
    </message>
    <message>
        <source>No form of this file has the code {token}; check the code printed on the form.</source>
        <translation>Ningún formulario de este archivo tiene el código {token}; compruebe el código impreso en el formulario.</translation>
    </message>
    <message>
        <source>The form {token} belongs to another survey round.</source>
        <translation>El formulario {token} pertenece a otra ronda de encuesta.</translation>
    </message>
    <message>
        <source>The survey round “{title}” is finished; answers can no longer be added.</source>
        <translation>La ronda de encuesta «{title}» ha finalizado; ya no se pueden añadir respuestas.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was imported before.</source>
        <translation>Este formulario, con estas mismas respuestas, ya se importó antes.</translation>
    </message>
    <message>
        <source>{name} has already answered this round; an answer cannot be changed.</source>
        <translation>{name} ya ha respondido a esta ronda; una respuesta no se puede cambiar.</translation>
    </message>
    <message>
        <source>All {n} forms expected from {department} are already in.</source>
        <translation>Ya se han recibido los {n} formularios esperados de {department}.</translation>
    </message>
    <message>
        <source>The form has no answers: tick the departments that served you and rate them.</source>
        <translation>El formulario no tiene respuestas: marque los departamentos que le atendieron y valórelos.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was read in before. If it is another colleague's form with exactly the same answers, type it in on “Type in paper forms”.</source>
        <translation>Este formulario, con estas mismas respuestas, ya se leyó antes. Si es el formulario de otro compañero con exactamente las mismas respuestas, introdúzcalo en «Teclear formularios en papel».</translation>
    </message>
    <message>
        <source>This form does not ask about that department.</source>
        <translation>Este formulario no pregunta por ese departamento.</translation>
    </message>
    <message>
        <source>survey round</source>
        <translation>ronda de encuesta</translation>
    </message>
    <message>
        <source>The form has an answer to a question this round does not ask.</source>
        <translation>El formulario tiene una respuesta a una pregunta que esta ronda no hace.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the steps listed for {name}.</source>
        <translation>«{code}» no es uno de los pasos indicados para {name}.</translation>
    </message>
    <message>
        <source>{name} is not a table: choose a CSV file or a spreadsheet (.xlsx, .ods or .xls).</source>
        <translation>{name} no es una tabla: elija un archivo CSV o una hoja de cálculo (.xlsx, .ods o .xls).</translation>
    </message>
    <message>
        <source>{name} is protected with a password; save a copy without the password and choose that.</source>
        <translation>{name} está protegido con contraseña; guarde una copia sin contraseña y elija esa.</translation>
    </message>
    <message>
        <source>{name} looks like a spreadsheet but cannot be read; it may be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>{name} parece una hoja de cálculo pero no se puede leer; puede estar dañado. Ábralo en su programa de hojas de cálculo y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>icdesk cannot tell which character set {name} is written in; choose it in the list (UTF-8, Windows-1252 or Windows-1251).</source>
        <translation>icdesk no puede saber en qué juego de caracteres está escrito {name}; elíjalo en la lista (UTF-8, Windows-1252 o Windows-1251).</translation>
    </message>
    <message>
        <source>{name} has a header but no rows of data below it.</source>
        <translation>{name} tiene encabezado pero ninguna fila de datos debajo.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is too big to read from a workbook; save it as a CSV file in your spreadsheet program and import that.</source>
        <translation>La hoja «{sheet}» de {name} es demasiado grande para leerla desde un libro; guárdela como archivo CSV en su programa de hojas de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <source>Cell {cells} of the sheet “{sheet}” holds a formula whose result {name} does not keep (the program that wrote it did not calculate it), so it would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>La celda {cells} de la hoja «{sheet}» tiene una fórmula cuyo resultado {name} no guarda (el programa que lo escribió no la calculó), así que se leería vacía. Abre el archivo en tu hoja de cálculo, guárdalo y vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas whose results {name} does not keep (the program that wrote it did not calculate them), so they would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Las celdas {cells} de la hoja «{sheet}» contienen fórmulas cuyos resultados {name} no guarda (el programa que lo escribió no los calculó), así que se leerían vacías. Abra el archivo en su programa de hojas de cálculo, guárdelo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>{name} mixes two character sets: some lines are UTF-8, others Windows-1252 (rows pasted together from two programs). Save it again from the spreadsheet as CSV UTF-8, then import it.</source>
        <translation>{name} mezcla dos juegos de caracteres: unas líneas son UTF-8 y otras Windows-1252 (filas pegadas desde dos programas). Guárdalo de nuevo desde la hoja de cálculo como CSV UTF-8 y luego impórtalo.</translation>
    </message>
    <message>
        <source>The letters of {name} were read as {encoding}; if accented or Cyrillic letters look wrong in the preview, choose another character set.</source>
        <translation>Las letras de {name} se han leído como {encoding}; si las letras acentuadas o cirílicas se ven mal en la vista previa, elija otro juego de caracteres.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.</source>
        <translation>«{delimiter}» no puede separar columnas; elija una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: one of its cells is longer than {limit} characters.</source>
        <translation>La fila {row} no se puede leer: una de sus celdas tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") inside a cell must be doubled (""), or the whole cell put in quotes.</source>
        <translation>La fila {row} no se puede leer: unas comillas (") dentro de una celda deben ir dobles (""), o toda la celda entre comillas.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: it holds a NUL character, which no text has; the file may not be a table saved as text.</source>
        <translation>La fila {row} no se puede leer: contiene un carácter NUL, que ningún texto tiene; puede que el archivo no sea una tabla guardada como texto.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header (row {row}); type a name there or delete the column.</source>
        <translation>La columna {column} no tiene nombre en el encabezado (fila {row}); escriba un nombre o elimine la columna.</translation>
    </message>
    <message>
        <source>The header (row {row}) has “{name}” twice, in columns {column} and {column2}; each column needs its own name.</source>
        <translation>El encabezado (fila {row}) tiene «{name}» dos veces, en las columnas {column} y {column2}; cada columna necesita su propio nombre.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a character set icdesk knows.</source>
        <translation>«{encoding}» no es un juego de caracteres que icdesk conozca.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}; choose another character set.</source>
        <translation>La fila {row} no se puede leer como {encoding}; elija otro juego de caracteres.</translation>
    </message>
    <message>
        <source>{name} in {folder} holds answers already: no form was written, so that no answers are written over. Choose an empty folder for new forms.</source>
        <translation>{name} en {folder} ya contiene respuestas: no se ha escrito ningún formulario, para no sobrescribir ninguna respuesta. Elija una carpeta vacía para los formularios nuevos.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") there opens a cell that is never closed.</source>
        <translation>La fila {row} no se puede leer: unas comillas (") abren una celda que nunca se cierra.</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”.</source>
        <translation>{name} no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>La hoja «{sheet}» de {name} está vacía.</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>sesión de formación</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot give new training.</source>
        <translation>{name} está archivado; no puede impartir nuevas formaciones.</translation>
    </message>
    <message>
        <source>{full_name} gives this training and cannot also attend it.</source>
        <translation>{full_name} imparte esta formación y no puede asistir también.</translation>
    </message>
    <message>
        <source>A session still to come cannot record acknowledgements; record them once it has been held.</source>
        <translation>Una sesión que aún no se ha celebrado no puede registrar confirmaciones de lectura; regístrelas cuando se haya celebrado.</translation>
    </message>
    <message>
        <source>Choose who was cross-trained.</source>
        <translation>Elija quién recibió la formación cruzada.</translation>
    </message>
    <message>
        <source>Choose the department whose service was learned.</source>
        <translation>Elija el departamento cuyo servicio se aprendió.</translation>
    </message>
    <message>
        <source>{full_name} already works in {department}; cross-training is learning another department's service.</source>
        <translation>{full_name} ya trabaja en {department}; la formación cruzada es aprender el servicio de otro departamento.</translation>
    </message>
    <message>
        <source>Cross-training is recorded once it has happened; the date cannot be in the future.</source>
        <translation>La formación cruzada se registra cuando ya ha ocurrido; la fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>People cannot cross-train themselves.</source>
        <translation>Nadie puede formarse a sí mismo.</translation>
    </message>
    <message>
        <source>The duration must be more than zero and at most a week.</source>
        <translation>La duración debe ser mayor que cero y como máximo una semana.</translation>
    </message>
    <message>
        <source>Choose the department that gives the training.</source>
        <translation>Elija el departamento que imparte la formación.</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>formación cruzada</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This training session was archived meanwhile; nothing was saved.</source>
        <translation>Mientras tanto esta sesión de formación se archivó; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>This cross-training was archived meanwhile; nothing was saved.</source>
        <translation>Mientras tanto esta formación cruzada se archivó; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{place} already holds a company; copy into a new, empty database or file.</source>
        <translation>{place} ya contiene una empresa; copie la empresa en una base de datos o un archivo nuevo y vacío.</translation>
    </message>
    <message>
        <source>The copy was not kept: the counts differ ({wrong}).</source>
        <translation>La copia no se conservó: los recuentos no coinciden ({wrong}).</translation>
    </message>
    <message>
        <source>a backup of that name is already there</source>
        <translation>ya existe una copia de seguridad con ese nombre</translation>
    </message>
    <message>
        <source>icdesk keeps the backups of {name} in a folder {folder}, but there is a file with that name. Rename or move that file.</source>
        <translation>icdesk guarda las copias de seguridad de {name} en la carpeta {folder}, pero en su lugar hay un archivo con ese nombre. Cambie el nombre de ese archivo o muévalo.</translation>
    </message>
    <message>
        <source>{name} could not be replaced: {value}.</source>
        <translation>No se pudo reemplazar {name}: {value}.</translation>
    </message>
    <message>
        <source>{name} failed its integrity check: {result}.</source>
        <translation>{name} no superó la comprobación de integridad: {result}.</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file.</source>
        <translation>{name} no es un archivo de datos de icdesk.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>A number or a date is beyond what can be stored (a record number that does not exist, or a year far outside 1990-2100).</source>
        <translation>Un número o una fecha supera lo que se puede guardar (un número de registro que no existe, o un año muy fuera de 1990-2100).</translation>
    </message>
    <message>
        <source>A text holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored or looked up; type it again.</source>
        <translation>Un texto contiene un carácter roto (la mitad de un emoji o de un símbolo, de un copiar y pegar cortado), que no se puede guardar ni buscar; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} holds a value icdesk does not know ({error}). Nothing was changed; 'icdesk check' lists every such value, or put a backup in its place with File → Restore from backup…</source>
        <translation>{name} contiene un valor que icdesk no conoce ({error}). No se ha cambiado nada; 'icdesk check' enumera todos esos valores, o ponga una copia de seguridad en su lugar con Archivo → Restaurar desde copia…</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (user {user}, process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} ya está abierto en {program} en el equipo {host} (usuario {user}, proceso {pid}, desde {since}). Ciérrelo allí primero, o ábralo en solo lectura.</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>{name} ya está abierto en {program} en el equipo {host} (proceso {pid}, desde {since}). Ciérrelo allí primero, o ábralo en solo lectura.</translation>
    </message>
    <message>
        <source>{name} holds no company yet: there is nothing to look at.</source>
        <translation>{name} aún no contiene ninguna empresa: no hay nada que ver.</translation>
    </message>
    <message>
        <source>No service agreement is recorded yet; make one on the Agreements screen first.</source>
        <translation>Aún no hay ningún acuerdo de servicio; cree uno primero en la pantalla Acuerdos.</translation>
    </message>
    <message>
        <source>No training session is recorded yet; record one on the Training screen first.</source>
        <translation>Aún no hay ninguna sesión de formación; registre una primero en la pantalla Formación.</translation>
    </message>
    <message>
        <source>{name} is not a database.</source>
        <translation>{name} no es una base de datos.</translation>
    </message>
    <message>
        <source>{name} is damaged: {error}.</source>
        <translation>{name} está dañado: {error}.</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached. Everything saved before is still there; refresh (F5) when the network is back.</source>
        <translation>No se puede conectar con el servidor {location}. Todo lo guardado antes sigue ahí; actualice (F5) cuando vuelva la red.</translation>
    </message>
    <message>
        <source>This company is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Esta empresa está abierta en solo lectura, así que los cambios no se pueden guardar. Ábrala de forma normal para hacer cambios.</translation>
    </message>
    <message>
        <source>The change was not saved: the server {location} cannot be reached. Everything saved before is still there; try again when the network is back.</source>
        <translation>El cambio no se guardó: no se puede conectar con el servidor {location}. Todo lo guardado antes sigue ahí; inténtelo de nuevo cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not saved. Refresh (F5) to see what is saved, then make your change again.</source>
        <translation>Otra persona guardó el mismo registro en el mismo momento, así que su cambio no se guardó. Actualice (F5) para ver lo guardado y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>{name} is in a shared folder on another computer ({share}). When several PCs write to one data file over the network, it can be damaged beyond repair, so icdesk opens it there for reading only. To work on it, copy it to this PC; for several PCs at once, a shared database server is the safe way.</source>
        <translation>{name} está en una carpeta compartida de otro equipo ({share}). Cuando varios PC escriben en un mismo archivo de datos a través de la red, el archivo puede dañarse sin remedio, así que icdesk solo lo abre ahí para lectura. Para trabajar en él, cópielo a este PC; para trabajar desde varios PC a la vez, lo seguro es un servidor de bases de datos compartido.</translation>
    </message>
    <message>
        <source>{name} is marked as open in {program} on the computer {host} by {user} since {since}. If icdesk is no longer running there (the computer was switched off or crashed), the file can be taken over; otherwise close it there first.</source>
        <translation>{name} figura como abierto en {program} en el equipo {host} por {user} desde {since}. Si icdesk ya no está en marcha allí (el equipo se apagó o se bloqueó), puede hacerse cargo del archivo; si no, ciérrelo primero allí.</translation>
    </message>
    <message>
        <source>Cannot open {address}: {reason}.</source>
        <translation>No se puede abrir {address}: {reason}.</translation>
    </message>
    <message>
        <source>{address} names no database (postgresql://user@host/database).</source>
        <translation>{address} no indica ninguna base de datos (postgresql://usuario@servidor/base_de_datos).</translation>
    </message>
    <message>
        <source>{address} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{address} se guardó con una versión más reciente de icdesk; instale la versión más reciente para abrirlo.</translation>
    </message>
    <message>
        <source>{address} is not a server address (postgresql://user@host/database).</source>
        <translation>{address} no es la dirección de un servidor (postgresql://usuario@servidor/base_de_datos).</translation>
    </message>
    <message>
        <source>{address} holds no icdesk company yet.</source>
        <translation>{address} todavía no contiene ninguna empresa de icdesk.</translation>
    </message>
    <message>
        <source>{address} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{address} se guardó con un icdesk anterior y debe abrirse una vez de forma normal (para actualizarlo) antes de poder abrirlo en solo lectura.</translation>
    </message>
    <message>
        <source>{address} could not be prepared: {exc}.</source>
        <translation>No se pudo preparar {address}: {exc}.</translation>
    </message>
    <message>
        <source>{address} is a database of another program, not an icdesk company.</source>
        <translation>{address} es una base de datos de otro programa, no una empresa de icdesk.</translation>
    </message>
    <message>
        <source>{path} is not a file that can hold a company.</source>
        <translation>{path} no es un archivo que pueda contener una empresa.</translation>
    </message>
    <message>
        <source>Choose the training session to print.</source>
        <translation>Elija la sesión de formación que imprimir.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent}: {value}.</source>
        <translation>No se pudo escribir la copia en {parent}: {value}.</translation>
    </message>
    <message>
        <source>The change was not saved: {text}. Everything saved before is still there.</source>
        <translation>El cambio no se guardó: {text}. Todo lo guardado antes sigue ahí.</translation>
    </message>
    <message>
        <source>This file is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Este archivo está abierto en solo lectura, así que no se pueden guardar cambios. Ábralo normalmente para hacer cambios.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Everything saved before is still there. Free some space and try again.</source>
        <translation>El cambio no se guardó: el disco está lleno. Todo lo guardado antes sigue ahí. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The change was not saved: the data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still there.</source>
        <translation>El cambio no se guardó: no se puede acceder al archivo de datos {path} (¿se quitó un disco o una memoria USB?). Todo lo guardado antes sigue ahí.</translation>
    </message>
    <message>
        <source>The change was not saved: another program is using the data file. Try again.</source>
        <translation>El cambio no se guardó: otro programa está usando el archivo de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use.</source>
        <translation>No se puede marcar {name} como en uso.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use: {value}.</source>
        <translation>No se puede marcar {name} como en uso: {value}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} es una carpeta, no un archivo de datos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was a drive removed?).</source>
        <translation>La carpeta {folder} no existe (¿se quitó un disco?).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file (it is not a database at all).</source>
        <translation>{name} no es un archivo de datos de icdesk (ni siquiera es una base de datos).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{name} se guardó con una versión más reciente de icdesk; instale esa versión para abrirlo.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to look at.</source>
        <translation>{name} está vacío: no hay nada que ver.</translation>
    </message>
    <message>
        <source>{name} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{name} se guardó con una versión anterior de icdesk y debe abrirse normalmente una vez (para actualizarlo) antes de abrirlo en solo lectura.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>No tiene permiso para leer {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only; icdesk needs to save changes to it.</source>
        <translation>{path} es de solo lectura; icdesk necesita guardar cambios en él.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>No se puede abrir {name}: {exc}.</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not an icdesk data file.</source>
        <translation>{name} es una base de datos de otro programa, no un archivo de datos de icdesk.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an icdesk data file ({exc}).</source>
        <translation>{name} está dañado o no es un archivo de datos de icdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a whole icdesk data file: it has no table {table}.</source>
        <translation>{name} no es un archivo de datos de icdesk completo: le falta la tabla {table}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still in it; put it back and refresh (F5).</source>
        <translation>No se puede acceder al archivo de datos {path} (¿se quitó un disco o una memoria USB?). Todo lo guardado antes sigue en él; vuelva a conectarlo y actualice (F5).</translation>
    </message>
    <message>
        <source>{name} is already open in another icdesk. Close it there first, or open it read-only.</source>
        <translation>{name} ya está abierto en otro icdesk. Ciérrelo allí primero, o ábralo en solo lectura.</translation>
    </message>
    <message>
        <source>The server {host} needs the password of {user}: type it in File → Connect to a server…, or keep it in this PC's pgpass file.</source>
        <translation>El servidor {host} necesita la contraseña de {user}: escríbala en Archivo → Conectar a un servidor…, o guárdela en el archivo pgpass de este PC.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the password of {user}. Check the user name and the password (capital letters count) and try again.</source>
        <translation>El servidor {host} no aceptó la contraseña de {user}. Compruebe el usuario y la contraseña (las mayúsculas cuentan) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server {host} has no login named {user}. Check the user name.</source>
        <translation>El servidor {host} no tiene ningún usuario llamado {user}. Compruebe el nombre de usuario.</translation>
    </message>
    <message>
        <source>The server {host} does not let {user} in from this PC. Whoever looks after the server must allow this computer in its pg_hba.conf file (see the README).</source>
        <translation>El servidor {host} no deja entrar a {user} desde este PC. Quien administra el servidor debe permitir este equipo en su archivo pg_hba.conf (ver el README).</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or ask whoever looks after the server to create it.</source>
        <translation>El servidor {host} no tiene ninguna base de datos llamada {database}. Compruebe el nombre o pida a quien administra el servidor que la cree.</translation>
    </message>
    <message>
        <source>No computer named {host} was found on the network. Check the server's name, or type its address (for example 192.168.1.20).</source>
        <translation>No se encontró en la red ningún equipo llamado {host}. Compruebe el nombre del servidor o escriba su dirección (por ejemplo 192.168.1.20).</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port}. Check that the server computer is on, that PostgreSQL runs there and that it accepts connections from the office network.</source>
        <translation>No se puede llegar al servidor {host} en el puerto {port}. Compruebe que el equipo servidor esté encendido, que PostgreSQL esté en marcha y que acepte conexiones desde la red de la oficina.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}), so icdesk did not open it and changed nothing. Put a backup in its place: File → Restore from backup… in the window, or icdesk restore on the command line.</source>
        <translation>{name} está dañado ({problem}), así que icdesk no lo ha abierto ni ha cambiado nada. Ponga una copia de seguridad en su lugar: Archivo → Restaurar desde copia… en la ventana, o icdesk restore en la línea de comandos.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} lo está usando otro programa; ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {orig}.</source>
        <translation>No se pudo preparar {name}: {orig}.</translation>
    </message>
    <message>
        <source>Could not make a backup of {name} before upgrading it: {exc}.</source>
        <translation>No se pudo hacer una copia de {name} antes de actualizarlo: {exc}.</translation>
    </message>
    <message>
        <source>A new edition is issued for the whole handbook: choose no departments to issue one.</source>
        <translation>Una nueva edición abarca todo el manual: para emitirla no elija ningún departamento.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: the folder {folder} does not exist.</source>
        <translation>El documento no se imprimió en un archivo: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: {reason}.</source>
        <translation>El documento no se imprimió en un archivo: {reason}.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: icdesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>El documento no se imprimió en un archivo: icdesk no puede escribir en la carpeta {folder}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is no document called “{kind}”.</source>
        <translation>No existe ningún documento llamado «{kind}».</translation>
    </message>
    <message>
        <source>The page size must be A4 or Letter.</source>
        <translation>El tamaño de página debe ser A4 o Carta.</translation>
    </message>
    <message>
        <source>Choose the request to print.</source>
        <translation>Elija la solicitud que imprimir.</translation>
    </message>
    <message>
        <source>Choose the department for the scorecard.</source>
        <translation>Elija el departamento para el cuadro de mando.</translation>
    </message>
    <message>
        <source>Choose the service agreement to print.</source>
        <translation>Elija el acuerdo de servicio que imprimir.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <source>Training and cross-training</source>
        <translation>Formación y formación cruzada</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Pairs of departments, both ways</source>
        <translation>Pares de departamentos, en ambos sentidos</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback</source>
        <translation>Dar una valoración</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Department rated</source>
        <translation>Departamento valorado</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – excelente</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bueno</translation>
    </message>
    <message>
        <source>3 – acceptable</source>
        <translation>3 – aceptable</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 – deficiente</translation>
    </message>
    <message>
        <source>1 – very poor</source>
        <translation>1 – muy deficiente</translation>
    </message>
    <message>
        <source>Where it broke down</source>
        <translation>Dónde falló</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Do not store who gave this feedback</source>
        <translation>No guardar quién dio esta valoración</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>The rating is saved: {department} was rated {rating} / 5. Open a corrective action now, so that it does not happen again?</source>
        <translation>La valoración está guardada: {department} recibió {rating} / 5. ¿Abrir ahora una acción correctiva para que no vuelva a ocurrir?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>A poor rating</source>
        <translation>Una valoración deficiente</translation>
    </message>
    <message>
        <source>Open a corrective action</source>
        <translation>Abrir una acción correctiva</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Given by department</source>
        <translation>Dada por el departamento</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(el departamento de la persona)</translation>
    </message>
    <message>
        <source>Anonymous feedback keeps no name and no department at all.</source>
        <translation>Una valoración anónima no guarda ni el nombre ni el departamento.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Dar una valoración</translation>
    </message>
    <message>
        <source>Feedback shows where internal service breaks down. Rate a resolved request from its window, or rate a department in general here.</source>
        <translation>Las valoraciones muestran dónde falla el servicio interno. Valore una solicitud resuelta desde su ventana, o valore aquí un departamento en general.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <source>Poor only (1–2)</source>
        <translation>Solo deficientes (1–2)</translation>
    </message>
    <message>
        <source>3 or less</source>
        <translation>3 o menos</translation>
    </message>
    <message>
        <source>Any breakdown point</source>
        <translation>Cualquier punto de fallo</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Punto de fallo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Abrir acción correctiva…</translation>
    </message>
    <message>
        <source>Given since {date}</source>
        <translation>Dadas desde el {date}</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>This company is open read-only: what is typed here cannot be saved. Open it for writing once no one else has it open.</source>
        <translation>Esta empresa está abierta solo para lectura: lo que se escriba aquí no se puede guardar. Ábrala para escribir cuando nadie más la tenga abierta.</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}.</source>
        <translation>Falta por rellenar: {fields}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Hay cambios sin guardar. ¿Cerrar y perderlos?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>paused (waiting)</source>
        <translation>en pausa (en espera)</translation>
    </message>
    <message>
        <source>late, now waiting</source>
        <translation>atrasada, ahora en espera</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
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
        <translation>en {span}</translation>
    </message>
    <message>
        <source>{span} late</source>
        <translation>{span} de retraso</translation>
    </message>
    <message>
        <source>{n} working min</source>
        <translation>{n} min laborables</translation>
    </message>
    <message>
        <source>{n} working h</source>
        <translation>{n} h laborables</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n día laborable</numerusform>
            <numerusform>%n días laborables</numerusform>
        </translation>
    </message>
    <message>
        <source>due in {span} ({when})</source>
        <translation>en {span} ({when})</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>File → Company details: the name, address and logo printed on every document, the time zone, and a service vision in one or two sentences.</source>
        <translation>Archivo → Datos de la empresa: el nombre, la dirección y el logotipo que se imprimen en cada documento, la zona horaria y una visión del servicio en una o dos frases.</translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation>Departamentos y personas</translation>
    </message>
    <message>
        <source>Departments &amp; People: every department that serves another one (the kitchen serves the dining room, IT serves everyone), its head, and its people. The head of a department approves its standards.</source>
        <translation>Departamentos y personas: cada departamento que sirve a otro (la cocina sirve al comedor, IT sirve a todos), su jefe y sus personas. El jefe de un departamento aprueba sus estándares.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>Service Standards: what each department promises, as steps and as targets for the first response and the resolution. A new version is sent for review, approved and then put in force; the people concerned acknowledge it (Acknowledgements, Training).</source>
        <translation>Estándares de servicio: lo que promete cada departamento, como pasos y como objetivos de primera respuesta y de resolución. Una nueva versión se envía a revisión, se aprueba y después se pone en vigor; las personas afectadas confirman su lectura (Confirmaciones de lectura, Formación).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Agreements: for a pair of departments, what each needs from the other, both ways, signed by both heads.</source>
        <translation>Acuerdos: para un par de departamentos, lo que cada uno necesita del otro, en ambos sentidos, firmado por ambos jefes.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests: what one department asks of another (Ctrl+Shift+N from anywhere). Each moves from new to resolved; its due times follow the standard and the working hours of the department that serves it.</source>
        <translation>Solicitudes: lo que un departamento pide a otro (Ctrl+Shift+N desde cualquier pantalla). Cada una pasa de nueva a resuelta; sus vencimientos siguen el estándar y el horario de trabajo del departamento que la atiende.</translation>
    </message>
    <message>
        <source>Feedback and corrective actions</source>
        <translation>Valoraciones y acciones correctivas</translation>
    </message>
    <message>
        <source>Feedback: people rate the service they received. A poor rating or a breakdown leads to a corrective action, which may revise a standard; Closing the Loop follows each one to the end.</source>
        <translation>Valoraciones: las personas valoran el servicio recibido. Una valoración baja o un fallo lleva a una acción correctiva, que puede revisar un estándar; Cerrar el ciclo sigue cada una hasta el final.</translation>
    </message>
    <message>
        <source>How well departments serve each other</source>
        <translation>Hasta qué punto se sirven bien los departamentos entre sí</translation>
    </message>
    <message>
        <source>Service Network shows every pair of departments both ways and where service breaks down; Survey Rounds ask the departments themselves. The Dashboard shows what needs you today.</source>
        <translation>Red de servicio muestra cada par de departamentos en ambos sentidos y dónde falla el servicio; Rondas de encuesta se lo preguntan a los propios departamentos. El Panel muestra lo que hoy necesita su atención.</translation>
    </message>
    <message>
        <source>Print and keep safe</source>
        <translation>Imprimir y guardar a salvo</translation>
    </message>
    <message>
        <source>Reports prints the handbook of standards, scorecards, agreements to sign and more. A backup is made every day you work (File → Backup now makes one at once).</source>
        <translation>Informes imprime el manual de estándares, los cuadros de mando, los acuerdos para firmar y más. Cada día que se trabaja con icdesk se hace una copia de seguridad (Archivo → Copia de seguridad ahora la hace al momento).</translation>
    </message>
    <message>
        <source>To look around first, open the example hotel: start icdesk with a new file and choose the example, or run “icdesk --db hotel.sqlite demo”.</source>
        <translation>Para echar un vistazo primero, abra el hotel de ejemplo: inicie icdesk con un archivo nuevo y elija el ejemplo, o ejecute «icdesk --db hotel.sqlite demo».</translation>
    </message>
</context>
<context>
    <name>HandbookReport</name>
    <message>
        <source>SOP handbook</source>
        <translation>Manual de procedimientos</translation>
    </message>
    <message>
        <source>Our service vision</source>
        <translation>Nuestra visión del servicio</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>No service standards are in force yet.</source>
        <translation>Aún no hay estándares de servicio en vigor.</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Jefe del departamento: {name}</translation>
    </message>
    <message>
        <source>Service standards of every department</source>
        <translation>Los estándares de servicio de cada departamento</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencida)</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID del documento</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Resuelto en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Service standards of {department}</source>
        <translation>Los estándares de servicio de {department}</translation>
    </message>
    <message>
        <source>Service standards of {departments}</source>
        <translation>Los estándares de servicio de: {departments}</translation>
    </message>
    <message>
        <source>Working copy, not an issued edition</source>
        <translation>Copia de trabajo, no es una edición emitida</translation>
    </message>
    <message>
        <source>Edition {number} of {date}</source>
        <translation>Edición {number} del {date}</translation>
    </message>
    <message>
        <source>SOP handbook: {department}</source>
        <translation>Manual de procedimientos: {department}</translation>
    </message>
    <message numerus="yes">
        <source>%n service standard(s) in force</source>
        <translation>
            <numerusform>%n estándar de servicio en vigor</numerusform>
            <numerusform>%n estándares de servicio en vigor</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest edition, {number}, was issued on {date}; standards have changed since.</source>
        <translation>La última edición, la {number}, se emitió el {date}; desde entonces los estándares han cambiado.</translation>
    </message>
    <message>
        <source>Uncontrolled when printed: the version in force is the one in icdesk.</source>
        <translation>Copia no controlada si se imprime: la versión en vigor es la de icdesk.</translation>
    </message>
    <message>
        <source>About this edition</source>
        <translation>Sobre esta edición</translation>
    </message>
    <message>
        <source>What changed since edition {number}</source>
        <translation>Qué cambió desde la edición {number}</translation>
    </message>
    <message>
        <source>This is the first edition of the handbook: every standard in it is new.</source>
        <translation>Esta es la primera edición del manual: todos sus estándares son nuevos.</translation>
    </message>
    <message>
        <source>No edition of the handbook has been issued yet. When this handbook is ready to hand out, make it again with “Issue as a new edition”: the next one will list what changed since.</source>
        <translation>Aún no se ha emitido ninguna edición del manual. Cuando el manual esté listo para repartir, vuelva a crearlo con «Emitir como nueva edición»: la siguiente indicará qué cambió desde entonces.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {number} of {date}.</source>
        <translation>Ningún estándar de servicio ha cambiado desde la edición {number} del {date}.</translation>
    </message>
    <message>
        <source>Compared with edition {number} of {date}:</source>
        <translation>En comparación con la edición {number} del {date}:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Reviews past due</source>
        <translation>Revisiones vencidas</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) should have been reviewed by now:</source>
        <translation>
            <numerusform>%n estándar ya debería haberse revisado:</numerusform>
            <numerusform>%n estándares ya deberían haberse revisado:</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>New, version {version}</source>
        <translation>Nuevo, versión {version}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Version {old} → {new}</source>
        <translation>Versión {old} → {new}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Acknowledgement: {department}</source>
        <translation>Confirmación de lectura: {department}</translation>
    </message>
    <message>
        <source>Acknowledgement: {reader} (standards of {department})</source>
        <translation>Confirmación de lectura: {reader} (estándares de {department})</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the service standards of {department} listed below, in the versions listed, and that I will work by them.</source>
        <translation>Con mi firma confirmo que he leído y entendido los estándares de servicio de {department} que se indican abajo, en las versiones indicadas, y que trabajaré conforme a ellos.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Handbook: {edition}</source>
        <translation>Manual: {edition}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Importación desde un archivo</translation>
    </message>
    <message>
        <source>title or description</source>
        <translation>título o descripción</translation>
    </message>
    <message>
        <source>priority {old} → {new}</source>
        <translation>prioridad {old} → {new}</translation>
    </message>
    <message>
        <source>service standard {title} (v{n}), its targets counted from when it was logged</source>
        <translation>estándar de servicio {title} (v{n}), con sus objetivos contados desde que se registró</translation>
    </message>
    <message>
        <source>needed by {old} → {new}</source>
        <translation>necesaria para {old} → {new}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
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
        <translation>Proponer una idea</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>e.g. A shared board for early arrivals</source>
        <translation>p. ej. Un tablero común para las llegadas anticipadas</translation>
    </message>
    <message>
        <source>How it would work</source>
        <translation>Cómo funcionaría</translation>
    </message>
    <message>
        <source>Departments it brings together</source>
        <translation>Departamentos que une</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Do not store who proposed this idea</source>
        <translation>No guardar quién propuso esta idea</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Proposed by department</source>
        <translation>Propuesta por el departamento</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(el departamento de la persona)</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Propuesta el</translation>
    </message>
    <message>
        <source>An anonymous idea keeps no name and no department at all.</source>
        <translation>Una idea anónima no guarda ni el nombre ni el departamento.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Apoyada por</translation>
    </message>
    <message>
        <source>corrective action #{n}</source>
        <translation>acción correctiva n.º {n}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versión {n}</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Dio lugar a</translation>
    </message>
    <message>
        <source>Start a trial…</source>
        <translation>Iniciar una prueba…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adoptar…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Reconsiderar</translation>
    </message>
    <message>
        <source>Add a supporter…</source>
        <translation>Añadir un apoyo…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Abrir acción correctiva…</translation>
    </message>
    <message>
        <source>Revise a standard…</source>
        <translation>Revisar un estándar…</translation>
    </message>
    <message>
        <source>Tick at least two departments.</source>
        <translation>Marque al menos dos departamentos.</translation>
    </message>
    <message>
        <source>What is tried, and until when?</source>
        <translation>¿Qué se prueba y hasta cuándo?</translation>
    </message>
    <message>
        <source>How is it put into practice?</source>
        <translation>¿Cómo se pone en práctica?</translation>
    </message>
    <message>
        <source>Why is it declined? Whoever proposed and supported it will read this.</source>
        <translation>¿Por qué se rechaza? Quien la propuso y la apoyó leerá esto.</translation>
    </message>
    <message>
        <source>Revise a standard</source>
        <translation>Revisar un estándar</translation>
    </message>
</context>
<context>
    <name>IdeasScreen</name>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Proponer una idea</translation>
    </message>
    <message>
        <source>A forum for working better together: anyone can propose how two or more departments could serve each other better. Ideas are tried, then adopted or declined with a reason. Propose the first one.</source>
        <translation>Un foro para trabajar mejor juntos: cualquiera puede proponer cómo dos o más departamentos podrían servirse mejor mutuamente. Las ideas se prueban y luego se adoptan o se rechazan con un motivo. Proponga la primera.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Open (proposed or on trial)</source>
        <translation>Abiertas (propuestas o en prueba)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyar</translation>
    </message>
    <message>
        <source>Decision or trial</source>
        <translation>Decisión o prueba</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Prestado por (departamento)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Solicitada por (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitada por (departamento)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Primera respuesta el</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Resolución en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>%n fila con un problema</numerusform>
            <numerusform>%n filas con un problema</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet or CSV file</source>
        <translation>Importar desde una hoja de cálculo o un archivo CSV</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>El archivo contiene</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a CSV file, as any spreadsheet program saves it, or a workbook (.xlsx, .xls, .ods). Every row is checked and shown below before anything is written; nothing is imported while any row has a problem.</source>
        <translation>Elija qué contiene el archivo y después el archivo: un archivo CSV, tal como lo guarda cualquier hoja de cálculo, o un libro (.xlsx, .xls, .ods). Cada fila se comprueba y se muestra abajo antes de guardar nada; no se importa nada mientras alguna fila tenga un problema.</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Cómo se lee el archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Juego de caracteres</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Columnas separadas por</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Which column holds what (* is required)</source>
        <translation>Qué columna contiene qué (* es obligatorio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Read the file again, after you have corrected it</source>
        <translation>Vuelva a leer el archivo después de corregirlo</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copiar la lista</translation>
    </message>
    <message>
        <source>Copy the problems, to paste them into a spreadsheet or an e-mail</source>
        <translation>Copie los problemas para pegarlos en una hoja de cálculo o en un correo electrónico</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Departments and people are found by name: import them first. A request with the same title, department, requester and day is updated, not added twice. Dates such as 2026-03-31 or 31/03/2026.</source>
        <translation>Los departamentos y las personas se buscan por nombre: impórtelos primero. Una solicitud interna con el mismo título, departamento, solicitante y día se actualiza, no se añade dos veces. Fechas como 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>(se muestran las primeras {shown})</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>{c} to add, {u} to update, {s} already the same.</source>
        <translation>Para añadir: {c}, para actualizar: {u}, ya iguales: {s}.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elija un archivo para importar</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>Hojas de cálculo y archivos CSV ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A department already in icdesk (same name) is updated, not added twice.</source>
        <translation>Un departamento que ya está en icdesk (mismo nombre) se actualiza, no se añade dos veces.</translation>
    </message>
    <message>
        <source>A person already in icdesk (same e-mail, or same name) is updated, not added twice.</source>
        <translation>Una persona que ya está en icdesk (mismo correo o mismo nombre) se actualiza, no se añade dos veces.</translation>
    </message>
    <message>
        <source>Imported standards arrive as drafts: read them on the Service standards screen and publish them (a State column saying “active” puts one in force at once). Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, 1:30 or 2 d; a plain number is hours, or minutes if the column name says so.</source>
        <translation>Los estándares de servicio importados llegan como borradores: léalos en la pantalla Estándares de servicio y publíquelos (una columna Estado con «active» pone uno en vigor de inmediato). Pasos uno por línea, o en columnas Paso 1, Paso 2… Tiempos como 4 h, 30 min, 1:30 o 2 d; un número solo son horas, o minutos si el nombre de la columna lo dice.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Saving (a backup of the file is made first)…</source>
        <translation>Guardando (primero se hace una copia de seguridad del archivo)…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>Importando la fila {done} de {total}…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Comprobando la fila {done} de {total}…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Importación detenida; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Comprobación detenida.</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>No se importan: {columns}</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has a problem: correct the file, save it, then press Check again.</source>
        <translation>No se importa nada mientras alguna fila tenga un problema: corrija el archivo, guárdelo y pulse Volver a comprobar.</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the list.</source>
        <translation>Elija la hoja que contiene la lista.</translation>
    </message>
    <message>
        <source>Found by icdesk; change them if letters or columns in the preview look wrong.</source>
        <translation>Detectados por icdesk; cámbielos si las letras o las columnas de la vista previa se ven mal.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Esperando al solicitante</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Quality of work</source>
        <translation>Calidad del trabajo</translation>
    </message>
    <message>
        <source>Tools and systems</source>
        <translation>Herramientas y sistemas</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Primera respuesta atrasada</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Resuelta con retraso</translation>
    </message>
    <message>
        <source>Poor rating, no point named</source>
        <translation>Valoración baja sin punto indicado</translation>
    </message>
    <message>
        <source>Open and past its target</source>
        <translation>Abierta y fuera de plazo</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Abierta a respuestas</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Capacidad de respuesta</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Elementos tangibles</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Employee of the month</source>
        <translation>Empleado del mes</translation>
    </message>
    <message>
        <source>Team of the month</source>
        <translation>Equipo del mes</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Jornada completa</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Media jornada</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contratista</translation>
    </message>
    <message>
        <source>Owner / shareholder</source>
        <translation>Propietario / accionista</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Miembro del consejo</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Major revision</source>
        <translation>Revisión mayor</translation>
    </message>
    <message>
        <source>Minor revision</source>
        <translation>Revisión menor</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Hoja firmada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Durante la formación</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>En prueba</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Exportar lista a CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Save the rows shown, with the current filters, for a spreadsheet</source>
        <translation>Guarde las filas mostradas, con los filtros actuales, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Nothing matches the search and the filters.</source>
        <translation>Nada coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive this record? It stays in the history and can be restored.</source>
        <translation>¿Archivar este registro? Queda en el historial y se puede restaurar.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n fila exportada a {path}</numerusform>
            <numerusform>%n filas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} loaded; scroll for more</source>
        <translation>{n} de {total} cargados; desplácese para ver más</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>LoopScreen</name>
    <message>
        <source>Closing the loop</source>
        <translation>Cerrar el ciclo</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Dar una valoración</translation>
    </message>
    <message>
        <source>Each piece of feedback followed through its corrective action to the revised standard and the people who acknowledged it. Open a corrective action on poor feedback to start a loop.</source>
        <translation>Cada valoración seguida a través de su acción correctiva hasta el estándar revisado y las personas que confirmaron su lectura. Abra una acción correctiva sobre una valoración baja para iniciar un ciclo.</translation>
    </message>
    <message>
        <source>median time from feedback to the action opened</source>
        <translation>tiempo mediano desde la valoración hasta abrir la acción</translation>
    </message>
    <message>
        <source>to the action closed</source>
        <translation>hasta cerrar la acción</translation>
    </message>
    <message>
        <source>to the revised standard in force</source>
        <translation>hasta el estándar revisado en vigor</translation>
    </message>
    <message>
        <source>to 90% of its readers acknowledging it</source>
        <translation>hasta que el 90 % de sus lectores confirma la lectura</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Loops not closed yet</source>
        <translation>Ciclos aún sin cerrar</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Standard revised</source>
        <translation>Estándar revisado</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>90% acknowledged</source>
        <translation>90 % de lectura confirmada</translation>
    </message>
    <message>
        <source>Opened on {date}</source>
        <translation>Abierta el {date}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, versión {n}</translation>
    </message>
    <message>
        <source>{share} so far</source>
        <translation>{share} hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
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
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Nuevo archivo de datos…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Abrir archivo de datos…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Conectar a un &amp;servidor…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>Copia de &amp;seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Company details…</source>
        <translation>&amp;Datos de la empresa…</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>&amp;Quién está trabajando…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About icdesk</source>
        <translation>&amp;Acerca de icdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Pantalla siguiente</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Pantalla anterior</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cannot show the data</source>
        <translation>No se pueden mostrar los datos</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n departamento</numerusform>
            <numerusform>%n departamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 overdue</source>
        <translation>
            <numerusform>%n solicitud abierta, atrasadas: %1</numerusform>
            <numerusform>%n solicitudes abiertas, atrasadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take over the data file?</source>
        <translation>¿Hacerse cargo del archivo de datos?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Hacerse cargo</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>No se puede abrir el archivo de datos</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Nuevo archivo de datos</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite)</source>
        <translation>Archivos de datos de icdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>{name} already exists; use Open to work on it.</source>
        <translation>{name} ya existe; use Abrir para trabajar con él.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>Archivos de datos de icdesk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Working: {name}</source>
        <translation>Trabajando: {name}</translation>
    </message>
    <message>
        <source>Imported: {c} added, {u} updated.</source>
        <translation>Importado. Añadidos: {c}, actualizados: {u}.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>El archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>La copia de seguridad automática falló</translation>
    </message>
    <message>
        <source>Today's backup: {path}</source>
        <translation>Copia de seguridad de hoy: {path}</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Changes made since then leave the file; they stay in the copy kept of the file as it is now.</source>
        <translation>¿Volver a la copia del {when}? Los cambios hechos desde entonces salen del archivo; quedan en la copia que se guarda del archivo tal como está ahora.</translation>
    </message>
    <message>
        <source>This backup holds the company “{theirs}”, not “{ours}”. Put it in place of {ours} anyway? The file as it is now is kept.</source>
        <translation>Esta copia contiene la empresa «{theirs}», no «{ours}». ¿Ponerla igualmente en lugar de {ours}? El archivo tal como está ahora se guarda.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>The backup is back in place. The file as it was is kept as {kept}.</source>
        <translation>La copia de seguridad está de vuelta. El archivo tal como estaba se guarda como {kept}.</translation>
    </message>
    <message>
        <source>About icdesk</source>
        <translation>Acerca de icdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;The internal customer service desk: service standards, internal requests, feedback, corrective actions and recognition.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;El mostrador del servicio al cliente interno: estándares de servicio, solicitudes internas, valoraciones, acciones correctivas y reconocimientos.&lt;/p&gt;&lt;p&gt;Archivo de datos:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Replace the company “{company}” on the server {server} with the backup {backup}? Every PC then works on what the backup holds; everything saved on the server now is replaced. A backup of it is written first, so this can be undone.</source>
        <translation>¿Sustituir la empresa «{company}» del servidor {server} por la copia de seguridad {backup}? Todos los PC trabajarán después con lo que contiene la copia; todo lo guardado ahora en el servidor se sustituye. Antes se escribe una copia de seguridad de ello, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>The backup is back in place on the server. What the server held before is kept as {kept}.</source>
        <translation>La copia de seguridad vuelve a estar en el servidor. Lo que contenía antes el servidor se conserva como {kept}.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Fewest requests for a pair to be drawn</source>
        <translation>Mínimo de solicitudes para dibujar un par</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90 % o más en plazo</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>menos del 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department it serves; the wider, the more requests, the label is the average rating. Point at a department to see only its pairs; click an arrow for its requests, a department to open it. Wheel or +/− to zoom, drag to move.</source>
        <translation>Una flecha va del departamento que atiende al departamento atendido; cuanto más ancha, más solicitudes; la etiqueta es la valoración media. Señale un departamento para ver solo sus pares; haga clic en una flecha para ver sus solicitudes, en un departamento para abrirlo. Rueda o +/− para acercar, arrastre para mover.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</source>
        <translation>
            <numerusform>%n par sin dibujar: en el periodo no se registró ninguna solicitud entre los dos, solo valoraciones, respuestas a encuestas o solicitudes registradas antes: {pairs}.</numerusform>
            <numerusform>%n pares sin dibujar: en el periodo no se registró ninguna solicitud entre los dos, solo valoraciones, respuestas a encuestas o solicitudes registradas antes: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).</source>
        <translation>
            <numerusform>%n par sin dibujar: menos de {k} solicitudes (Mínimo de solicitudes, arriba).</numerusform>
            <numerusform>%n pares sin dibujar: menos de {k} solicitudes cada uno (Mínimo de solicitudes, arriba).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service map, {period}</source>
        <translation>Mapa de servicio, {period}</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the service map</source>
        <translation>Guardar el mapa de servicio</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Share resolved within target</source>
        <translation>Proporción resuelta en plazo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Tiempo mediano de resolución</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Abiertas y atrasadas ahora</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Puntuación de la encuesta</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Where two departments serve each other, the right half of the cell is the other way round, so an unbalanced pair shows at a glance. Double-click a cell for its requests.</source>
        <translation>Las filas atienden, las columnas son atendidas. Donde dos departamentos se atienden mutuamente, la mitad derecha de la celda es el sentido contrario, así un par desequilibrado se ve de un vistazo. Haga doble clic en una celda para ver sus solicitudes.</translation>
    </message>
    <message>
        <source>Service between departments</source>
        <translation>Servicio entre departamentos</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>This month so far</source>
        <translation>Este mes hasta ahora</translation>
    </message>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (hasta ahora)</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Service network report</source>
        <translation>Informe de la red de servicio</translation>
    </message>
    <message>
        <source>Pairs serving each other</source>
        <translation>Pares que se atienden</translation>
    </message>
    <message>
        <source>Two-way pairs</source>
        <translation>Pares en ambos sentidos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Abiertas y atrasadas ahora</translation>
    </message>
    <message>
        <source>The service map</source>
        <translation>El mapa de servicio</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department served: the wider, the more requests; its colour is the share resolved within target; its label the average rating.</source>
        <translation>Una flecha va del departamento que atiende al atendido: cuanto más ancha, más solicitudes; su color es la proporción resuelta en plazo; su etiqueta, la valoración media.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are left out: they are shown only where at least {k} people gave them in the same pair and month, so nobody can be recognised.</source>
        <translation>Valoraciones anónimas excluidas: {n}; se muestran solo donde al menos {k} personas las dieron para el mismo par en el mismo mes, para que nadie pueda ser reconocido.</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90 % o más en plazo</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>menos del 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>Who serves whom</source>
        <translation>Quién atiende a quién</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>No hay solicitudes en este periodo.</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Each cell shows the share resolved within target and the average rating; where the two departments serve each other, the right half is the other way round.</source>
        <translation>Las filas atienden, las columnas son atendidas. Cada celda muestra la proporción resuelta en plazo y la valoración media; donde los dos departamentos se atienden mutuamente, la mitad derecha es el sentido contrario.</translation>
    </message>
    <message>
        <source>The {n} departments with the most requests are shown.</source>
        <translation>Se muestran los {n} departamentos con más solicitudes.</translation>
    </message>
    <message>
        <source>Two-way pairs, side by side</source>
        <translation>Pares en ambos sentidos, lado a lado</translation>
    </message>
    <message>
        <source>Where two departments serve each other, one direction often works better than the other. The largest differences first.</source>
        <translation>Cuando dos departamentos se atienden mutuamente, un sentido suele funcionar mejor que el otro. Primero las mayores diferencias.</translation>
    </message>
    <message>
        <source>Serves well</source>
        <translation>Atiende bien</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>The other way</source>
        <translation>En sentido contrario</translation>
    </message>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Paso {n} (indicado en una encuesta): {text}</translation>
    </message>
    <message>
        <source>Where service breaks down</source>
        <translation>Dónde falla el servicio</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>Ningún fallo en este periodo.</translation>
    </message>
    <message>
        <source>Points named in feedback, poor ratings, targets missed, and requests open and late now, most frequent first; the line adds them up (Pareto).</source>
        <translation>Puntos de fallo indicados en las valoraciones, valoraciones bajas, plazos incumplidos y solicitudes abiertas y atrasadas ahora, primero las más frecuentes; la línea las suma (Pareto).</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Proporción acumulada</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Solicitudes por mes</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Share resolved within target, per month (%)</source>
        <translation>Porcentaje resuelto dentro del objetivo, por mes (%)</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>En este periodo no se resolvió ninguna solicitud con objetivo.</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (minutes)</source>
        <translation>Tiempo mediano de resolución, departamentos con más trabajo (minutos)</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (hours)</source>
        <translation>Tiempo mediano de resolución, departamentos con más trabajo (horas)</translation>
    </message>
    <message>
        <source>Nothing was resolved in this period.</source>
        <translation>En este periodo no se resolvió nada.</translation>
    </message>
    <message>
        <source>What internal customers said</source>
        <translation>Lo que dijeron los clientes internos</translation>
    </message>
    <message>
        <source>{title}, about {start} to {end}: {returned} of {invited} forms back ({rate}).</source>
        <translation>{title}, del {start} al {end}: formularios devueltos {returned} de {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visión de los clientes</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do. Anonymous answers in brackets are held back: fewer than {k} people gave them.</source>
        <translation>Puntuaciones del 1 al 5. Una diferencia positiva: el departamento piensa mejor de su servicio que sus clientes. Las respuestas anónimas entre paréntesis se retienen: las dieron menos de {k} personas.</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do.</source>
        <translation>Puntuaciones del 1 al 5. Una diferencia positiva: el departamento piensa mejor de su servicio que sus clientes.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Paso {n} (indicado en una encuesta): {text}</translation>
    </message>
    <message>
        <source>Service network</source>
        <translation>Red de servicio</translation>
    </message>
    <message>
        <source>Who serves whom inside the company, and how well: each pair of departments, both ways.</source>
        <translation>Quién atiende a quién dentro de la empresa, y lo bien que lo hace: cada par de departamentos, en ambos sentidos.</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Mapa de servicio</translation>
    </message>
    <message>
        <source>Pair matrix</source>
        <translation>Matriz de pares</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.</source>
        <translation>
            <numerusform>{period}: %n par (mostrados: {shown}), en ambos sentidos: {two_way}.</numerusform>
            <numerusform>{period}: %n pares (mostrados: {shown}), en ambos sentidos: {two_way}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most unbalanced: {a} → {b} {good} within target, {b} → {a} only {bad}.</source>
        <translation>Par más desequilibrado: {a} → {b} {good} en plazo, {b} → {a} solo {bad}.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are held back: fewer than {k} people gave them in a pair's month.</source>
        <translation>Valoraciones anónimas retenidas: {n}; las dieron menos de {k} personas en el mes de un par.</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Everyone who serves or is served: employees, temporary staff, contractors, owners, consultants. Add the first person.</source>
        <translation>Todos los que sirven o son servidos: empleados, personal temporal, contratistas, propietarios, consultores. Añada la primera persona.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Marcar como baja</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Mostrar bajas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Requests asked</source>
        <translation>Solicitudes hechas</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Solicitudes atendidas</translation>
    </message>
    <message>
        <source>{n} ({open} still open)</source>
        <translation>{n} (aún abiertas: {open})</translation>
    </message>
    <message>
        <source>Rating of what they handled</source>
        <translation>Valoración de lo que atendió</translation>
    </message>
    <message>
        <source>{rating} from {n} ratings</source>
        <translation>{rating} (valoraciones: {n})</translation>
    </message>
    <message>
        <source>Ratings they gave</source>
        <translation>Valoraciones dadas</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Standards they own</source>
        <translation>Estándares de los que es responsable</translation>
    </message>
    <message>
        <source>Recently handled</source>
        <translation>Atendidas recientemente</translation>
    </message>
    <message>
        <source>No recognitions yet.</source>
        <translation>Aún no hay reconocimientos.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Nothing handled yet.</source>
        <translation>Aún nada atendido.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Bring {name} back? They appear in pickers again.</source>
        <translation>¿Recuperar a {name}? Volverá a aparecer en las listas de selección.</translation>
    </message>
    <message>
        <source>Mark {name} as having left? Their history stays; they no longer appear in pickers.</source>
        <translation>¿Marcar a {name} como baja? Su historial se conserva; ya no aparecerá en las listas de selección.</translation>
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
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>From month to month…</source>
        <translation>De un mes a otro…</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Último mes</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (ya no está)</translation>
    </message>
</context>
<context>
    <name>PresetChip</name>
    <message>
        <source>Show all again</source>
        <translation>Mostrar todo de nuevo</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>No se pudo crear el documento</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Creando el documento…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>No se pudo leer el documento para imprimirlo.</translation>
    </message>
    <message>
        <source>None of the pages chosen are in this document: it has pages 1 to {last}.</source>
        <translation>Ninguna de las páginas elegidas está en este documento: tiene las páginas 1 a {last}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Printing to {file}…</source>
        <translation>Imprimiendo en {file}…</translation>
    </message>
    <message>
        <source>Printed to {file} ({folder}).</source>
        <translation>Impreso en {file} ({folder}).</translation>
    </message>
    <message>
        <source>The printer {printer} did not start. Check that it is on and connected, and try again.</source>
        <translation>La impresora {printer} no arrancó. Compruebe que esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation>Imprimiendo la página {page} de {total}…</translation>
    </message>
    <message>
        <source>The printer stopped after {done} of {total} pages.</source>
        <translation>La impresora se detuvo tras {done} de {total} páginas.</translation>
    </message>
</context>
<context>
    <name>QuestionTable</name>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Statement rated from 1 to 5</source>
        <translation>Afirmación valorada del 1 al 5</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognise good service</source>
        <translation>Reconocer un buen servicio</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Thank who handled request #{n}</source>
        <translation>Agradecer a quien atendió la solicitud n.º {n}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To (person)</source>
        <translation>Para (persona)</translation>
    </message>
    <message>
        <source>To (department)</source>
        <translation>Para (departamento)</translation>
    </message>
    <message>
        <source>(nobody: a whole team is recognised)</source>
        <translation>(nadie: el reconocimiento es para todo un equipo)</translation>
    </message>
    <message>
        <source>(no team: a person is recognised)</source>
        <translation>(ningún equipo: el reconocimiento es para una persona)</translation>
    </message>
    <message>
        <source>From (person)</source>
        <translation>De (persona)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>From (department)</source>
        <translation>De (departamento)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Quick fix before the breakfast rush</source>
        <translation>p. ej. Arreglo rápido antes del desayuno</translation>
    </message>
    <message>
        <source>e.g. Employee of the month, November</source>
        <translation>p. ej. Empleado del mes, noviembre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who gave it, to whom and which award stay as given; to recognise someone else, archive this one and give a new one.</source>
        <translation>Quién lo dio, a quién y qué reconocimiento se mantienen; para reconocer a otra persona, archive este y dé uno nuevo.</translation>
    </message>
    <message>
        <source>Choose who is being recognised.</source>
        <translation>Elija a quién se reconoce.</translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>Recognition</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Recognise someone</source>
        <translation>Reconocer a alguien</translation>
    </message>
    <message>
        <source>Thank colleagues for good service, recognise achievements and name an employee of the month. Give the first recognition.</source>
        <translation>Agradezca a sus compañeros un buen servicio, reconozca logros y nombre al empleado del mes. Dé el primer reconocimiento.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Service agreement sheet</source>
        <translation>Hoja del acuerdo de servicio</translation>
    </message>
    <message>
        <source>SOP handbook</source>
        <translation>Manual de procedimientos</translation>
    </message>
    <message>
        <source>One request</source>
        <translation>Una solicitud</translation>
    </message>
    <message>
        <source>Department scorecard</source>
        <translation>Cuadro de mando del departamento</translation>
    </message>
    <message>
        <source>Service summary</source>
        <translation>Resumen del servicio</translation>
    </message>
    <message>
        <source>Acknowledgement status: who still has to sign</source>
        <translation>Estado de las confirmaciones de lectura: quién debe firmar todavía</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>Hoja de asistencia a la formación</translation>
    </message>
    <message>
        <source>Service network report</source>
        <translation>Informe de la red de servicio</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Tick none for the whole company.</source>
        <translation>No marque ninguno para toda la empresa.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sesión de formación</translation>
    </message>
    <message>
        <source>Add acknowledgement sheets to sign</source>
        <translation>Añadir hojas de confirmación de lectura para firmar</translation>
    </message>
    <message>
        <source>Issue as a new edition</source>
        <translation>Emitir como nueva edición</translation>
    </message>
    <message>
        <source>Records this handbook as the next edition, with today's date. The next edition lists what changed since this one.</source>
        <translation>Registra este manual como la próxima edición, con la fecha de hoy. La siguiente edición indicará qué cambió desde esta.</translation>
    </message>
    <message>
        <source>Mark as uncontrolled when printed</source>
        <translation>Marcar como copia no controlada si se imprime</translation>
    </message>
    <message>
        <source>Prints “Uncontrolled when printed” on every page, for copies that will not be kept up to date.</source>
        <translation>Imprime «Copia no controlada si se imprime» en cada página, para las copias que no se mantendrán al día.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Make the document</source>
        <translation>Crear el documento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <source>Choose a document on the left and make it: it appears here, ready to print or save.</source>
        <translation>Elija un documento a la izquierda y créelo: aparecerá aquí, listo para imprimir o guardar.</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Creando el documento…</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>No se pudo crear el documento</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF documents. Use Save as… and open the file with a PDF viewer, or print it from here.</source>
        <translation>Este ordenador no tiene ningún programa para abrir documentos PDF. Use Guardar como… y abra el archivo con un visor de PDF, o imprímalo desde aquí.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Todavía no hay nada que imprimir</translation>
    </message>
    <message>
        <source>Choose a document and press “Make the document”; when it is shown here, print it.</source>
        <translation>Elija un documento y pulse «Crear el documento»; cuando aparezca aquí, imprímalo.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Solicitada a</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Esperando al solicitante</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Move this request</source>
        <translation>Mover esta solicitud</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Write a note for the history, or a comment to go with a move…</source>
        <translation>Escriba una nota para el historial, o un comentario para acompañar un cambio…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Rate this service…</source>
        <translation>Valorar este servicio…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Abrir acción correctiva…</translation>
    </message>
    <message>
        <source>Thank who handled it…</source>
        <translation>Agradecer a quien la atendió…</translation>
    </message>
    <message>
        <source>Recognise the person who handled this request, now that it is resolved</source>
        <translation>Reconozca a la persona que atendió esta solicitud, ahora que está resuelta</translation>
    </message>
    <message>
        <source>&amp;Done by</source>
        <translation>&amp;Realizado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Empezar el trabajo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Answer received: resume</source>
        <translation>Respuesta recibida: reanudar</translation>
    </message>
    <message>
        <source>Wait on requester</source>
        <translation>Esperar al solicitante</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Cerrar la solicitud</translation>
    </message>
    <message>
        <source>Cancel the request…</source>
        <translation>Cancelar la solicitud…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Solicitud n.º {n}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>none (no deadline)</source>
        <translation>ninguno (sin plazo)</translation>
    </message>
    <message>
        <source>Nothing more to do: this request is finished</source>
        <translation>No queda nada por hacer: esta solicitud está terminada</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Corrective action opened on {opened}, due {due}: {status}</source>
        <translation>Acción correctiva abierta el {opened}, vence el {due}: {status}</translation>
    </message>
    <message>
        <source>Thanks to {to} from {sender}</source>
        <translation>Gracias a {to} de {sender}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Discard note?</source>
        <translation>¿Descartar la nota?</translation>
    </message>
    <message>
        <source>The note you typed has not been added to the history. Close and lose it?</source>
        <translation>La nota que escribió no se ha añadido al historial. ¿Cerrar y perderla?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>Change request #{n}</source>
        <translation>Cambiar la solicitud n.º {n}</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <source>e.g. Cannot log into the PMS</source>
        <translation>p. ej. No puedo entrar en el PMS</translation>
    </message>
    <message>
        <source>Asked of (department)</source>
        <translation>Solicitada a (departamento)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Necesaria para el</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Solicitada por (persona)</translation>
    </message>
    <message>
        <source>(not a person)</source>
        <translation>(no es una persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitada por (departamento)</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(el departamento de la persona)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The service standard sets the deadlines: first response and resolution targets. Without one, say the day it is needed by.</source>
        <translation>El estándar de servicio fija los plazos: objetivos de primera respuesta y de resolución. Sin estándar, indica el día para el que se necesita.</translation>
    </message>
    <message>
        <source>Stays as logged: the request counts in the figures of this pair of departments. To ask another department, cancel this request and log a new one.</source>
        <translation>Se mantiene como se registró: la solicitud cuenta en las cifras de este par de departamentos. Para pedirlo a otro departamento, cancele esta solicitud y registre una nueva.</translation>
    </message>
    <message>
        <source>Who asked stays as logged, for the same reason.</source>
        <translation>Quién lo pidió se mantiene como se registró, por el mismo motivo.</translation>
    </message>
    <message>
        <source>Stays as logged: the request's deadlines were promised under this standard.</source>
        <translation>Se mantiene como se registró: los plazos de la solicitud se prometieron con este estándar.</translation>
    </message>
    <message>
        <source>Resolved without a standard: its time was not measured against one, and is not afterwards.</source>
        <translation>Resuelta sin estándar: su tiempo no se midió con ninguno, y tampoco se mide después.</translation>
    </message>
    <message>
        <source>A standard chosen now counts its targets from when the request was logged ({when}).</source>
        <translation>Un estándar elegido ahora cuenta sus plazos desde que se registró la solicitud ({when}).</translation>
    </message>
    <message>
        <source>(none: no deadline)</source>
        <translation>(ninguno: sin plazo)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Set by the service standard's resolution target.</source>
        <translation>La fija el objetivo de resolución del estándar de servicio.</translation>
    </message>
    <message>
        <source>Stays as it was when the request was resolved.</source>
        <translation>Se queda como estaba cuando se resolvió la solicitud.</translation>
    </message>
    <message>
        <source>Optional: overdue after the end of that working day.</source>
        <translation>Opcional: atrasada tras el final de esa jornada laboral.</translation>
    </message>
    <message>
        <source>answer {a}, resolve {b}</source>
        <translation>respuesta {a}, resolución {b}</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Indique quién lo pide: una persona o un departamento.</translation>
    </message>
</context>
<context>
    <name>RequestReport</name>
    <message>
        <source>Internal request #{number}</source>
        <translation>Solicitud interna n.º {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Prestado por</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Primera respuesta antes de</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Resolución antes de</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Time waiting on requester</source>
        <translation>Tiempo esperando al solicitante</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Yes: a target has passed</source>
        <translation>Sí: se ha superado un objetivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Punto de fallo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Prestado por</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due state</source>
        <translation>Estado del vencimiento</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>Overdue: its deadline has passed</source>
        <translation>Atrasada: su plazo ha vencido</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Internal requests</source>
        <translation>Solicitudes internas</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>An internal request is one piece of service one department asks of another: accounting asks IT for PMS access, the dining room asks the kitchen for an allergy menu. Log the first one.</source>
        <translation>Una solicitud interna es un servicio que un departamento pide a otro: contabilidad pide a IT acceso al PMS, el comedor pide a la cocina un menú para alérgicos. Registre la primera.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open (not resolved yet)</source>
        <translation>Abiertas (aún sin resolver)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier proveedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Cualquier solicitante</translation>
    </message>
    <message>
        <source>Requester's department</source>
        <translation>Departamento solicitante</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Cualquier asignado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo atrasadas</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>desde cualquier fecha</translation>
    </message>
    <message>
        <source>Logged from</source>
        <translation>Registradas desde</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>hasta cualquier fecha</translation>
    </message>
    <message>
        <source>Logged until</source>
        <translation>Registradas hasta</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Resolved since {date}</source>
        <translation>Resueltas desde el {date}</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Solicitud n.º {n}</translation>
    </message>
    <message>
        <source>Request #{n} is {status} and cannot be cancelled.</source>
        <translation>La solicitud n.º {n} está {status} y no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the server holds now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Elija la copia de seguridad a la que volver. Lo que contiene ahora el servidor se guarda antes como copia de seguridad, así que la restauración también se puede deshacer.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Elija la copia a la que volver. Antes se guarda una copia del archivo tal como está, así que la restauración también se puede deshacer.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>archivo elegido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this company on this PC yet: File → Backup now makes one. A backup made elsewhere can be picked with Choose a file…</source>
        <translation>Todavía no hay copias de seguridad de esta empresa en este PC: Archivo → Copia de seguridad ahora crea una. Una copia hecha en otro lugar se elige con Elegir un archivo…</translation>
    </message>
    <message>
        <source>There are no backups of this file in its backups folder yet. icdesk makes one each day it opens the file; File → Backup now makes one at any time. A backup kept elsewhere can be picked with Choose a file…</source>
        <translation>Aún no hay copias de seguridad de este archivo en su carpeta de copias. icdesk hace una cada día que abre el archivo; Archivo → Copia de seguridad ahora hace una en cualquier momento. Una copia guardada en otro lugar se elige con Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
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
        <translation>Archivos de datos de icdesk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visión de los clientes</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidas</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>By customer department</source>
        <translation>Por departamento cliente</translation>
    </message>
    <message>
        <source>Where it broke down, and comments</source>
        <translation>Puntos de fallo y comentarios</translation>
    </message>
    <message>
        <source>{returned} of {invited} forms back ({rate}). Scores from 1 to 5; the gap is the department's own view minus its customers' view. Anonymous answers are shown only where at least {k} people gave them.</source>
        <translation>Formularios devueltos {returned} de {invited} ({rate}). Puntuaciones del 1 al 5; la diferencia es la autoevaluación del departamento menos la visión de sus clientes. Las respuestas anónimas solo se muestran donde las dieron al menos {k} personas.</translation>
    </message>
    <message>
        <source>{name}: {score} ({n} answers)</source>
        <translation>{name}: {score} (respuestas: {n})</translation>
    </message>
    <message>
        <source>{name}: not shown (no answers, or too few to stay anonymous)</source>
        <translation>{name}: no se muestra (sin respuestas, o demasiado pocas para seguir siendo anónimas)</translation>
    </message>
    <message>
        <source>Broke down at: {step} ({n}×)</source>
        <translation>Punto de fallo: {step} ({n}×)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>A new draft of the standard is made with the change note written; finish it and send it for review in Service Standards. Its approver says whether everyone has to sign it again.</source>
        <translation>Se crea un nuevo borrador del estándar con la nota de cambios escrita; termínelo y envíelo a revisión en Estándares de servicio. Su aprobador dice si todos deben firmarlo de nuevo.</translation>
    </message>
    <message>
        <source>Standard to revise</source>
        <translation>Estándar que revisar</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Qué cambiará</translation>
    </message>
    <message>
        <source>Outcome of the action</source>
        <translation>Resultado de la acción</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Crear el borrador</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>Nueva ronda de encuesta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>How well do we serve each other? {month}</source>
        <translation>¿Qué tal nos atendemos unos a otros? {month}</translation>
    </message>
    <message>
        <source>About the service from</source>
        <translation>Sobre el servicio desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Anonymous: one form per department; nobody's name is kept with an answer</source>
        <translation>Anónima: un formulario por departamento; no se guarda ningún nombre con las respuestas</translation>
    </message>
    <message>
        <source>Pairs asked about</source>
        <translation>Pares consultados</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Listed: the pairs with requests in the period and those with a service agreement. Customers rate the provider; each provider also rates itself.</source>
        <translation>En la lista: los pares con solicitudes en el periodo y los que tienen un acuerdo de servicio. Los clientes valoran al proveedor; cada proveedor se valora también a sí mismo.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Questions (the internal service quality dimensions, INTSERVQUAL)</source>
        <translation>Preguntas (las dimensiones de la calidad del servicio interno, INTSERVQUAL)</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <source>Each is rated from 1 (do not agree at all) to 5 (fully agree). You can change them until the first answer comes in.</source>
        <translation>Cada una se valora del 1 (nada de acuerdo) al 5 (totalmente de acuerdo). Puede cambiarlas hasta que llegue la primera respuesta.</translation>
    </message>
    <message>
        <source>Anonymous ratings of {names} would stay hidden: fewer than {k} people can rate each of them. Tick more customers for them, or untick Anonymous.</source>
        <translation>Las valoraciones anónimas de {names} quedarían ocultas: menos de {k} personas pueden valorar a cada uno. Marque más clientes para ellos, o desmarque Anónima.</translation>
    </message>
    <message>
        <source>“{title}” already asks about some of these pairs for {start} – {end}; the answers of both rounds will count for those days.</source>
        <translation>«{title}» ya pregunta por algunas de estas parejas del {start} al {end}; para esos días contarán las respuestas de ambas rondas.</translation>
    </message>
    <message>
        <source>{customer} rates {provider}</source>
        <translation>{customer} valora a {provider}</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Teclear formularios en papel</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Finish the round</source>
        <translation>Finalizar la ronda</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The answers typed for form {code} are not saved. Close and lose them?</source>
        <translation>Las respuestas escritas para el formulario {code} no están guardadas. ¿Cerrar y perderlas?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The questions changed are not saved. Close and lose the changes?</source>
        <translation>Los cambios en las preguntas no están guardados. ¿Cerrar y perderlos?</translation>
    </message>
    <message>
        <source>Print the forms to hand out, or write one fillable PDF per form to e-mail: people fill it in on screen and send the file back. Put the returned files in one folder and read them in: each form is checked, a file sent twice is recognised, and anonymous answers keep nothing of who sent them, not even the file's name.</source>
        <translation>Imprima los formularios para repartirlos, o escriba un PDF rellenable por formulario para enviarlo por correo: la gente lo rellena en pantalla y devuelve el archivo. Ponga los archivos devueltos en una carpeta y léalos: cada formulario se comprueba, un archivo enviado dos veces se reconoce y las respuestas anónimas no guardan nada de quién las envió, ni siquiera el nombre del archivo.</translation>
    </message>
    <message>
        <source>Paper forms to print…</source>
        <translation>Formularios en papel para imprimir…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to a folder…</source>
        <translation>Formularios PDF rellenables en una carpeta…</translation>
    </message>
    <message>
        <source>Read returned forms from a folder…</source>
        <translation>Leer formularios devueltos de una carpeta…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Código del formulario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation>Guardar las preguntas</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>About {start} to {end} · {kind} · {status} · {returned} of {invited} forms back ({rate})</source>
        <translation>Del {start} al {end} · {kind} · {status} · formularios devueltos: {returned} de {invited} ({rate})</translation>
    </message>
    <message>
        <source>Reword, add or remove questions until the first answer comes in.</source>
        <translation>Reformule, añada o quite preguntas hasta que llegue la primera respuesta.</translation>
    </message>
    <message>
        <source>Answers refer to these questions, so they can no longer be changed; start a new round to ask others.</source>
        <translation>Las respuestas se refieren a estas preguntas, así que ya no se pueden cambiar; inicie una nueva ronda para hacer otras.</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>Preparando los formularios…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Carpeta para los formularios rellenables</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Formularios escritos</translation>
    </message>
    <message>
        <source>{n} fillable forms are in {folder}.</source>
        <translation>Formularios rellenables en {folder}: {n}.</translation>
    </message>
    <message>
        <source>The forms could not be made</source>
        <translation>No se pudieron preparar los formularios</translation>
    </message>
    <message>
        <source>Folder with the returned forms</source>
        <translation>Carpeta con los formularios devueltos</translation>
    </message>
    <message>
        <source>{n} forms read in ({a} answers), {d} already read before, {r} left out.</source>
        <translation>Formularios leídos: {n} (respuestas: {a}) · ya leídos antes: {d} · excluidos: {r}.</translation>
    </message>
    <message>
        <source>✔ {file}: {n} answers</source>
        <translation>✔ {file}: respuestas {n}</translation>
    </message>
    <message>
        <source>Finish this round? No more answers can be added; the results stay as they are.</source>
        <translation>¿Finalizar esta ronda? No se podrán añadir más respuestas; los resultados quedan como están.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message>
        <source>Department scorecard</source>
        <translation>Cuadro de mando del departamento</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Jefe del departamento: {name}</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Como proveedor</translation>
    </message>
    <message>
        <source>Breakdown points named: {points}</source>
        <translation>Puntos de fallo señalados: {points}</translation>
    </message>
    <message>
        <source>As customer</source>
        <translation>Como cliente</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>solicitud recibida</numerusform>
            <numerusform>solicitudes recibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>resolución mediana, tiempo laborable</translation>
    </message>
    <message>
        <source>90% resolved within, working time</source>
        <translation>Plazo del 90 % (tiempo laborable)</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valoración media</translation>
    </message>
    <message>
        <source>open now (overdue)</source>
        <translation>abiertas ahora (atrasadas)</translation>
    </message>
    <message numerus="yes">
        <source>request(s) made</source>
        <translation>
            <numerusform>solicitud hecha</numerusform>
            <numerusform>solicitudes hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its request(s) resolved</source>
        <translation>
            <numerusform>solicitud suya resuelta</numerusform>
            <numerusform>solicitudes suyas resueltas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rating(s) given</source>
        <translation>
            <numerusform>valoración dada</numerusform>
            <numerusform>valoraciones dadas</numerusform>
        </translation>
    </message>
    <message>
        <source>average rating given</source>
        <translation>valoración media dada</translation>
    </message>
    <message>
        <source>Times are working time in this department's calendar ({hours}); time spent waiting on the requester is left out.</source>
        <translation>Los tiempos son tiempo laborable según el calendario del departamento ({hours}); el tiempo esperando al solicitante no cuenta.</translation>
    </message>
    <message>
        <source>Service standards in force</source>
        <translation>Estándares de servicio en vigor</translation>
    </message>
    <message>
        <source>This department has no standard in force yet.</source>
        <translation>Este departamento aún no tiene estándares en vigor.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencida)</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>Acuerdos de servicio</translation>
    </message>
    <message>
        <source>No service agreements yet.</source>
        <translation>Aún no hay acuerdos de servicio.</translation>
    </message>
    <message>
        <source>serves {name}</source>
        <translation>sirve a {name}</translation>
    </message>
    <message>
        <source>is served by {name}</source>
        <translation>es servido por {name}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Necesidades del cliente</translation>
    </message>
    <message>
        <source>Provider needs</source>
        <translation>Necesidades del proveedor</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>Acciones correctivas abiertas</translation>
    </message>
    <message>
        <source>No open corrective actions.</source>
        <translation>No hay acciones correctivas abiertas.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Service Network</source>
        <translation>Red de servicio</translation>
    </message>
    <message>
        <source>Departments &amp; People</source>
        <translation>Departamentos y personas</translation>
    </message>
    <message>
        <source>Service Standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Survey Rounds</source>
        <translation>Rondas de encuesta</translation>
    </message>
    <message>
        <source>Corrective Actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Closing the Loop</source>
        <translation>Cerrar el ciclo</translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>resueltas: {n}</translation>
    </message>
    <message>
        <source>Within target: {share}</source>
        <translation>En plazo: {share}</translation>
    </message>
    <message>
        <source>Median time to resolve: {time}</source>
        <translation>Tiempo mediano de resolución: {time}</translation>
    </message>
    <message>
        <source>Average rating: {rating}</source>
        <translation>Valoración media: {rating}</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and late now: {n}</source>
        <translation>Abiertas y atrasadas ahora: {n}</translation>
    </message>
    <message>
        <source>Survey score: {score}</source>
        <translation>Puntuación de la encuesta: {score}</translation>
    </message>
    <message>
        <source>Click to see these requests.</source>
        <translation>Haga clic para ver estas solicitudes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Served others: {n} requests, {share} within target, rating {rating}&lt;br&gt;Was served: {m} requests, {share2} within target</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Atendió a otros: solicitudes {n}, {share} en plazo, valoración {rating}&lt;br&gt;Fue atendido: solicitudes {m}, {share2} en plazo</translation>
    </message>
    <message>
        <source>Click to open the department.</source>
        <translation>Haga clic para abrir el departamento.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>{title}, version {n}, of {department}. Click to tick the whole column.</source>
        <translation>{title}, versión {n}, del departamento {department}. Haga clic para marcar toda la columna.</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Ya firmado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Abrir la fila seleccionada</translation>
    </message>
    <message>
        <source>Archive or cancel the selected row (asks first)</source>
        <translation>Archivar o cancelar la fila seleccionada (pregunta antes)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>From the search box to the rows found</source>
        <translation>Del cuadro de búsqueda a las filas encontradas</translation>
    </message>
    <message>
        <source>On to the next field; in a table the arrow keys move from cell to cell</source>
        <translation>Al campo siguiente; en una tabla las flechas pasan de una celda a otra</translation>
    </message>
    <message>
        <source>Save the form of the dialog on view</source>
        <translation>Guardar el formulario de la ventana abierta</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Pulsar ese botón o ir a ese campo</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (asks first if something was typed)</source>
        <translation>Cerrar un diálogo (pregunta antes si se escribió algo)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Shortcuts work on every screen; the list ones act on the list on view.</source>
        <translation>Los atajos funcionan en todas las pantallas; los de las listas actúan sobre la lista visible.</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <source>Enter a signed sheet</source>
        <translation>Registrar una hoja firmada</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Tick every line that was signed. Click a name or a standard to tick its whole row or column. Red: never signed; amber: signed an earlier version; grey check: already signed.</source>
        <translation>Marque cada línea firmada. Haga clic en un nombre o un estándar para marcar toda su fila o columna. Rojo: nunca firmado; ámbar: firmó una versión anterior; marca gris: ya firmado.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Save the ticks</source>
        <translation>Guardar las marcas</translation>
    </message>
    <message>
        <source>Everyone in this department has signed every standard in force.</source>
        <translation>En este departamento todos han firmado cada estándar en vigor.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ticked</source>
        <translation>
            <numerusform>%n línea marcada</numerusform>
            <numerusform>%n líneas marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Marque al menos una línea.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>icdesk was started again for {requested}: finish or close the open window first, then start it again.</source>
        <translation>icdesk se inició de nuevo para {requested}: termine o cierre primero la ventana abierta y luego vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>{file} is already open here.</source>
        <translation>{file} ya está abierto aquí.</translation>
    </message>
    <message>
        <source>icdesk was started again for {requested}, but this window has {here} open. Open {requested} here instead?</source>
        <translation>icdesk se inició de nuevo para {requested}, pero esta ventana tiene abierto {here}. ¿Abrir {requested} aquí en su lugar?</translation>
    </message>
    <message>
        <source>Open another data file?</source>
        <translation>¿Abrir otro archivo de datos?</translation>
    </message>
    <message>
        <source>Open it here</source>
        <translation>Abrirlo aquí</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>Department that gives the service</source>
        <translation>Departamento que presta el servicio</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién sirve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Resuelto en</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>when put in force</source>
        <translation>al ponerlo en vigor</translation>
    </message>
    <message>
        <source>Also read by</source>
        <translation>También lo leen</translation>
    </message>
    <message>
        <source>Other departments whose people must read and acknowledge this standard; its own department always does.</source>
        <translation>Otros departamentos cuyas personas deben leer y confirmar la lectura de este estándar; su propio departamento siempre lo hace.</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>Enviar a revisión…</translation>
    </message>
    <message>
        <source>Send back to draft…</source>
        <translation>Devolver a borrador…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Poner en vigor</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>no prevista</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Crear una nueva versión</translation>
    </message>
    <message>
        <source>Save the readers</source>
        <translation>Guardar los lectores</translation>
    </message>
    <message>
        <source>Versions and changes…</source>
        <translation>Versiones y cambios…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Service standard: {title}</source>
        <translation>Estándar de servicio: {title}</translation>
    </message>
    <message>
        <source>New service standard</source>
        <translation>Nuevo estándar de servicio</translation>
    </message>
    <message>
        <source>A new standard starts as a draft. Send it for review: once its approver has approved it, put it in force.</source>
        <translation>Un estándar nuevo empieza como borrador. Envíelo a revisión: cuando su aprobador lo haya aprobado, póngalo en vigor.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. Edit it, then send it for review to the head of department or the manager.</source>
        <translation>Versión {n}: {status}. Edítela y envíela a revisión al jefe del departamento o al gerente.</translation>
    </message>
    <message>
        <source>Sent back with this note: {note}</source>
        <translation>Devuelta con esta nota: {note}</translation>
    </message>
    <message>
        <source>Version {n} is with {approver} for review since {date}. Only {approver} can approve it.</source>
        <translation>La versión {n} está en revisión con {approver} desde el {date}. Solo {approver} puede aprobarla.</translation>
    </message>
    <message>
        <source>Version {n}: {approval} Put it in force when it should apply.</source>
        <translation>Versión {n}: {approval} Póngala en vigor cuando deba aplicarse.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. A version in force cannot be changed: make a new version to change it.</source>
        <translation>Versión {n}, en estado «{status}». Una versión en vigor no se puede cambiar: cree una nueva versión para cambiarla.</translation>
    </message>
    <message>
        <source>Put in force on {date}; its approval was not recorded (published before icdesk kept approvals).</source>
        <translation>En vigor desde el {date}; su aprobación no quedó registrada (publicada antes de que icdesk guardara las aprobaciones).</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}.</source>
        <translation>Aprobada por {approver} el {date}.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Devolver a borrador</translation>
    </message>
    <message>
        <source>What has to change? The owner sees this note on the draft.</source>
        <translation>¿Qué debe cambiar? El responsable verá esta nota en el borrador.</translation>
    </message>
    <message>
        <source>Version {n} – {status}, published {date}</source>
        <translation>Versión {n} – estado: {status}, publicada el {date}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>StandardsScreen</name>
    <message>
        <source>Service standards</source>
        <translation>Estándares de servicio</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Nuevo estándar</translation>
    </message>
    <message>
        <source>A service standard (SOP) says what a department does for its internal customers, step by step, and how fast it answers and resolves. Write the first one.</source>
        <translation>Un estándar de servicio (SOP) dice qué hace un departamento por sus clientes internos, paso a paso, y con qué rapidez responde y resuelve. Escriba el primero.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Review due within 30 days or past</source>
        <translation>Revisión en 30 días o vencida</translation>
    </message>
    <message>
        <source>Standards in force whose review date is near or has passed: review them before the date, then make a new version or set the next date.</source>
        <translation>Estándares en vigor cuya fecha de revisión está cerca o ha pasado: revíselos antes de la fecha y luego cree una nueva versión o fije la próxima fecha.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>head of {department}</source>
        <translation>jefe de {department}</translation>
    </message>
    <message>
        <source>owner-manager</source>
        <translation>propietario-gerente</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” goes to the person named here. Only they can approve it; until then it cannot be changed.</source>
        <translation>La versión {n} de «{title}» va a la persona nombrada aquí. Solo ella puede aprobarla; hasta entonces no se puede cambiar.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>{owner} owns this standard and cannot also approve it: add the owner-manager in Departments &amp; People as a person of kind “Owner / shareholder”, or give the standard another owner.</source>
        <translation>{owner} es responsable de este estándar y no puede aprobarlo también: añada al propietario-gerente en Departamentos y personas como persona de tipo «Propietario / accionista», o dé al estándar otro responsable.</translation>
    </message>
    <message>
        <source>Nobody can approve standards of {department} yet: name its head in Departments &amp; People, or add the owner-manager there as a person of kind “Owner / shareholder”.</source>
        <translation>Nadie puede aprobar todavía los estándares de {department}: nombre a su jefe en Departamentos y personas, o añada allí al propietario-gerente como persona de tipo «Propietario / accionista».</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Service summary</source>
        <translation>Resumen del servicio</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>“before”: the same number of days just before this period, {start} to {end}.</source>
        <translation>«antes»: el mismo número de días justo antes de este periodo, del {start} al {end}.</translation>
    </message>
    <message>
        <source>Share resolved within target, per month</source>
        <translation>Proporción resuelta dentro del objetivo, por mes</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>En este periodo no se resolvió ninguna solicitud con objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>solicitud recibida</numerusform>
            <numerusform>solicitudes recibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request(s) resolved</source>
        <translation>
            <numerusform>solicitud resuelta</numerusform>
            <numerusform>solicitudes resueltas</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>resolución mediana, tiempo laborable</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valoración media</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>antes: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n departamento más</numerusform>
            <numerusform>%n departamentos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Solicitudes por departamento</translation>
    </message>
    <message>
        <source>Resolved within target, per department</source>
        <translation>Resueltas dentro del objetivo, por departamento</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Goal {share}</source>
        <translation>Meta {share}</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Por debajo de la meta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tendencia mensual</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>No hay solicitudes en este periodo.</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>Departamento proveedor</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>Plazo del 90 %</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Por departamento</translation>
    </message>
    <message>
        <source>Median working time</source>
        <translation>Tiempo laborable mediano</translation>
    </message>
    <message>
        <source>Resolution times are working time, counted in each providing department's calendar: hours outside its working hours, public holidays, closures and time spent waiting on the requester are left out. Departments open around the clock count every hour.</source>
        <translation>Los tiempos de resolución son tiempo laborable, contado en el calendario de cada departamento proveedor: las horas fuera de su horario, los festivos, los cierres y el tiempo esperando al solicitante no cuentan. Los departamentos abiertos las 24 horas cuentan cada hora.</translation>
    </message>
    <message>
        <source>Where service broke down</source>
        <translation>Dónde falló el servicio</translation>
    </message>
    <message>
        <source>No breakdown points were named in this period.</source>
        <translation>No se señalaron puntos de fallo en este periodo.</translation>
    </message>
    <message>
        <source>Feedback naming each breakdown point</source>
        <translation>Valoraciones por punto de fallo</translation>
    </message>
    <message>
        <source>Corrective actions opened</source>
        <translation>Acciones correctivas iniciadas</translation>
    </message>
    <message>
        <source>Corrective actions completed</source>
        <translation>Acciones correctivas terminadas</translation>
    </message>
    <message>
        <source>Corrective actions overdue now</source>
        <translation>Acciones correctivas atrasadas ahora</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Reconocimientos dados</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Cerrar el ciclo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support the idea</source>
        <translation>Apoyar la idea</translation>
    </message>
    <message>
        <source>Who supports it</source>
        <translation>Quién la apoya</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyar</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This department does what it promised, when it promised it.</source>
        <translation>Este departamento hace lo que prometió, cuando lo prometió.</translation>
    </message>
    <message>
        <source>This department answers promptly and helps quickly when needed.</source>
        <translation>Este departamento contesta enseguida y ayuda rápido cuando hace falta.</translation>
    </message>
    <message>
        <source>This department's people know their job: their work and their word can be trusted.</source>
        <translation>La gente de este departamento conoce su trabajo: uno puede fiarse de su trabajo y de su palabra.</translation>
    </message>
    <message>
        <source>This department understands what its internal customers need.</source>
        <translation>Este departamento entiende lo que necesitan sus clientes internos.</translation>
    </message>
    <message>
        <source>This department's forms, tools and information are clear and easy to use.</source>
        <translation>Los formularios, herramientas e información de este departamento son claros y fáciles de usar.</translation>
    </message>
</context>
<context>
    <name>SurveyFormReport</name>
    <message>
        <source>Your own department: how well do you think {department} serves its internal customers?</source>
        <translation>Su propio departamento: ¿qué tal cree que {department} atiende a sus clientes internos?</translation>
    </message>
    <message>
        <source>Did {department} serve you between {start} and {end}? Tick the box, then rate it. Leave this part empty if it did not.</source>
        <translation>¿{department} le atendió entre el {start} y el {end}? Marque la casilla y valórelo. Deje esta parte vacía si no le atendió.</translation>
    </message>
    <message>
        <source>Where did it break down? Step code ({department}'s steps are listed at the end)</source>
        <translation>¿Dónde falló? Código del paso (los pasos de {department} están al final)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Código del formulario</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Formulario de encuesta</translation>
    </message>
    <message>
        <source>How well do other departments serve you? Think of the service you received between {start} and {end}: each statement is rated from 1 (do not agree at all) to 5 (fully agree).</source>
        <translation>¿Qué tal le atienden los demás departamentos? Piense en el servicio recibido entre el {start} y el {end}: cada afirmación se valora del 1 (nada de acuerdo) al 5 (totalmente de acuerdo).</translation>
    </message>
    <message>
        <source>{department} – anonymous form. Do not write your name: your answers are kept with your department only, and shown only where at least {n} people answered.</source>
        <translation>{department} – formulario anónimo. No escriba su nombre: sus respuestas solo se guardan con su departamento y se muestran solo donde respondieron al menos {n} personas.</translation>
    </message>
    <message>
        <source>For {name}, {department}.</source>
        <translation>Para {name}, {department}.</translation>
    </message>
    <message>
        <source>Fill in this PDF on screen, save it and send it back as it is: icdesk reads the answers from the file.</source>
        <translation>Rellene este PDF en pantalla, guárdelo y devuélvalo tal cual: icdesk lee las respuestas del archivo.</translation>
    </message>
    <message>
        <source>Copy {n} of {m}</source>
        <translation>Copia {n} de {m}</translation>
    </message>
    <message>
        <source>Steps of the service standards</source>
        <translation>Pasos de los estándares de servicio</translation>
    </message>
    <message>
        <source>Where service broke down, write or choose the code of the step.</source>
        <translation>Donde falló el servicio, escriba o elija el código del paso.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Estándar de servicio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Survey rounds</source>
        <translation>Rondas de encuesta</translation>
    </message>
    <message>
        <source>Start a survey round</source>
        <translation>Iniciar una ronda de encuesta</translation>
    </message>
    <message>
        <source>A survey round asks each department how well the others serve it (“How well does IT serve you?”), on the five dimensions of internal service quality, and asks each department to rate itself too: the gap between the two views is where to start talking. Start the first round.</source>
        <translation>Una ronda de encuesta pregunta a cada departamento lo bien que le atienden los demás («¿Qué tal le atiende IT?») en las cinco dimensiones de la calidad del servicio interno, y pide a cada departamento que se valore también a sí mismo: la diferencia entre ambas visiones es donde empezar a hablar. Inicie la primera ronda.</translation>
    </message>
    <message>
        <source>Show anonymous results only where at least</source>
        <translation>Mostrar resultados anónimos solo donde respondieron al menos</translation>
    </message>
    <message>
        <source>people answered</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Applies to anonymous survey answers and anonymous feedback alike; never fewer than three, so nobody can be recognised.</source>
        <translation>Se aplica tanto a las respuestas anónimas de encuestas como a las valoraciones anónimas; nunca menos de tres, para que nadie pueda ser reconocido.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forms back</source>
        <translation>Formularios devueltos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>About {start} to {end}, {kind}: {returned} of {invited} forms back ({rate}).</source>
        <translation>Del {start} al {end}, {kind}: formularios devueltos {returned} de {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Visión de los clientes</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A gap of half a point or more (red): the department sees its service better than its customers do – a good place to start talking.</source>
        <translation>Puntuaciones del 1 al 5. Una diferencia de medio punto o más (en rojo): el departamento ve su servicio mejor que sus clientes, un buen punto para empezar a hablar.</translation>
    </message>
    <message>
        <source>No results to show yet: answers appear here as forms come back.</source>
        <translation>Aún no hay resultados: las respuestas aparecen aquí a medida que vuelven los formularios.</translation>
    </message>
    <message>
        <source>{n} anonymous answers are held back: fewer than {k} people answered about that department.</source>
        <translation>Respuestas anónimas retenidas: {n}; sobre ese departamento respondieron menos de {k} personas.</translation>
    </message>
    <message>
        <source>Open the round (Enter) for the results by dimension and customer, the forms to print or send, reading returned forms and typing in paper ones.</source>
        <translation>Abra la ronda (Intro) para ver los resultados por dimensión y cliente, los formularios para imprimir o enviar, leer los formularios devueltos y teclear los de papel.</translation>
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
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>{name}: hours</source>
        <translation>{name}: horas</translation>
    </message>
    <message>
        <source>{name}: minutes</source>
        <translation>{name}: minutos</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training session</source>
        <translation>Sesión de formación</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nueva sesión de formación</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>e.g. Allergens: from the booking to the plate</source>
        <translation>p. ej. Alérgenos: de la reserva al plato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Estándares tratados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Attending counts as reading and acknowledging the standards covered</source>
        <translation>Asistir cuenta como leer y confirmar la lectura de los estándares tratados</translation>
    </message>
    <message>
        <source>Ticked, every attendee acknowledges the version in force of each standard covered, dated the day of the session (only once the session has been held).</source>
        <translation>Si se marca, cada asistente confirma la lectura de la versión en vigor de cada estándar tratado, con la fecha de la sesión (solo cuando la sesión se haya celebrado).</translation>
    </message>
    <message>
        <source>Tick this once the session has been held.</source>
        <translation>Marque esta casilla cuando la sesión se haya celebrado.</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nueva sesión de formación</translation>
    </message>
    <message>
        <source>Record the training departments give each other, with who attended and which standards it covered, and the cross-training of people who learn another department's service.</source>
        <translation>Registre la formación que los departamentos se dan entre sí, con quién asistió y qué estándares trató, y la formación cruzada de quien aprende el servicio de otro departamento.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
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
        <translation>Sesiones y formación cruzada</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sesiones de formación</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Formación cruzada</translation>
    </message>
    <message>
        <source>Record cross-training…</source>
        <translation>Registrar una formación cruzada…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Estándares tratados</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Imprimir la hoja de asistencia</translation>
    </message>
    <message>
        <source>Cross-training: service of {department}</source>
        <translation>Formación cruzada: servicio de {department}</translation>
    </message>
    <message>
        <source>Session #{n}: {topic}</source>
        <translation>Sesión n.º {n}: {topic}</translation>
    </message>
    <message>
        <source>Planned: still to come</source>
        <translation>Prevista: todavía por celebrar</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n lectura confirmada</numerusform>
            <numerusform>%n lecturas confirmadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded from the attendance.</source>
        <translation>
            <numerusform>%n confirmación de lectura registrada por la asistencia.</numerusform>
            <numerusform>%n confirmaciones de lectura registradas por la asistencia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <source>Service of</source>
        <translation>Servicio de</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(elija un departamento)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>all its customers</source>
        <translation>todos sus clientes</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Prestado a</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Solicitudes por mes</translation>
    </message>
    <message>
        <source>Resolved within target (%)</source>
        <translation>Resueltas en plazo (%)</translation>
    </message>
    <message>
        <source>Median time to resolve (hours)</source>
        <translation>Tiempo mediano de resolución (horas)</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>Valoración media (1–5)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>{date}: corrective action completed – {text}</source>
        <translation>{date}: acción correctiva completada – {text}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Puntuación de la encuesta</translation>
    </message>
    <message>
        <source>Corrective action completed</source>
        <translation>Acción correctiva completada</translation>
    </message>
    <message>
        <source>✔ {date}: {text}</source>
        <translation>✔ {date}: {text}</translation>
    </message>
    <message>
        <source>• opened {date}: {text}</source>
        <translation>• abierta el {date}: {text}</translation>
    </message>
    <message>
        <source>Corrective actions of this department in the period:</source>
        <translation>Acciones correctivas de este departamento en el periodo:</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Preparing this company's file for the new version of icdesk: searches and sorting will read it from an index. This happens once.</source>
        <translation>Preparando el archivo de esta empresa para la nueva versión de icdesk: las búsquedas y la ordenación lo leerán desde un índice. Solo ocurre una vez.</translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation>Actualizando el archivo de datos</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to icdesk</source>
        <translation>Bienvenido a icdesk</translation>
    </message>
    <message>
        <source>icdesk helps your departments serve each other well: service standards, internal requests, feedback, corrective actions and recognition, all kept in one file on this computer.</source>
        <translation>icdesk ayuda a sus departamentos a servirse bien entre sí: estándares de servicio, solicitudes internas, valoraciones, acciones correctivas y reconocimientos, todo en un único archivo en este ordenador.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>e.g. Hotel Aurora</source>
        <translation>p. ej. Hotel Aurora</translation>
    </message>
    <message>
        <source>Service vision (optional)</source>
        <translation>Visión del servicio (opcional)</translation>
    </message>
    <message>
        <source>One shared definition of great service, inside and outside.</source>
        <translation>Una definición compartida de un gran servicio, dentro y fuera.</translation>
    </message>
    <message>
        <source>Start empty: I will add my own departments</source>
        <translation>Empezar vacío: añadiré mis propios departamentos</translation>
    </message>
    <message>
        <source>Start with the example hotel, to look around first</source>
        <translation>Empezar con el hotel de ejemplo, para echar un vistazo primero</translation>
    </message>
    <message>
        <source>The example hotel is written in English; your own company is kept in the words you type.</source>
        <translation>El hotel de ejemplo está escrito en inglés; su propia empresa se guarda con las palabras que usted escriba.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>Several PCs work on this company. Say who is using icdesk here, so the history of each request names who did what. This PC remembers it; File → Who is working… changes it.</source>
        <translation>Varios PC trabajan con esta empresa. Indique quién usa icdesk aquí, para que el historial de cada solicitud diga quién hizo qué. Este PC lo recuerda; Archivo → Quién está trabajando… lo cambia.</translation>
    </message>
    <message>
        <source>Working here</source>
        <translation>Trabaja aquí</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>{file} could not be saved in {folder}. Choose another folder, or check that the folder may be written to and the disk has room.</source>
        <translation>No se pudo guardar {file} en {folder}. Elija otra carpeta, o compruebe que se puede escribir en ella y que el disco tiene espacio.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the data file</source>
        <translation>No se puede abrir el archivo de datos</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Hacerse cargo</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar desde copia…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept as it was, as {kept}.</source>
        <translation>La copia de seguridad está de vuelta. El archivo dañado se guarda tal como estaba, como {kept}.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot show the data</source>
        <translation>No se pueden mostrar los datos</translation>
    </message>
    <message>
        <source>(no log could be written)</source>
        <translation>(no se pudo escribir un registro)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>icdesk ran into a problem it did not expect ({what}). Nothing half-done was saved: a change in progress was undone, and everything saved before is still there. The details for support are in {log}.</source>
        <translation>icdesk se encontró con un problema inesperado ({what}). No se guardó nada a medias: un cambio en curso se deshizo y todo lo guardado antes sigue ahí. Los detalles para el soporte están en {log}.</translation>
    </message>
</context>
</TS>