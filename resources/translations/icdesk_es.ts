<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
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
        <source>Follows up {source}.</source>
        <translation>Da seguimiento a {source}.</translation>
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
</context>
<context>
    <name>BaseReport</name>
    <message>
        <source>Generated on {date}</source>
        <translation>Generado el {date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
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
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Choose a PNG picture smaller than 2 MB.</source>
        <translation>Elija una imagen PNG de menos de 2 MB.</translation>
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
        <source>open requests</source>
        <translation>solicitudes abiertas</translation>
    </message>
    <message>
        <source>overdue requests – past a target</source>
        <translation>solicitudes atrasadas – fuera de objetivo</translation>
    </message>
    <message>
        <source>resolved within target, last 30 days ({n} resolved)</source>
        <translation>resueltas dentro del objetivo, últimos 30 días ({n} resueltas)</translation>
    </message>
    <message>
        <source>average rating, last 30 days ({n} ratings)</source>
        <translation>valoración media, últimos 30 días ({n} valoraciones)</translation>
    </message>
    <message>
        <source>open corrective actions</source>
        <translation>acciones correctivas abiertas</translation>
    </message>
    <message>
        <source>corrective actions past their due date</source>
        <translation>acciones correctivas vencidas</translation>
    </message>
    <message>
        <source>No recognitions yet: thank someone for good service.</source>
        <translation>Aún no hay reconocimientos: agradezca a alguien un buen servicio.</translation>
    </message>
    <message>
        <source>Getting started: add your departments and people (Departments &amp; People), write each department's service standards, then log the requests departments make of each other.</source>
        <translation>Para empezar: añada sus departamentos y personas (Departamentos y personas), escriba los estándares de servicio de cada departamento y registre las solicitudes que los departamentos se hacen entre sí.</translation>
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
        <source>Average rating as provider</source>
        <translation>Valoración media como proveedor</translation>
    </message>
    <message>
        <source>Average rating it gave as customer</source>
        <translation>Valoración media que dio como cliente</translation>
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
        <source>Only a draft can be published; make a new version to change this standard.</source>
        <translation>Solo se puede publicar un borrador; cree una nueva versión para cambiar este estándar.</translation>
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
        <source>{name} and {name2} already have an agreement; open and change that one.</source>
        <translation>{name} y {name2} ya tienen un acuerdo; abra ese y cámbielo.</translation>
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
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
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
        <translation>Solicitado por (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitado por (departamento)</translation>
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
        <source>“{text}” is not a date between 1990 and today.</source>
        <translation>«{text}» no es una fecha entre 1990 y hoy.</translation>
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
        <translation>Elige la columna que contiene «{label}»; es obligatoria.</translation>
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
        <source>Row {row} already has this request (the same title, department and day).</source>
        <translation>La fila {row} ya tiene esta solicitud (el mismo título, departamento y día).</translation>
    </message>
    <message>
        <source>“{text}” is before the request was logged or answered.</source>
        <translation>«{text}» es anterior al registro o a la respuesta de la solicitud.</translation>
    </message>
    <message>
        <source>Say which department the standard belongs to.</source>
        <translation>Indica a qué departamento pertenece el estándar de servicio.</translation>
    </message>
    <message>
        <source>Row {row} already has the standard “{title}” of this department.</source>
        <translation>La fila {row} ya tiene el estándar de servicio «{title}» de este departamento.</translation>
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
        <source>{name} is archived; restore it before changing it.</source>
        <translation>{name} está archivado; restáurelo antes de cambiarlo.</translation>
    </message>
    <message>
        <source>{name} is archived; people cannot be added to it.</source>
        <translation>{name} está archivado; no se pueden añadir personas.</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot get new service standards.</source>
        <translation>{name} está archivado; no puede recibir nuevos estándares de servicio.</translation>
    </message>
    <message>
        <source>A standard needs at least one step before it can be published.</source>
        <translation>Un estándar necesita al menos un paso antes de publicarse.</translation>
    </message>
    <message>
        <source>This standard already has a draft; finish or publish that one first.</source>
        <translation>Este estándar ya tiene un borrador; termine o publique primero ese.</translation>
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
        <source>The letters of {name} were read as {encoding}; if accented or Cyrillic letters look wrong in the preview, choose another character set.</source>
        <translation>Las letras de {name} se han leído como {encoding}; si las letras acentuadas o cirílicas se ven mal en la vista previa, elija otro juego de caracteres.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.</source>
        <translation>«{delimiter}» no puede separar columnas; elija una coma, un punto y coma o un tabulador.</translation>
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
        <source>{name} failed its integrity check: {result}.</source>
        <translation>{name} no superó la comprobación de integridad: {result}.</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file.</source>
        <translation>{name} no es un archivo de datos de icdesk.</translation>
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
        <source>{name} is already open in icdesk on {owner}. Close it there first, or open it read-only.</source>
        <translation>{name} ya está abierto en icdesk en {owner}. Ciérrelo allí primero, o ábralo en solo lectura.</translation>
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
        <source>The folder {folder} is read-only; icdesk cannot save there.</source>
        <translation>La carpeta {folder} es de solo lectura; icdesk no puede guardar allí.</translation>
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
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>{name} lo está usando otro programa; ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {orig}.</source>
        <translation>No se pudo preparar {name}: {orig}.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {exc}.</source>
        <translation>No se pudo preparar {name}: {exc}.</translation>
    </message>
    <message>
        <source>Could not make a backup of {name} before upgrading it: {exc}.</source>
        <translation>No se pudo hacer una copia de {name} antes de actualizarlo: {exc}.</translation>
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
        <source>(nothing broke down)</source>
        <translation>(nada falló)</translation>
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
</context>
<context>
    <name>FormDialog</name>
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
</context>
<context>
    <name>HandbookReport</name>
    <message>
        <source>SOP handbook</source>
        <translation>Manual de SOP</translation>
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
        <source>Next review</source>
        <translation>Próxima revisión</translation>
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
        <source>What changed in this version: {note}</source>
        <translation>Qué cambió en esta versión: {note}</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the {n} service standards of {department} in this handbook.</source>
        <translation>Al firmar confirmo que he leído y comprendido los {n} estándares de servicio de {department} de este manual.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Read and sign: {department}</source>
        <translation>Leído y firmado: {department}</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Prestado por (departamento)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Solicitado por (persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitado por (departamento)</translation>
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
        <translation>Elige qué contiene el archivo y después el archivo: un archivo CSV, tal como lo guarda cualquier hoja de cálculo, o un libro (.xlsx, .xls, .ods). Cada fila se comprueba y se muestra abajo antes de guardar nada; no se importa nada mientras alguna fila tenga un problema.</translation>
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
        <translation>Vuelve a leer el archivo después de corregirlo</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copiar la lista</translation>
    </message>
    <message>
        <source>Copy the problems, to paste them into a spreadsheet or an e-mail</source>
        <translation>Copia los problemas para pegarlos en una hoja de cálculo o en un correo electrónico</translation>
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
        <source>(the first {shown} are listed)</source>
        <translation>(se muestran las primeras {shown})</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>{c} to add, {u} to update, {s} already the same.</source>
        <translation>{c} para añadir, {u} para actualizar, {s} ya iguales.</translation>
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
        <translation>Elige un archivo para importar</translation>
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
        <source>Departments and people are found by name: import them first. A request with the same title, department and day is updated, not added twice. Dates such as 2026-03-31 or 31/03/2026.</source>
        <translation>Los departamentos y las personas se buscan por nombre: impórtalos primero. Una solicitud interna con el mismo título, departamento y día se actualiza, no se añade dos veces. Fechas como 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <source>Imported standards arrive as drafts: read them on the Service standards screen and publish them (a State column saying “active” puts one in force at once). Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, 1:30 or 2 d; a plain number is hours, or minutes if the column name says so.</source>
        <translation>Los estándares de servicio importados llegan como borradores: léelos en la pantalla Estándares de servicio y publícalos (una columna Estado con «active» pone uno en vigor de inmediato). Pasos uno por línea, o en columnas Paso 1, Paso 2… Tiempos como 4 h, 30 min, 1:30 o 2 d; un número solo son horas, o minutos si el nombre de la columna lo dice.</translation>
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
        <translation>No se importa nada mientras alguna fila tenga un problema: corrige el archivo, guárdalo y pulsa Volver a comprobar.</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the list.</source>
        <translation>Elige la hoja que contiene la lista.</translation>
    </message>
    <message>
        <source>Found by icdesk; change them if letters or columns in the preview look wrong.</source>
        <translation>Detectados por icdesk; cámbialos si las letras o las columnas de la vista previa se ven mal.</translation>
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
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown, with the current filters, for a spreadsheet</source>
        <translation>Guarda las filas mostradas, con los filtros actuales, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
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
    <message>
        <source>{n} shown</source>
        <translation>{n} mostrados</translation>
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
        <source>{n} rows exported to {path}</source>
        <translation>{n} filas exportadas a {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
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
        <source>&amp;New data file…</source>
        <translation>&amp;Nuevo archivo de datos…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Abrir archivo de datos…</translation>
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
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>{d} departments · {p} people · {o} open requests, {l} overdue</source>
        <translation>{d} departamentos · {p} personas · {o} solicitudes abiertas, {l} atrasadas</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>No se puede abrir el archivo de datos</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Nuevo archivo de datos</translation>
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
        <source>Imported: {c} added, {u} updated.</source>
        <translation>Importado: {c} añadidos, {u} actualizados.</translation>
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
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Changes made since then leave the file; they stay in the copy kept of the file as it is now.</source>
        <translation>¿Volver a la copia {when}? Los cambios hechos desde entonces salen del archivo; quedan en la copia que se guarda del archivo tal como está ahora.</translation>
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
    <name>RecognitionDialog</name>
    <message>
        <source>Recognise good service</source>
        <translation>Reconocer un buen servicio</translation>
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
        <source>(a team)</source>
        <translation>(un equipo)</translation>
    </message>
    <message>
        <source>To (department)</source>
        <translation>Para (departamento)</translation>
    </message>
    <message>
        <source>(a person)</source>
        <translation>(una persona)</translation>
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
        <translation>Manual de SOP</translation>
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
        <source>Add read-and-sign sheets</source>
        <translation>Añadir hojas de "leído y firmado"</translation>
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
        <source>Print…</source>
        <translation>Imprimir…</translation>
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
        <source>Done by</source>
        <translation>Realizado por</translation>
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
        <source>Print…</source>
        <translation>Imprimir…</translation>
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
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
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
        <source>Cancel this request? It cannot be reopened afterwards.</source>
        <translation>¿Cancelar esta solicitud? Después no se podrá reabrir.</translation>
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
        <source>Asked by (person)</source>
        <translation>Solicitado por (persona)</translation>
    </message>
    <message>
        <source>(not a person)</source>
        <translation>(no es una persona)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Solicitado por (departamento)</translation>
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
        <source>The service standard sets the deadlines: first response and resolution targets.</source>
        <translation>El estándar de servicio fija los plazos: objetivos de primera respuesta y de resolución.</translation>
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
        <source>Overdue: a target of its service standard has passed</source>
        <translation>Atrasada: se ha superado un objetivo de su estándar de servicio</translation>
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
        <source>Any requester</source>
        <translation>Cualquier solicitante</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Cualquier asignado</translation>
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
        <source>to any date</source>
        <translation>hasta cualquier fecha</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Request #{n} is {status} and cannot be cancelled; trying will change nothing.</source>
        <translation>La solicitud n.º {n} está {status} y no se puede cancelar; intentarlo no cambiará nada.</translation>
    </message>
    <message>
        <source>Cancel request #{n} “{title}”? It stays in the history.</source>
        <translation>¿Cancelar la solicitud n.º {n} «{title}»? Queda en el historial.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
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
        <source>There are no backups of this file yet. icdesk makes one each day it opens the file; File → Backup now makes one at any time.</source>
        <translation>Aún no hay copias de seguridad de este archivo. icdesk hace una cada día que abre el archivo; Archivo → Copia de seguridad ahora hace una en cualquier momento.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
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
        <source>Requests received</source>
        <translation>Solicitudes recibidas</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Resolución mediana</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Open now (overdue)</source>
        <translation>Abiertas ahora (atrasadas)</translation>
    </message>
    <message>
        <source>Breakdown points named: {points}</source>
        <translation>Puntos de fallo señalados: {points}</translation>
    </message>
    <message>
        <source>As customer</source>
        <translation>Como cliente</translation>
    </message>
    <message>
        <source>Requests made</source>
        <translation>Solicitudes hechas</translation>
    </message>
    <message>
        <source>Resolved for it</source>
        <translation>Resueltas para él</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>Valoraciones dadas</translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation>Valoración media dada</translation>
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
        <translation>Acción</translation>
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
        <source>when published</source>
        <translation>al publicarse</translation>
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
        <source>Save and publish</source>
        <translation>Guardar y publicar</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Crear una nueva versión</translation>
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
        <source>A new standard starts as a draft. Publish it to put it in force.</source>
        <translation>Un estándar nuevo empieza como borrador. Publíquelo para ponerlo en vigor.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. {what}</source>
        <translation>Versión {n}: {status}. {what}</translation>
    </message>
    <message>
        <source>Edit the draft, then publish it.</source>
        <translation>Edite el borrador y luego publíquelo.</translation>
    </message>
    <message>
        <source>A version in force cannot be changed: make a new version to change it.</source>
        <translation>Una versión en vigor no se puede cambiar: cree una nueva versión para cambiarla.</translation>
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
        <source>Version {n} – {status}, published {date}</source>
        <translation>Versión {n} – {status}, publicada el {date}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Compare this version with the one before it:</source>
        <translation>Comparar esta versión con la anterior:</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>What changed in version {n}</source>
        <translation>Qué cambió en la versión {n}</translation>
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
        <source>draft</source>
        <translation>borrador</translation>
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
        <source>Requests per department</source>
        <translation>Solicitudes por departamento</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tendencia mensual</translation>
    </message>
    <message>
        <source>Share resolved within target, per month (%)</source>
        <translation>Porcentaje resuelto dentro del objetivo, por mes (%)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Solicitudes recibidas</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Resolución mediana</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
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
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>90 % en</translation>
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
        <source>Resolution time counts only the provider's time: hours spent waiting on the requester are left out.</source>
        <translation>El tiempo de resolución solo cuenta el tiempo del proveedor: las horas de espera al solicitante no se incluyen.</translation>
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
        <translation>Acciones correctivas abiertas</translation>
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
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>Workers</name>
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
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
</context>
</TS>