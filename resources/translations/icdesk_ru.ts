<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AckMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>{title}, version {n}, of {department}</source>
        <translation>{title}, версия {n}, отдел «{department}»</translation>
    </message>
    <message>
        <source>signed v{n}</source>
        <translation>подписана v{n}</translation>
    </message>
    <message>
        <source>{person} – {title}, version {n}</source>
        <translation>{person} – {title}, версия {n}</translation>
    </message>
    <message>
        <source>Not acknowledged yet. Double-click to record it.</source>
        <translation>Ознакомление ещё не отмечено. Дважды щёлкните, чтобы отметить.</translation>
    </message>
    <message>
        <source>Version {n} acknowledged on {date} ({how}).</source>
        <translation>С версией {n} ознакомлен(а) {date} ({how}).</translation>
    </message>
    <message>
        <source>Outdated: a major revision since asks everyone to read it again.</source>
        <translation>Устарело: после существенной редакции всем нужно ознакомиться заново.</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <source>Record an acknowledgement</source>
        <translation>Отметить ознакомление</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, версия {n}</translation>
    </message>
    <message>
        <source>{person} signed version {old}; a major revision since asks everyone to read it again.</source>
        <translation>{person} ознакомился(-ась) с версией {old}; после существенной редакции всем нужно ознакомиться заново.</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Дата ознакомления</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AcknowledgementReport</name>
    <message>
        <source>Who still has to sign</source>
        <translation>Кому ещё нужно расписаться</translation>
    </message>
    <message>
        <source>Acknowledgement of the service standards in force, on {date}.</source>
        <translation>Ознакомление с действующими стандартами обслуживания на {date}.</translation>
    </message>
    <message>
        <source>No standard in force applies to anyone yet.</source>
        <translation>Пока ни один действующий стандарт ни к кому не относится.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Актуально</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Current share</source>
        <translation>Доля актуальных</translation>
    </message>
    <message>
        <source>Outdated: signed an earlier version, before a major revision. A minor revision (wording, a typo) keeps earlier signatures current.</source>
        <translation>Устарело: подписана более ранняя версия, до существенной редакции. Незначительная редакция (формулировка, опечатка) сохраняет прежние подписи актуальными.</translation>
    </message>
    <message>
        <source>{current} of {required} acknowledgements current.</source>
        <translation>Актуально {current} из {required} ознакомлений.</translation>
    </message>
    <message>
        <source>Everyone here has acknowledged every standard in force that applies to them.</source>
        <translation>Здесь все ознакомлены со всеми действующими стандартами, которые к ним относятся.</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the version of the standard named on my line.</source>
        <translation>Подписью подтверждаю, что прочитал(а) и понял(а) версию стандарта, указанную в моей строке.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет подписи</translation>
    </message>
    <message>
        <source>outdated: signed version {n}</source>
        <translation>устарело: подписана версия {n}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsScreen</name>
    <message>
        <source>Acknowledgements</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <source>Enter a signed sheet…</source>
        <translation>Внести подписанный лист…</translation>
    </message>
    <message>
        <source>Everyone reads and acknowledges the service standards that apply to them: those of their own department and those that name their department as readers. Once a standard is in force, its people appear here.</source>
        <translation>Каждый знакомится под подпись со стандартами обслуживания, которые к нему относятся: своего отдела и тех, где его отдел указан среди знакомящихся. Когда стандарт вводится в действие, его сотрудники появляются здесь.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Only what is still to sign</source>
        <translation>Только то, где ещё нужна подпись</translation>
    </message>
    <message>
        <source>Print who still has to sign…</source>
        <translation>Печать: кому ещё расписаться…</translation>
    </message>
    <message>
        <source>Record acknowledgement…</source>
        <translation>Отметить ознакомление…</translation>
    </message>
    <message>
        <source>Take back this acknowledgement (entered by mistake)…</source>
        <translation>Отменить эту отметку (внесена по ошибке)…</translation>
    </message>
    <message>
        <source>{current} of {required} current ({share}) · {outdated} outdated · {missing} missing</source>
        <translation>актуально {current} из {required} ({share}) · устарело {outdated} · нет {missing}</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>Отменить отметку об ознакомлении</translation>
    </message>
    <message>
        <source>Take back {person}'s acknowledgement of version {n}? Use this only for a tick entered by mistake.</source>
        <translation>Отменить отметку об ознакомлении ({person}, версия {n})? Используйте это только для отметки, внесённой по ошибке.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Draft made</source>
        <translation>Черновик создан</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” is a draft now, and this action is done. Open the draft to finish it and send it for review?</source>
        <translation>Версия {n} стандарта «{title}» теперь черновик, а это действие выполнено. Открыть черновик, чтобы доработать его и отправить на проверку?</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Открыть черновик</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation>Новое корректирующее действие</translation>
    </message>
    <message>
        <source>request #{n}</source>
        <translation>заявка № {n}</translation>
    </message>
    <message>
        <source>feedback #{n}</source>
        <translation>отзыв № {n}</translation>
    </message>
    <message>
        <source>idea #{n}</source>
        <translation>идея № {n}</translation>
    </message>
    <message>
        <source>Follows up {source}.</source>
        <translation>По итогам: {source}.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>{department} rated {rating} / 5 by {who}</source>
        <translation>{who} оценил(а) «{department}» на {rating} / 5</translation>
    </message>
    <message>
        <source>Corrective action #{n} ({status}, due {due}) already follows this up: “{what}”</source>
        <translation>Этим уже занимается корректирующее действие № {n} ({status}, срок {due}): «{what}»</translation>
    </message>
    <message>
        <source>Closed by revising “{title}” (version {n}).</source>
        <translation>Закрыто новой редакцией стандарта «{title}» (версия {n}).</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(пока никто)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Close by revising a standard…</source>
        <translation>Закрыть новой редакцией стандарта…</translation>
    </message>
    <message>
        <source>When the fix is a change to a service standard: its new draft is made, linked to this action and to the feedback behind it, and the action is done.</source>
        <translation>Если решение — изменение стандарта обслуживания: создаётся его новый черновик, связанный с этим действием и с отзывом, с которого всё началось, и действие считается выполненным.</translation>
    </message>
    <message>
        <source>Close by revising a standard</source>
        <translation>Закрыть новой редакцией стандарта</translation>
    </message>
    <message>
        <source>Standard revised: {what}</source>
        <translation>Стандарт пересмотрен: {what}</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>A corrective action is what will be done about poor feedback or a failed request: who does it and by when. Open the first one.</source>
        <translation>Корректирующее действие — это то, что будет сделано после плохого отзыва или сорванной заявки: кто это сделает и к какому сроку. Создайте первое.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ещё не выполнены</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Show finished actions</source>
        <translation>Показать выполненные действия</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be done: “Not done yet” hides %n finished action(s).</source>
        <translation>
            <numerusform>Ничего не ждёт выполнения: фильтр «Ещё не выполнены» скрывает %n выполненное действие.</numerusform>
            <numerusform>Ничего не ждёт выполнения: фильтр «Ещё не выполнены» скрывает %n выполненных действия.</numerusform>
            <numerusform>Ничего не ждёт выполнения: фильтр «Ещё не выполнены» скрывает %n выполненных действий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Service agreement</source>
        <translation>Соглашение об обслуживании</translation>
    </message>
    <message>
        <source>Provider (gives the service)</source>
        <translation>Исполнитель (оказывает услугу)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Customer (receives it)</source>
        <translation>Клиент (получает услугу)</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Что нужно клиенту</translation>
    </message>
    <message>
        <source>What the provider needs in return</source>
        <translation>Что нужно исполнителю взамен</translation>
    </message>
    <message>
        <source>Standards that apply</source>
        <translation>Применимые стандарты</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>не запланирован</translation>
    </message>
    <message>
        <source>Internal service runs both ways: the manager needs IT to have a new hire's computer ready, and IT needs to hear of the hire early.</source>
        <translation>Внутренний сервис работает в обе стороны: руководителю нужно, чтобы ИТ подготовил компьютер новому сотруднику, а ИТ нужно заранее узнать о найме.</translation>
    </message>
    <message>
        <source>Choose the provider: its standards in force are listed here.</source>
        <translation>Выберите исполнителя: здесь появятся его действующие стандарты.</translation>
    </message>
    <message>
        <source>{department} has no standard in force yet: publish one in Service standards, then link it here.</source>
        <translation>У отдела «{department}» пока нет действующего стандарта: опубликуйте его в разделе «Стандарты обслуживания», затем свяжите здесь.</translation>
    </message>
    <message>
        <source>A department cannot have an agreement with itself.</source>
        <translation>Отдел не может заключить соглашение сам с собой.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Service agreement</source>
        <translation>Соглашение об обслуживании</translation>
    </message>
    <message>
        <source>between {provider} (provider) and {customer} (customer)</source>
        <translation>исполнитель: {provider}; клиент: {customer}</translation>
    </message>
    <message>
        <source>What {customer} needs from {provider}</source>
        <translation>Что нужно отделу «{customer}» от отдела «{provider}»</translation>
    </message>
    <message>
        <source>What {provider} needs from {customer} in return</source>
        <translation>Что нужно отделу «{provider}» от отдела «{customer}» взамен</translation>
    </message>
    <message>
        <source>Service standards that apply</source>
        <translation>Применимые стандарты обслуживания</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>No standard is linked to this agreement.</source>
        <translation>К этому соглашению не привязан ни один стандарт.</translation>
    </message>
    <message>
        <source>To be reviewed by {date}.</source>
        <translation>Пересмотреть до {date}.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Both departments agree to give the service described above and to tell each other early when they cannot.</source>
        <translation>Оба отдела обязуются оказывать описанные выше услуги и заранее предупреждать друг друга, если не смогут этого сделать.</translation>
    </message>
    <message>
        <source>For {department}</source>
        <translation>За отдел «{department}»</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Service agreements</source>
        <translation>Соглашения об обслуживании</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Новое соглашение</translation>
    </message>
    <message>
        <source>A service agreement writes down what a customer department needs from its provider, and what the provider needs back in return. Agree the first one.</source>
        <translation>Соглашение об обслуживании фиксирует, что отделу-клиенту нужно от исполнителя и что исполнителю нужно взамен. Заключите первое.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Потребности клиента</translation>
    </message>
    <message>
        <source>Provider needs in return</source>
        <translation>Потребности исполнителя взамен</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the agreement of {provider} serving {customer}?</source>
        <translation>Восстановить соглашение об обслуживании отдела «{customer}» отделом «{provider}»?</translation>
    </message>
    <message>
        <source>Archive the agreement of {provider} serving {customer}? It stays in the history and can be restored with Show archived.</source>
        <translation>Перенести в архив соглашение об обслуживании отдела «{customer}» отделом «{provider}»? Оно останется в истории, его можно восстановить через «Показать архивные».</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version {n}</source>
        <translation>Утвердить версию {n}</translation>
    </message>
    <message>
        <source>Only {approver}, named when it was sent for review, can approve this version.</source>
        <translation>Утвердить эту версию может только {approver} — тот, кого назначили при отправке на согласование.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил(а)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>This revision is</source>
        <translation>Эта редакция</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; everyone who signed the version before stays current. Major: what people do changes; everyone signs again.</source>
        <translation>Незначительная: опечатка или более ясная формулировка; подписавшие прежнюю версию остаются актуальными. Существенная: меняется то, что люди делают; все расписываются заново.</translation>
    </message>
    <message>
        <source>Major: what people do changes; everyone signs version {n} again, earlier signatures no longer count.</source>
        <translation>Существенная: меняется то, что делают люди; все снова знакомятся с версией {n} под подпись, прежние подписи больше не считаются.</translation>
    </message>
    <message>
        <source>Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again.</source>
        <translation>Незначительная: опечатка или более ясная формулировка; кто уже подписал, остаётся актуальным, никто не подписывает заново.</translation>
    </message>
    <message>
        <source>Put it in force now</source>
        <translation>Ввести в действие сейчас</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Training attendance sheet</source>
        <translation>Лист регистрации участников обучения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Проводит отдел</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Рассмотренные стандарты</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, версия {n}</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training and have read and understood the standards it covered.</source>
        <translation>Подписью подтверждаю, что участвовал(а) в этом обучении, прочитал(а) и понял(а) рассмотренные стандарты.</translation>
    </message>
    <message>
        <source>By signing I confirm that I attended this training.</source>
        <translation>Подписью подтверждаю, что участвовал(а) в этом обучении.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>BaseReport</name>
    <message>
        <source>Some characters cannot be printed with this document's font and are shown as �: {characters}.</source>
        <translation>Некоторые символы нельзя напечатать шрифтом документа, они показаны как �: {characters}.</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Создано {date}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Страница {n} из {m}</translation>
    </message>
    <message>
        <source>Uncontrolled when printed</source>
        <translation>Неконтролируемая копия при печати</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Provided by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>для</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Where service broke down, most often first: points named in feedback, poor ratings, targets missed, and requests open and late now. The line adds them up: the first few usually explain most of it (Pareto).</source>
        <translation>Где происходили сбои, сначала самые частые: точки сбоя из отзывов, низкие оценки, нарушенные сроки и открытые просроченные заявки. Линия показывает накопленную долю: обычно первые несколько объясняют почти всё (Парето).</translation>
    </message>
    <message>
        <source>Breakdowns, most frequent first</source>
        <translation>Сбои, сначала самые частые</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Что пошло не так</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Rank: the most frequent breakdown first</source>
        <translation>Место: сначала самый частый сбой</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Customers it hit</source>
        <translation>Затронутые клиенты</translation>
    </message>
    <message>
        <source>Corrective actions of the department</source>
        <translation>Корректирующие действия отдела</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Создать корректирующее действие…</translation>
    </message>
    <message>
        <source>Running share (%)</source>
        <translation>Накопленная доля (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n breakdown(s) in {period}.</source>
        <translation>
            <numerusform>%n сбой за {period}.</numerusform>
            <numerusform>%n сбоя за {period}.</numerusform>
            <numerusform>%n сбоев за {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {k} listed account for {share}.</source>
        <translation>На {k} перечисленных приходится {share}.</translation>
    </message>
    <message>
        <source>{n} named in anonymous feedback are left out: too few people gave them to stay anonymous.</source>
        <translation>Не учтено точек из анонимных отзывов: {n} — их дали слишком мало людей, чтобы сохранить анонимность.</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>За этот период сбоев нет.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без отдела)</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>выполнено {date}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>За этот период нет.</translation>
    </message>
    <message>
        <source>{point}{where} ({period}: {n}×). What we will change:</source>
        <translation>{point}{where} ({period}: {n}×). Что мы изменим:</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working hours of {name}</source>
        <translation>Рабочее время: {name}</translation>
    </message>
    <message>
        <source>The targets of {name}'s service standards count only its working time: a 4-hour target logged on Friday at 16:30 falls due on Monday when it works 9 to 5.</source>
        <translation>Сроки стандартов обслуживания ({name}) считаются только в рабочее время: 4-часовой срок заявки, зарегистрированной в пятницу в 16:30, истекает в понедельник, если отдел работает с 9 до 17.</translation>
    </message>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Круглосуточно (24/7)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>Same hours Monday to Friday</source>
        <translation>Одинаково с понедельника по пятницу</translation>
    </message>
    <message>
        <source>Copy Monday's hours to Tuesday, Wednesday, Thursday and Friday</source>
        <translation>Скопировать часы понедельника на вторник, среду, четверг и пятницу</translation>
    </message>
    <message>
        <source>Write times like 09:00–13:00, 14:00–18:00; split shifts are several intervals on one line. Leave a day empty when it is closed.</source>
        <translation>Пишите время так: 09:00–13:00, 14:00–18:00; раздельные смены — несколько интервалов в одной строке. Выходной день оставьте пустым.</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Праздники страны</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Add closure…</source>
        <translation>Добавить закрытие…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Закрытия</translation>
    </message>
    <message numerus="yes">
        <source>Saving gives the %n open request(s) of {name} new due times in these hours.</source>
        <translation>
            <numerusform>После сохранения %n открытая заявка ({name}) получит новые сроки по этому графику.</numerusform>
            <numerusform>После сохранения %n открытые заявки ({name}) получат новые сроки по этому графику.</numerusform>
            <numerusform>После сохранения %n открытых заявок ({name}) получат новые сроки по этому графику.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(вся страна)</translation>
    </message>
    <message>
        <source>No public holidays: every day with hours is a working day.</source>
        <translation>Без праздников: каждый день с рабочими часами — рабочий.</translation>
    </message>
    <message>
        <source>No public holiday in the next 12 months.</source>
        <translation>В ближайшие 12 месяцев праздников нет.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {holiday} (%n in the next 12 months)</source>
        <translation>
            <numerusform>Ближайший: {holiday} (%n праздник за 12 месяцев)</numerusform>
            <numerusform>Ближайший: {holiday} (%n праздника за 12 месяцев)</numerusform>
            <numerusform>Ближайший: {holiday} (%n праздников за 12 месяцев)</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>вся компания</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Пересчёт сроков открытых заявок…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>open around the clock</source>
        <translation>круглосуточно</translation>
    </message>
    <message>
        <source>public holidays of {place}</source>
        <translation>праздники: {place}</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel request #{n}</source>
        <translation>Отменить заявку № {n}</translation>
    </message>
    <message>
        <source>A cancelled request cannot be reopened. The reason goes into its history, so the person who asked knows why nothing will be done.</source>
        <translation>Отменённую заявку нельзя открыть снова. Причина сохранится в её истории, чтобы заявитель знал, почему ничего не будет сделано.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Почему она отменяется?</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Решение принял(а)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Оставить заявку</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Закрыто весь день</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Закрыто с</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. Christmas Eve afternoon, August shutdown</source>
        <translation>например, вторая половина дня 24 декабря, августовское закрытие</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>The whole company (every department with working hours)</source>
        <translation>Вся компания (каждый отдел с рабочими часами)</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company details</source>
        <translation>Сведения о компании</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Service vision</source>
        <translation>Видение сервиса</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>The name, address, logo and service vision appear on the cover and pages of every printed document.</source>
        <translation>Название, адрес, логотип и видение сервиса печатаются на обложке и страницах каждого документа.</translation>
    </message>
    <message>
        <source>Dates, times and working hours are the company's, in its time zone, whatever this computer is set to. A new time zone gives open requests new due times.</source>
        <translation>Даты, время и рабочие часы показываются по часовому поясу компании, как бы ни был настроен этот компьютер. Новый часовой пояс даёт открытым заявкам новые сроки.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(нет логотипа)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбрать логотип</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>Choose a picture (PNG, JPEG or SVG) smaller than 10 MB.</source>
        <translation>Выберите изображение (PNG, JPEG или SVG) меньше 10 МБ.</translation>
    </message>
    <message>
        <source>Giving open requests their new due times…</source>
        <translation>Пересчёт сроков открытых заявок…</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Сравнить версии</translation>
    </message>
    <message>
        <source>Version {n} ({status})</source>
        <translation>Версия {n} ({status})</translation>
    </message>
    <message>
        <source>Show what did not change</source>
        <translation>Показать и то, что не изменилось</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Версия {n}</translation>
    </message>
    <message>
        <source>{changed} changed, {added} added, {removed} removed</source>
        <translation>изменено: {changed}, добавлено: {added}, удалено: {removed}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Шаг {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Кого обслуживает</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Первый ответ в течение</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Решение в течение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>When several PCs work on one company at once, it lives in a PostgreSQL database on a server of the office network. Type what whoever set up the server gave you.</source>
        <translation>Когда с одной компанией одновременно работают несколько компьютеров, её данные хранятся в базе PostgreSQL на сервере офисной сети. Введите данные, которые вам дал тот, кто настраивал сервер.</translation>
    </message>
    <message>
        <source>(type a new one below)</source>
        <translation>(введите новый ниже)</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Недавние серверы</translation>
    </message>
    <message>
        <source>e.g. office-server or 192.168.1.20</source>
        <translation>напр. office-server или 192.168.1.20</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>e.g. hotel</source>
        <translation>напр. hotel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <source>This PC has no password keyring, so icdesk cannot remember the password here: it asks for it each time the company is opened.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому icdesk не может запомнить пароль здесь: он будет спрашивать его при каждом открытии компании.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>kept on this PC</source>
        <translation>сохранён на этом компьютере</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Подключение к {host}…</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} на {host}</translation>
    </message>
    <message>
        <source>Connected: {place} holds an icdesk company.</source>
        <translation>Подключено: в {place} есть компания icdesk.</translation>
    </message>
    <message>
        <source>Connected: {place} is empty; Connect offers to set up a new company there or to copy this one into it.</source>
        <translation>Подключено: {place} пуста; кнопка «Подключиться» предложит создать там новую компанию или скопировать туда эту.</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Пустая база данных</translation>
    </message>
    <message>
        <source>{place} holds no icdesk company yet. Set up a new company there, or copy the company open now into it (every record, with the same numbers; the file stays as it is)?</source>
        <translation>В {place} пока нет компании icdesk. Создать там новую компанию или скопировать туда открытую сейчас (все записи с теми же номерами; файл останется как есть)?</translation>
    </message>
    <message>
        <source>Set up a new company</source>
        <translation>Создать новую компанию</translation>
    </message>
    <message>
        <source>Copy this company into it</source>
        <translation>Скопировать туда эту компанию</translation>
    </message>
    <message>
        <source>Copying the company to {host}…</source>
        <translation>Копирование компании на {host}…</translation>
    </message>
    <message>
        <source>Copying the company to {host}… {count} records so far</source>
        <translation>Копирование компании на {host}… скопировано записей: {count}</translation>
    </message>
    <message>
        <source>Company copied</source>
        <translation>Компания скопирована</translation>
    </message>
    <message>
        <source>{count} records were copied to {address}; every table there holds as many rows as in {source}. The window now works on the server; the file stays as it was.</source>
        <translation>В {address} скопировано записей: {count}; в каждой таблице там столько же строк, сколько в {source}. Теперь окно работает с сервером; файл остался как был.</translation>
    </message>
    <message>
        <source>The password could not be kept in this PC's keyring; icdesk will ask for it next time.</source>
        <translation>Не удалось сохранить пароль в хранилище паролей этого компьютера; icdesk спросит его в следующий раз.</translation>
    </message>
</context>
<context>
    <name>CrossTrainingDialog</name>
    <message>
        <source>Cross-training</source>
        <translation>Перекрёстное обучение</translation>
    </message>
    <message>
        <source>Record cross-training</source>
        <translation>Записать перекрёстное обучение</translation>
    </message>
    <message>
        <source>Cross-training: someone learns how another department serves its colleagues, so they can step in and ask for the right thing.</source>
        <translation>Перекрёстное обучение: сотрудник узнаёт, как другой отдел обслуживает коллег, чтобы подменить его и правильно обращаться с просьбами.</translation>
    </message>
    <message>
        <source>Who learned</source>
        <translation>Кто обучался</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Department's service learned</source>
        <translation>Работа какого отдела изучена</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Кто обучал</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Что изучено</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Finishing today's backup…</source>
        <translation>Завершается сегодняшняя резервная копия…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Latest recognitions</source>
        <translation>Последние благодарности</translation>
    </message>
    <message>
        <source>Internal customer service</source>
        <translation>Внутренний клиентский сервис</translation>
    </message>
    <message>
        <source>Requests logged</source>
        <translation>Зарегистрировано заявок</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>В срок (%)</translation>
    </message>
    <message>
        <source>Anonymous ratings count once {k} are given in a month ({n} waiting).</source>
        <translation>Анонимные оценки учитываются, когда за месяц их набирается {k} (ожидают: {n}).</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>открытая заявка</numerusform>
            <numerusform>открытые заявки</numerusform>
            <numerusform>открытых заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} in the last 30 days</source>
        <translation>{change} за последние 30 дней</translation>
    </message>
    <message numerus="yes">
        <source>overdue request(s) – past a target</source>
        <translation>
            <numerusform>просроченная заявка – срок истёк</numerusform>
            <numerusform>просроченные заявки – срок истёк</numerusform>
            <numerusform>просроченных заявок – срок истёк</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} went past a target in 30 days (30 days before: {m})</source>
        <translation>Просрочено за 30 дней: {n} (за 30 дней до этого: {m})</translation>
    </message>
    <message>
        <source>none of them had a deadline to resolve by: a standard's resolution target or a day needed by gives one</source>
        <translation>ни у одной не было срока решения: его задаёт цель решения стандарта или день, к которому заявка нужна</translation>
    </message>
    <message numerus="yes">
        <source>resolved within target, last 30 days (%n resolved)</source>
        <translation>
            <numerusform>решено в срок за последние 30 дней (%n решена)</numerusform>
            <numerusform>решено в срок за последние 30 дней (%n решены)</numerusform>
            <numerusform>решено в срок за последние 30 дней (%n решено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on the 30 days before</source>
        <translation>
            <numerusform>%n процентный пункт по сравнению с предыдущими 30 днями</numerusform>
            <numerusform>%n процентных пункта по сравнению с предыдущими 30 днями</numerusform>
            <numerusform>%n процентных пунктов по сравнению с предыдущими 30 днями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average rating, last 30 days (%n rating(s))</source>
        <translation>
            <numerusform>средняя оценка за последние 30 дней (%n оценка)</numerusform>
            <numerusform>средняя оценка за последние 30 дней (%n оценки)</numerusform>
            <numerusform>средняя оценка за последние 30 дней (%n оценок)</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on the 30 days before</source>
        <translation>{change} по сравнению с предыдущими 30 днями</translation>
    </message>
    <message numerus="yes">
        <source>open corrective action(s)</source>
        <translation>
            <numerusform>открытое корректирующее действие</numerusform>
            <numerusform>открытых корректирующих действия</numerusform>
            <numerusform>открытых корректирующих действий</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} on 30 days ago</source>
        <translation>{change} по сравнению с 30 днями ранее</translation>
    </message>
    <message numerus="yes">
        <source>corrective action(s) past the due date</source>
        <translation>
            <numerusform>корректирующее действие просрочено</numerusform>
            <numerusform>корректирующих действия просрочено</numerusform>
            <numerusform>корректирующих действий просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)</source>
        <translation>
            <numerusform>подпись об ознакомлении не получена (нет: {missing}, устарело: {outdated})</numerusform>
            <numerusform>подписи об ознакомлении не получены (нет: {missing}, устарело: {outdated})</numerusform>
            <numerusform>подписей об ознакомлении не получено (нет: {missing}, устарело: {outdated})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standard review(s) due within 30 days ({late} past their date)</source>
        <translation>
            <numerusform>пересмотр стандарта в ближайшие 30 дней (просрочено: {late})</numerusform>
            <numerusform>пересмотра стандартов в ближайшие 30 дней (просрочено: {late})</numerusform>
            <numerusform>пересмотров стандартов в ближайшие 30 дней (просрочено: {late})</numerusform>
        </translation>
    </message>
    <message>
        <source>No recognitions yet: thank someone for good service.</source>
        <translation>Благодарностей пока нет: поблагодарите кого-нибудь за хорошую работу.</translation>
    </message>
    <message>
        <source>Requests per month, share within target</source>
        <translation>Заявки по месяцам, доля в срок</translation>
    </message>
    <message>
        <source>Average rating per month</source>
        <translation>Средняя оценка по месяцам</translation>
    </message>
    <message>
        <source>Getting started: add your departments and people (Departments &amp; People), write each department's service standards, then log the requests departments make of each other.</source>
        <translation>С чего начать: добавьте отделы и сотрудников («Отделы и сотрудники»), опишите стандарты обслуживания каждого отдела, затем регистрируйте заявки, которые отделы направляют друг другу.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>There is no day {day} in {month}: the date now reads {date}. Check it.</source>
        <translation>В месяце «{month}» нет {day}-го числа: теперь дата {date}. Проверьте её.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Изменить отдел</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>e.g. Housekeeping</source>
        <translation>напр. Хозяйственная служба</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>made from the name, e.g. HOU</source>
        <translation>берётся из названия, например ХС</translation>
    </message>
    <message>
        <source>Names the department's documents: HOU-003 is its third service standard. It stays the same when the department is renamed.</source>
        <translation>Обозначает документы отдела: HOU-003 — его третий стандарт обслуживания. Код не меняется при переименовании отдела.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Чем занимается</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(пока никто)</translation>
    </message>
</context>
<context>
    <name>DepartmentList</name>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <source>Departments serve each other: IT serves accounting, the kitchen serves the dining room. Add your first department to start.</source>
        <translation>Отделы обслуживают друг друга: ИТ обслуживает бухгалтерию, кухня — обеденный зал. Добавьте первый отдел, чтобы начать.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Working hours…</source>
        <translation>Рабочее время…</translation>
    </message>
    <message>
        <source>Hours, public holidays and closures: the time its targets count</source>
        <translation>Часы, праздники и закрытия: время, в котором считаются его сроки</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore {name}? It appears again when requests are logged.</source>
        <translation>Восстановить «{name}»? Отдел снова появится при регистрации заявок.</translation>
    </message>
    <message>
        <source>Archive {name}? Its requests, standards and feedback stay in the history; it no longer appears when new requests are logged.</source>
        <translation>Перенести «{name}» в архив? Заявки, стандарты и отзывы останутся в истории, но отдел больше не будет предлагаться при регистрации новых заявок.</translation>
    </message>
    <message>
        <source>People in it: {n}. They stay in it; move to another department those who now work elsewhere.</source>
        <translation>Сотрудников в отделе: {n}. Они остаются в нём; переведите в другой отдел тех, кто теперь работает в другом месте.</translation>
    </message>
    <message>
        <source>Open requests asked of it: {n}. They stay open until they are finished or cancelled.</source>
        <translation>Открытых заявок к отделу: {n}. Они остаются открытыми, пока их не выполнят или не отменят.</translation>
    </message>
    <message>
        <source>Average rating as provider</source>
        <translation>Средняя оценка как исполнителя</translation>
    </message>
    <message>
        <source>Average rating it gave as customer</source>
        <translation>Средняя оценка, выставленная как клиент</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Nobody in this department yet.</source>
        <translation>В этом отделе пока никого нет.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>No standards yet.</source>
        <translation>Стандартов пока нет.</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Соглашений нет.</translation>
    </message>
    <message>
        <source>Gives service to</source>
        <translation>Обслуживает</translation>
    </message>
    <message>
        <source>Needs service from</source>
        <translation>Получает услуги от</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Последние заявки</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Type the form code printed on a paper form and press Enter (or pick the form). Then type the scores: a digit from 1 to 5 fills the cell and moves to the next; Delete clears it. Tick only the departments that served the respondent. Ctrl+S saves the form and makes room for the next one.</source>
        <translation>Введите код, напечатанный на бумажной анкете, и нажмите Enter (или выберите анкету). Затем вводите баллы: цифра от 1 до 5 заполняет ячейку и переходит к следующей; Delete очищает её. Отмечайте только отделы, которые обслуживали респондента. Ctrl+S сохраняет анкету и освобождает место для следующей.</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Код анкеты</translation>
    </message>
    <message>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Сохранить анкету</translation>
    </message>
    <message>
        <source>(choose a form)</source>
        <translation>(выберите анкету)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>{n} of {m} back</source>
        <translation>возвращено {n} из {m}</translation>
    </message>
    <message>
        <source>This round is finished: no more answers can be typed in. Its results stand on the Results tab.</source>
        <translation>Этот раунд завершён: вводить ответы больше нельзя. Его результаты — на вкладке «Результаты».</translation>
    </message>
    <message>
        <source>{department} – {who} – form {code}</source>
        <translation>{department} – {who} – анкета {code}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслуживал</translation>
    </message>
    <message>
        <source>Step code</source>
        <translation>Код шага</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>{name} (own view)</source>
        <translation>{name} (самооценка)</translation>
    </message>
    <message>
        <source>No steps listed for this department.</source>
        <translation>Для этого отдела шаги не указаны.</translation>
    </message>
    <message>
        <source>This form has already come back in full; saving will be refused.</source>
        <translation>Эта анкета уже возвращена полностью; сохранить её не получится.</translation>
    </message>
    <message>
        <source>Saved: {n} answers from {who}. Next form?</source>
        <translation>Сохранено ответов: {n} (отвечал: {who}). Следующая анкета?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>Поле «{label}» не может быть пустым.</translation>
    </message>
    <message>
        <source>{label} is too long: {count} characters, at most {limit} are allowed.</source>
        <translation>Поле «{label}» слишком длинное (символов: {count}); допускается не более {limit}.</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>Оценка должна быть целым числом от 1 до 5.</translation>
    </message>
    <message>
        <source>A request that is {status} cannot be moved to {target}.</source>
        <translation>Заявку со статусом «{status}» нельзя перевести в статус «{target}».</translation>
    </message>
    <message>
        <source>A corrective action that is {status} cannot be moved to {target}.</source>
        <translation>Корректирующее действие со статусом «{status}» нельзя перевести в статус «{target}».</translation>
    </message>
    <message>
        <source>The due date ({due}) is before the action was opened ({opened}).</source>
        <translation>Срок ({due}) раньше даты открытия действия ({opened}).</translation>
    </message>
    <message>
        <source>This request is {status}; it cannot be changed any more.</source>
        <translation>Заявка в статусе «{status}»; изменить её больше нельзя.</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>person</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <source>request</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>корректирующее действие</translation>
    </message>
    <message>
        <source>Write down the outcome: what was done and whether it worked.</source>
        <translation>Опишите результат: что было сделано и помогло ли это.</translation>
    </message>
    <message>
        <source>What the customer needs</source>
        <translation>Что нужно клиенту</translation>
    </message>
    <message>
        <source>What the provider needs</source>
        <translation>Что нужно исполнителю</translation>
    </message>
    <message>
        <source>Write down what at least one side needs from the other.</source>
        <translation>Опишите, что нужно хотя бы одной стороне от другой.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандарт</translation>
    </message>
    <message>
        <source>Only standards of the providing department can be linked to this agreement.</source>
        <translation>К этому соглашению можно привязать только стандарты отдела-исполнителя.</translation>
    </message>
    <message>
        <source>A department cannot have a service agreement with itself.</source>
        <translation>Отдел не может заключить соглашение об обслуживании сам с собой.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>Ничего не восстановлено: {error}</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}.</source>
        <translation>Ничего не восстановлено: {error}.</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the one in use.</source>
        <translation>Для резервной копии выберите другой файл, не тот, что открыт.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Папка {parent} не существует.</translation>
    </message>
    <message>
        <source>The backup was not made: {error}</source>
        <translation>Резервная копия не создана: {error}</translation>
    </message>
    <message>
        <source>That record ({label}) no longer exists; refresh the list and try again.</source>
        <translation>Эта запись ({label}) больше не существует; обновите список и попробуйте снова.</translation>
    </message>
    <message>
        <source>This file already holds data; the example company goes into a new, empty file.</source>
        <translation>В файле уже есть данные; пример компании создаётся только в новом пустом файле.</translation>
    </message>
    <message>
        <source>The CSV file was not written: {value}.</source>
        <translation>Файл CSV не записан: {value}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {join}.</source>
        <translation>Нельзя экспортировать «{kind}»; выберите одно из: {join}.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>A department cannot rate its own service.</source>
        <translation>Отдел не может оценивать собственную работу.</translation>
    </message>
    <message>
        <source>Only a resolved or closed request can be rated; finish the work first.</source>
        <translation>Оценить можно только решённую или закрытую заявку; сначала завершите работу.</translation>
    </message>
    <message>
        <source>{full_name} worked on this request and cannot rate it.</source>
        <translation>{full_name} работал(а) над этой заявкой и не может её оценивать.</translation>
    </message>
    <message>
        <source>Choose the request or the department this feedback is about.</source>
        <translation>Выберите заявку или отдел, к которому относится отзыв.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {join}.</source>
        <translation>«{value}» — недопустимое значение; возможные: {join}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {value}.</source>
        <translation>Не удаётся прочитать {path}: {value}.</translation>
    </message>
    <message>
        <source>There is no department called “{name}”.</source>
        <translation>Отдела «{name}» нет.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person.</source>
        <translation>«{name}» подходит сразу нескольким сотрудникам.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>Название отдела</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Say which department provides it.</source>
        <translation>Укажите отдел-исполнитель.</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Укажите, кто обращается: сотрудник или отдел.</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of people.</source>
        <translation>«{name}» нет в списке сотрудников.</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The service vision</source>
        <translation>Видение сервиса</translation>
    </message>
    <message>
        <source>“{email}” does not look like an e-mail address.</source>
        <translation>«{email}» не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>A department called “{name}” already exists.</source>
        <translation>Отдел «{name}» уже существует.</translation>
    </message>
    <message>
        <source>An archived department called “{name}” already exists; restore it instead.</source>
        <translation>Отдел «{name}» уже есть в архиве; восстановите его.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Choose who is being recognised: a person or a department.</source>
        <translation>Выберите, кого отметить: сотрудника или отдел.</translation>
    </message>
    <message>
        <source>Employee of the month goes to a person.</source>
        <translation>Звание «Сотрудник месяца» присуждается человеку.</translation>
    </message>
    <message>
        <source>Team of the month goes to a department.</source>
        <translation>Звание «Команда месяца» присуждается отделу.</translation>
    </message>
    <message>
        <source>People cannot recognise themselves.</source>
        <translation>Нельзя отметить самого себя.</translation>
    </message>
    <message>
        <source>A department cannot recognise itself.</source>
        <translation>Отдел не может отметить сам себя.</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>благодарность</translation>
    </message>
    <message>
        <source>The award for {month} has already been given.</source>
        <translation>Награда за {month} уже присуждена.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>That standard belongs to another department than the one asked.</source>
        <translation>Этот стандарт относится к другому отделу, не к исполнителю заявки.</translation>
    </message>
    <message>
        <source>That standard is not in force; publish it first or pick another.</source>
        <translation>Этот стандарт не действует; сначала опубликуйте его или выберите другой.</translation>
    </message>
    <message>
        <source>There is no request #{request_id}.</source>
        <translation>Заявки № {request_id} нет.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer takes requests.</source>
        <translation>Отдел «{name}» в архиве и больше не принимает заявки.</translation>
    </message>
    <message>
        <source>A closed or cancelled request cannot be changed any more.</source>
        <translation>Закрытую или отменённую заявку изменить больше нельзя.</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution; lower the first-response target.</source>
        <translation>Срок первого ответа не может быть позже срока решения; уменьшите целевое время первого ответа.</translation>
    </message>
    <message>
        <source>The next review must come after the date the standard takes effect.</source>
        <translation>Следующий пересмотр должен быть позже даты вступления стандарта в силу.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>standard version</source>
        <translation>версия стандарта</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Кого обслуживает</translation>
    </message>
    <message>
        <source>The change note</source>
        <translation>Описание изменений</translation>
    </message>
    <message>
        <source>A published version cannot be edited; make a new version and publish it instead.</source>
        <translation>Опубликованную версию нельзя редактировать; создайте новую версию и опубликуйте её.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation>Укажите, почему заявка отменяется.</translation>
    </message>
    <message>
        <source>{label} contains a NUL character, which cannot be stored.</source>
        <translation>{label} содержит символ NUL, который нельзя сохранить.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of minutes.</source>
        <translation>{label} должно быть целым числом минут.</translation>
    </message>
    <message>
        <source>{label} must be more than zero minutes.</source>
        <translation>{label} должно быть больше нуля минут.</translation>
    </message>
    <message>
        <source>{label} cannot be more than a year.</source>
        <translation>{label} не может быть больше года.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; choose one such as Europe/Rome.</source>
        <translation>«{name}» — не часовой пояс; выберите, например, Europe/Moscow.</translation>
    </message>
    <message>
        <source>“{text}” is not a date between 1990 and today.</source>
        <translation>«{text}» — не дата в промежутке от 1990 года до сегодняшнего дня.</translation>
    </message>
    <message>
        <source>{name} is archived; restore it before changing it.</source>
        <translation>{name} в архиве; восстановите его, прежде чем изменять.</translation>
    </message>
    <message>
        <source>The anonymity threshold must be a whole number from {low} to {high}.</source>
        <translation>Порог анонимности должен быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day like 09:00 or 17:30.</source>
        <translation>«{text}» — не время суток вроде 09:00 или 17:30.</translation>
    </message>
    <message>
        <source>icdesk knows no public holidays for “{code}”.</source>
        <translation>icdesk не знает праздников для «{code}».</translation>
    </message>
    <message>
        <source>“{region}” is not a region of {code} icdesk knows.</source>
        <translation>«{region}» — не известный icdesk регион ({code}).</translation>
    </message>
    <message>
        <source>Write working hours like 09:00–13:00, 14:00–18:00 (“{text}” is not).</source>
        <translation>Пишите рабочие часы так: 09:00–13:00, 14:00–18:00 («{text}» так не читается).</translation>
    </message>
    <message>
        <source>{interval} ends before it starts; for a night shift write 22:00–24:00 on one day and 00:00–06:00 on the next.</source>
        <translation>{interval} заканчивается раньше, чем начинается; ночную смену запишите как 22:00–24:00 в один день и 00:00–06:00 в следующий.</translation>
    </message>
    <message>
        <source>The closure ends before it starts.</source>
        <translation>Закрытие заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A closure lasts a year at most; add another for the next year.</source>
        <translation>Закрытие длится не больше года; для следующего года добавьте ещё одно.</translation>
    </message>
    <message>
        <source>Give a closure both a start and an end time, or neither.</source>
        <translation>Укажите для закрытия и начало, и конец, или ни то ни другое.</translation>
    </message>
    <message>
        <source>The closure's hours end before they start.</source>
        <translation>Часы закрытия заканчиваются раньше, чем начинаются.</translation>
    </message>
    <message>
        <source>Choose the country of the region first.</source>
        <translation>Сначала выберите страну региона.</translation>
    </message>
    <message>
        <source>Give at least one day working hours, or choose “open around the clock”.</source>
        <translation>Укажите рабочие часы хотя бы для одного дня или выберите «круглосуточно».</translation>
    </message>
    <message>
        <source>A version is put in force only once its approver has approved it; send the draft for review first.</source>
        <translation>Версию можно ввести в действие только после утверждения; сначала отправьте черновик на согласование.</translation>
    </message>
    <message>
        <source>Only an approved version can be put in force; make a new version to change this standard.</source>
        <translation>В действие можно ввести только утверждённую версию; чтобы изменить стандарт, создайте новую версию.</translation>
    </message>
    <message>
        <source>The code can be at most {n} characters long.</source>
        <translation>Код может содержать не более {n} символов.</translation>
    </message>
    <message>
        <source>The code can hold only letters, digits and dashes, like IT or FO-2.</source>
        <translation>Код может содержать только буквы, цифры и дефисы, например IT или FO-2.</translation>
    </message>
    <message>
        <source>An idea that is {status} cannot be moved to {target}.</source>
        <translation>Идею в статусе «{status}» нельзя перевести в статус «{target}».</translation>
    </message>
    <message>
        <source>Only the version in force can be acknowledged; version {n} of “{title}” is {status}.</source>
        <translation>Ознакомиться можно только с действующей версией; версия {n} стандарта «{title}» имеет статус «{status}».</translation>
    </message>
    <message>
        <source>{full_name} has left the company; only people still here acknowledge standards.</source>
        <translation>{full_name} больше не работает в компании; со стандартами знакомятся только работающие сотрудники.</translation>
    </message>
    <message>
        <source>{full_name} has already acknowledged version {n} of “{title}”.</source>
        <translation>{full_name} уже ознакомлен(а) с версией {n} стандарта «{title}».</translation>
    </message>
    <message>
        <source>An acknowledgement cannot be dated in the future.</source>
        <translation>Дата ознакомления не может быть в будущем.</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” came into force on {date}; it cannot have been acknowledged before.</source>
        <translation>Версия {n} стандарта «{title}» введена в действие {date}; ознакомиться с ней раньше было нельзя.</translation>
    </message>
    <message>
        <source>Tick at least one name that was signed.</source>
        <translation>Отметьте хотя бы одну подпись.</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>ознакомление</translation>
    </message>
    <message>
        <source>This corrective action is already done; reopen it to revise a standard.</source>
        <translation>Это корректирующее действие уже выполнено; откройте его снова, чтобы пересмотреть стандарт.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else at {when}, after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>«{name}» изменил кто-то другой ({when}) после того, как вы это открыли, поэтому ваше изменение не сохранено. В форме теперь то, что сохранено; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else after you opened it, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>«{name}» изменил кто-то другой после того, как вы это открыли, поэтому ваше изменение не сохранено. В форме теперь то, что сохранено; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>The example company needs at least two departments: one to serve the other.</source>
        <translation>Для примера компании нужно хотя бы два отдела: один обслуживает другой.</translation>
    </message>
    <message>
        <source>Edition {number} of the handbook has already been issued; make the handbook again to issue edition {next}.</source>
        <translation>Редакция {number} справочника уже выпущена; сформируйте справочник заново, чтобы выпустить редакцию {next}.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>An idea for working better together names at least two departments.</source>
        <translation>Идея о лучшей совместной работе должна называть не менее двух отделов.</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>An idea cannot be proposed in the future.</source>
        <translation>Идею нельзя предложить будущей датой.</translation>
    </message>
    <message>
        <source>Say why the idea is declined: whoever proposed and supported it deserves the reason.</source>
        <translation>Укажите, почему идея отклонена: автор и поддержавшие заслуживают объяснения.</translation>
    </message>
    <message>
        <source>Choose who supports the idea.</source>
        <translation>Выберите, кто поддерживает идею.</translation>
    </message>
    <message>
        <source>This idea is {status}; support is given while it is proposed or on trial.</source>
        <translation>Идея в статусе «{status}»; поддержать можно, пока она предложена или проходит испытание.</translation>
    </message>
    <message>
        <source>{full_name} proposed this idea; support comes from others.</source>
        <translation>{full_name} — автор этой идеи; поддержка должна исходить от других.</translation>
    </message>
    <message>
        <source>{full_name} already supports this idea.</source>
        <translation>{full_name} уже поддерживает эту идею.</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Исполнитель (отдел)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Заявитель (сотрудник)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Заявитель (отдел)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Дата первого ответа</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Первый ответ в течение</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Решение в течение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-31 or 31/03/2026.</source>
        <translation>«{text}» — не дата вида 2026-03-31 или 31.03.2026.</translation>
    </message>
    <message>
        <source>“{text}” is later than now; a time still to come cannot be recorded yet.</source>
        <translation>«{text}» позже текущего момента; время, которое ещё не наступило, записать нельзя.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 4 h, 30 min, 1:30 or 2 d.</source>
        <translation>«{text}» — не время вида 4 ч, 30 мин, 1:30 или 2 д.</translation>
    </message>
    <message>
        <source>Nothing was imported; rows with problems: {count}.</source>
        <translation>Ничего не импортировано; строк с ошибками: {count}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Only {join} can be imported, not “{kind}”.</source>
        <translation>Импортировать можно только {join}, а не «{kind}».</translation>
    </message>
    <message>
        <source>An import of {kind} has no field “{name}”; the fields are: {join}.</source>
        <translation>В импорте {kind} нет поля «{name}»; поля: {join}.</translation>
    </message>
    <message>
        <source>The standard “{title}” of {name} is archived; it cannot be changed.</source>
        <translation>Стандарт обслуживания «{title}» ({name}) в архиве; его нельзя изменить.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”; its columns are: {join}.</source>
        <translation>В файле нет столбца «{column}»; его столбцы: {join}.</translation>
    </message>
    <message>
        <source>Choose the column that holds “{label}”; it is required.</source>
        <translation>Выберите столбец, в котором указано «{label}»: это обязательно.</translation>
    </message>
    <message>
        <source>Row {row} already has the department “{name}”; each may appear once in the file.</source>
        <translation>В строке {row} уже есть отдел «{name}»; каждый отдел может встречаться в файле только один раз.</translation>
    </message>
    <message>
        <source>Row {row} already has this person (the same e-mail, or the same name without one).</source>
        <translation>В строке {row} уже есть этот сотрудник (тот же e-mail или то же имя, если e-mail не указан).</translation>
    </message>
    <message>
        <source>“{text}” is before the request was logged or answered.</source>
        <translation>«{text}» — раньше, чем заявка была зарегистрирована или получила ответ.</translation>
    </message>
    <message>
        <source>Say which department the standard belongs to.</source>
        <translation>Укажите, к какому отделу относится стандарт обслуживания.</translation>
    </message>
    <message>
        <source>Row {row} already has the standard “{title}” of this department.</source>
        <translation>В строке {row} уже есть стандарт обслуживания «{title}» этого отдела.</translation>
    </message>
    <message>
        <source>{name} has no service standard in force called “{title}”.</source>
        <translation>У отдела {name} нет действующего стандарта обслуживания «{title}».</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Выберите период не длиннее десяти лет.</translation>
    </message>
    <message>
        <source>{name} already exists; give the backup a new name, or a folder to put it in.</source>
        <translation>{name} уже существует; дайте резервной копии новое имя или укажите папку для неё.</translation>
    </message>
    <message>
        <source>{name} holds another company; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} содержит другую компанию; резервная копия никогда её не заменяет. Дайте копии новое имя или укажите папку для неё.</translation>
    </message>
    <message>
        <source>Row {row} already has this request (the same title, department, requester and day).</source>
        <translation>В строке {row} уже есть эта заявка (та же тема, отдел, заявитель и день).</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}). Save nothing more in it: put a backup in its place with File → Restore from backup…</source>
        <translation>Файл {name} повреждён ({problem}). Больше ничего в нём не сохраняйте: восстановите его из резервной копии через Файл → Восстановить из копии…</translation>
    </message>
    <message>
        <source>Enter the company's details first.</source>
        <translation>Сначала введите данные компании.</translation>
    </message>
    <message>
        <source>{label} needs at least one letter or digit.</source>
        <translation>В поле «{label}» должна быть хотя бы одна буква или цифра.</translation>
    </message>
    <message>
        <source>A recognition is for what was done: its date ({day}) cannot be after today.</source>
        <translation>Благодарность дают за сделанное: её дата ({day}) не может быть позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>{day} is not a date icdesk keeps: choose one between 1990 and 2100.</source>
        <translation>{day} — не та дата, которую хранит icdesk: выберите дату между 1990 и 2100 годами.</translation>
    </message>
    <message>
        <source>Choose dates between {first} and {last}.</source>
        <translation>Выберите даты между {first} и {last} годами.</translation>
    </message>
    <message>
        <source>Choose the company's time zone, such as Europe/Rome.</source>
        <translation>Выберите часовой пояс компании, например Europe/Moscow.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}, archived; tick Show archived and restore it.</source>
        <translation>У отдела «{name}» уже есть соглашение об обслуживании отдела «{name2}», оно в архиве; отметьте «Показать архивные» и восстановите его.</translation>
    </message>
    <message>
        <source>{name} already has an agreement to serve {name2}; open and change that one.</source>
        <translation>У отдела «{name}» уже есть соглашение об обслуживании отдела «{name2}»; откройте его и измените.</translation>
    </message>
    <message>
        <source>This agreement was archived meanwhile; restore it with Show archived to change it.</source>
        <translation>Тем временем это соглашение перенесли в архив; чтобы изменить его, восстановите его через «Показать архивные».</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a backup file in it.</source>
        <translation>{name} — это папка; выберите в ней файл резервной копии.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Файла {name} нет.</translation>
    </message>
    <message>
        <source>{name} is the data file in use, not a backup of it.</source>
        <translation>{name} — используемый файл данных, а не его резервная копия.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>Не удаётся прочитать {name}: {error}</translation>
    </message>
    <message>
        <source>The working hours of {name} were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Кто-то другой изменил рабочие часы отдела {name} после того, как вы их открыли, поэтому ваше изменение не сохранено. Форма теперь показывает сохранённое; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {n} of {date}: it is still the current edition. Print it again without “Issue as a new edition”.</source>
        <translation>Ни один стандарт обслуживания не изменился после редакции {n} от {date}: она остаётся действующей. Напечатайте её снова без отметки «Выпустить как новую редакцию».</translation>
    </message>
    <message>
        <source>{kind} have no dates to choose by; export them without a period.</source>
        <translation>{kind}: нет дат, по которым можно выбрать; выгрузите без периода.</translation>
    </message>
    <message>
        <source>{full_name} has already rated request #{n}.</source>
        <translation>{full_name} уже оценил(а) заявку № {n}.</translation>
    </message>
    <message>
        <source>This idea was archived meanwhile; nothing was saved.</source>
        <translation>Тем временем эту идею перенесли в архив; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>“{text}” is a time that did not exist there: the clocks went forward that night. Write the time after the change (an hour later).</source>
        <translation>«{text}» — время, которого там не было: в ту ночь часы переводили вперёд. Укажите время после перевода (на час позже).</translation>
    </message>
    <message>
        <source>Row {row}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Строка {row}: решена, но не сказано когда; сохранена без времени обслуживания и вне показателей по целям.</translation>
    </message>
    <message>
        <source>This row has {count} cells but the header has {columns}: a text holding “{separator}” needs quotes around it.</source>
        <translation>Ячеек в этой строке: {count}, а в заголовке: {columns}. Текст, в котором есть «{separator}», нужно заключить в кавычки.</translation>
    </message>
    <message>
        <source>The row has a resolved time, but its status is {status}: give the status resolved or closed, or leave the time out.</source>
        <translation>В строке указано время решения, но статус — {status}: укажите статус «решена» или «закрыта» либо уберите время.</translation>
    </message>
    <message>
        <source>“{name}” matches more than one person; add a department column to tell them apart.</source>
        <translation>«{name}» подходит сразу нескольким сотрудникам; добавьте столбец с отделом, чтобы их различить.</translation>
    </message>
    <message>
        <source>Rows {rows}: resolved, but not said when; kept without a service time and outside the target figures.</source>
        <translation>Строки {rows}: решены, но не сказано когда; сохранены без времени обслуживания и вне показателей по целям.</translation>
    </message>
    <message>
        <source>Row {row}: this request is already in the file as {status}; an import does not move it on to {target}: move it in its window.</source>
        <translation>Строка {row}: эта заявка уже есть в файле со статусом {status}; импорт не переводит её в {target}: сделайте это в окне заявки.</translation>
    </message>
    <message>
        <source>“{email}” is the address of several people ({names}); the row's name is none of them, so it cannot say whom it is about.</source>
        <translation>«{email}» — адрес нескольких человек ({names}); имя в строке не совпадает ни с одним из них, поэтому непонятно, о ком она.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>Поле «{label}» должно быть текстом.</translation>
    </message>
    <message>
        <source>{label} holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored; type it again.</source>
        <translation>{label}: содержит повреждённый символ (половину эмодзи или значка после неудачного копирования), его нельзя сохранить; введите текст заново.</translation>
    </message>
    <message>
        <source>“{text}” is a moment, not a day: give the date alone.</source>
        <translation>«{text}» — это момент времени, а не день: укажите только дату.</translation>
    </message>
    <message>
        <source>A date is needed here, not the text or number “{text}”.</source>
        <translation>Здесь нужна дата, а не текст или число «{text}».</translation>
    </message>
    <message>
        <source>This corrective action was archived meanwhile; nothing was saved.</source>
        <translation>Это корректирующее действие тем временем перенесено в архив; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The review date ({day}) is already past: choose today or a later day, or leave it not planned.</source>
        <translation>Дата пересмотра ({day}) уже прошла: выберите сегодня или более поздний день либо оставьте её незапланированной.</translation>
    </message>
    <message>
        <source>{name} is open in icdesk now, so it is in use, not an earlier backup; a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} сейчас открыт в icdesk: он используется и не является прежней резервной копией, а резервная копия никогда его не заменяет. Дайте копии новое имя или папку для неё.</translation>
    </message>
    <message>
        <source>{name} is a data file that has been worked on, not an earlier backup; it may hold work this file lacks, and a backup never replaces it. Give the backup a new name, or a folder to put it in.</source>
        <translation>{name} — файл данных, в котором уже работали, а не прежняя резервная копия: в нём может быть работа, которой нет в этом файле, и резервная копия никогда его не заменяет. Дайте копии новое имя или папку для неё.</translation>
    </message>
    <message>
        <source>{name} is archived: nothing new is recorded for it. Restore it first (tick Show archived).</source>
        <translation>{name} в архиве: для него ничего нового не записывается. Сначала восстановите его (отметьте «Показать архивные»).</translation>
    </message>
    <message>
        <source>{full_name} has left the company: nothing new is recorded for them. Choose someone still here.</source>
        <translation>{full_name} больше не работает в компании: на этого человека ничего нового не записывается. Выберите того, кто работает сейчас.</translation>
    </message>
    <message>
        <source>A week has seven days: give the hours of each, Monday first (empty for a day off).</source>
        <translation>В неделе семь дней: укажите часы для каждого, начиная с понедельника (пусто — выходной).</translation>
    </message>
    <message>
        <source>{full_name} works in {department}; choose that department, or leave it blank.</source>
        <translation>{full_name} работает в отделе «{department}»: выберите этот отдел или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways: is the comma or point there a decimal point, or does it separate thousands? Write the number without it (1000), or with one or two decimals (1.5).</source>
        <translation>«{text}» можно прочитать двумя способами: запятая или точка здесь — десятичный разделитель или разделитель тысяч? Запишите число без него (1000) или с одним-двумя знаками после запятой (1,5).</translation>
    </message>
    <message>
        <source>“{text}” is not a request's number (a whole number such as 1005).</source>
        <translation>«{text}» — не номер заявки (целое число, например 1005).</translation>
    </message>
    <message>
        <source>The file does not say when its requests were logged, so each is logged as today; the same file imported again on another day would add them again. A column with the date logged (created) makes it safe to import twice.</source>
        <translation>В файле не сказано, когда зарегистрированы заявки, поэтому каждая регистрируется сегодняшним днём; тот же файл, импортированный снова в другой день, добавит их ещё раз. Столбец с датой регистрации (created) позволяет безопасно импортировать файл дважды.</translation>
    </message>
    <message>
        <source>Row {row}: number {n} is no request of this title and department here; the row is added as a new request, with a number of its own.</source>
        <translation>Строка {row}: номер {n} не соответствует здесь заявке с таким названием и отделом; строка добавляется как новая заявка со своим номером.</translation>
    </message>
    <message>
        <source>“{state}” is a step of the approval done on the Standards screen; a file can make a standard draft, active or retired.</source>
        <translation>«{state}» — это шаг утверждения на экране «Стандарты обслуживания»; файлом можно сделать стандарт черновиком, действующим или выведенным из действия.</translation>
    </message>
    <message>
        <source>Row {row} already has request number {n}.</source>
        <translation>В строке {row} уже есть заявка номер {n}.</translation>
    </message>
    <message>
        <source>“{email}” is the address of {name2}, and the row names {name}: to rename {name2}, change the name in the window; someone else needs an address of their own.</source>
        <translation>«{email}» — адрес сотрудника «{name2}», а в строке указан «{name}»: чтобы переименовать сотрудника, измените имя в окне; другому человеку нужен свой адрес.</translation>
    </message>
    <message>
        <source>“{name}” looks the same as “{name2}” but is written with letters of another alphabet (a keyboard in another language): use “{name2}”, or type the name again.</source>
        <translation>«{name}» выглядит так же, как «{name2}», но написано буквами другого алфавита (клавиатура на другом языке): используйте «{name2}» или введите название заново.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>The logo is not a PNG picture; choose a .png file.</source>
        <translation>Логотип — не изображение PNG; выберите файл .png.</translation>
    </message>
    <message>
        <source>The logo is larger than 5 MB; choose a smaller picture.</source>
        <translation>Логотип больше 5 МБ; выберите изображение поменьше.</translation>
    </message>
    <message>
        <source>{full_name} has left the company and cannot be named head; choose someone still here.</source>
        <translation>{full_name} больше не работает в компании и не может быть назначен руководителем; выберите того, кто работает сейчас.</translation>
    </message>
    <message>
        <source>Another department already has the code “{code}”.</source>
        <translation>Код «{code}» уже есть у другого отдела.</translation>
    </message>
    <message>
        <source>{name} is archived; people cannot be added to it.</source>
        <translation>{name} в архиве; в него нельзя добавлять людей.</translation>
    </message>
    <message>
        <source>{name} is already in {department}. If this is someone else of the same name, add what tells them apart (a middle initial, a second surname).</source>
        <translation>{name} уже есть в отделе «{department}». Если это другой человек с тем же именем, добавьте то, что их различает (отчество, инициал).</translation>
    </message>
    <message>
        <source>The company's details were changed by someone else after you opened them, so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Кто-то другой изменил данные компании после того, как вы их открыли, поэтому ваше изменение не сохранено. Форма теперь показывает сохранённое; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>{name} was archived meanwhile; nothing was saved. Restore it with Show archived to change it.</source>
        <translation>Отдел «{name}» тем временем перенесён в архив; ничего не сохранено. Чтобы изменить его, восстановите его через «Показать архивные».</translation>
    </message>
    <message>
        <source>{full_name} was marked as having left meanwhile; nothing was saved.</source>
        <translation>Сотрудник «{full_name}» тем временем отмечен как уволившийся; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{full_name} was in {department}, which is archived: restore {department} first, or edit {full_name} to move them to another department.</source>
        <translation>{full_name} состоял(а) в отделе {department}, который в архиве: сначала восстановите {department} или измените карточку {full_name}, чтобы перевести в другой отдел.</translation>
    </message>
    <message>
        <source>{name} is a folder; give the name of the file to write in it too.</source>
        <translation>{name} — это папка; укажите также имя файла, который нужно записать в неё.</translation>
    </message>
    <message>
        <source>{name} is not a file icdesk can write into; choose another name.</source>
        <translation>{name} — не файл, в который icdesk может записать; выберите другое имя.</translation>
    </message>
    <message>
        <source>{name} is a file a database keeps beside itself; choose another name.</source>
        <translation>{name} — служебный файл базы данных; выберите другое имя.</translation>
    </message>
    <message>
        <source>{name} is a database, perhaps another company's data file; icdesk does not write over it.</source>
        <translation>{name} — база данных, возможно, файл данных другой компании; icdesk не записывает поверх неё.</translation>
    </message>
    <message>
        <source>{name} is the company's data file (or kept beside it); choose another name for what you write.</source>
        <translation>{name} — файл данных компании (или служебный файл рядом с ним); выберите другое имя для записи.</translation>
    </message>
    <message>
        <source>{name} is in the folder of the company's backups; choose another folder for what you write.</source>
        <translation>{name} находится в папке резервных копий компании; выберите другую папку для записи.</translation>
    </message>
    <message>
        <source>Thanks for a request come once it is resolved.</source>
        <translation>Поблагодарить за заявку можно, когда она решена.</translation>
    </message>
    <message>
        <source>This recognition is archived; restore it before changing it.</source>
        <translation>Эта благодарность в архиве; восстановите её, прежде чем изменять.</translation>
    </message>
    <message>
        <source>The service standard sets this request's deadline; leave the day it is needed by empty, or choose no standard.</source>
        <translation>Срок этой заявки задаёт стандарт обслуживания: оставьте день, к которому она нужна, пустым или не выбирайте стандарт.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; assign the request to someone still here.</source>
        <translation>{full_name} больше не работает в компании; назначьте заявку тому, кто ещё работает.</translation>
    </message>
    <message>
        <source>{full_name} has left the company; log the request for someone still here, or for their department.</source>
        <translation>{full_name} больше не работает в компании; зарегистрируйте заявку от того, кто работает сейчас, или от его отдела.</translation>
    </message>
    <message>
        <source>The day it is needed by ({day}) is already past: choose today or a later day.</source>
        <translation>День, к которому это нужно ({day}), уже прошёл: выберите сегодня или более поздний день.</translation>
    </message>
    <message>
        <source>A request keeps the service standard it was logged under: its deadlines were promised with it.</source>
        <translation>Заявка сохраняет стандарт обслуживания, с которым её зарегистрировали: её сроки были обещаны по нему.</translation>
    </message>
    <message>
        <source>A service standard can be given to a request only while the request is open; this one was resolved without one.</source>
        <translation>Стандарт обслуживания можно назначить заявке, только пока она открыта; эта решена без стандарта.</translation>
    </message>
    <message>
        <source>A resolved request keeps the day it was needed by: its time was measured against it.</source>
        <translation>Решённая заявка сохраняет день, к которому она была нужна: её время измерено по нему.</translation>
    </message>
    <message>
        <source>{name} is archived and no longer asks for service; restore it first, or choose the department asking now.</source>
        <translation>Отдел {name} в архиве и больше не обращается за услугами; сначала восстановите его или выберите отдел, который обращается сейчас.</translation>
    </message>
    <message>
        <source>{name} cannot ask itself: a request goes to another department than the one asking.</source>
        <translation>{name} не может обращаться к самому себе: запрос направляется в другой отдел, а не в тот, который спрашивает.</translation>
    </message>
    <message>
        <source>Request #{number} was changed by someone else after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>Заявку №{number} изменил кто-то другой после того, как вы её открыли («{kind}», {when}), поэтому ваше изменение не сохранено. В форме теперь то, что сохранено; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>{who} changed request #{number} after you opened it (“{kind}”, {when}), so your change was not saved. The form now shows what is saved; make your change again if it is still needed.</source>
        <translation>{who} изменил(а) заявку №{number} после того, как вы её открыли («{kind}», {when}), поэтому ваше изменение не сохранено. В форме теперь то, что сохранено; повторите изменение, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>Ничего не восстановлено: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was restored: other PCs kept reading the company on {server}. Try again in a moment, or when fewer people are working.</source>
        <translation>Ничего не восстановлено: другие компьютеры всё это время читали данные компании на {server}. Повторите попытку чуть позже или когда будет работать меньше людей.</translation>
    </message>
    <message>
        <source>The backup was not made: it could not be written to {parent}: {value}.</source>
        <translation>Резервная копия не создана: её не удалось записать в {parent}: {value}.</translation>
    </message>
    <message>
        <source>Type the name or the address of the server computer.</source>
        <translation>Введите имя или адрес компьютера-сервера.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name or address a network knows.</source>
        <translation>«{host}» — не имя и не адрес сервера, известные сети.</translation>
    </message>
    <message>
        <source>Type the name of the company's database on the server.</source>
        <translation>Введите имя базы данных компании на сервере.</translation>
    </message>
    <message>
        <source>Type the login (user name) to connect with.</source>
        <translation>Введите имя пользователя для подключения.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL's own is 5432).</source>
        <translation>Порт — число от 1 до 65535 (стандартный порт PostgreSQL — 5432).</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot get new service standards.</source>
        <translation>{name} в архиве; для него нельзя создавать новые стандарты обслуживания.</translation>
    </message>
    <message>
        <source>This version is with its approver; send it back to draft to change it.</source>
        <translation>Эта версия на согласовании; чтобы изменить её, верните её в черновик.</translation>
    </message>
    <message>
        <source>Choose who approves this version: the head of department or the owner-manager.</source>
        <translation>Выберите, кто утверждает эту версию: руководитель отдела или владелец-управляющий.</translation>
    </message>
    <message>
        <source>{full_name} has left; name another approver (and a new head of {department} under Departments &amp; People).</source>
        <translation>{full_name} больше не работает; назначьте другого утверждающего (и нового руководителя отдела «{department}» в разделе «Отделы и сотрудники»).</translation>
    </message>
    <message>
        <source>Only the head of {department} or the owner-manager can approve its standards; {full_name} is neither.</source>
        <translation>Утверждать стандарты отдела «{department}» может только его руководитель или владелец-управляющий; {full_name} ни тот, ни другой.</translation>
    </message>
    <message>
        <source>{full_name} owns this standard and cannot also approve it; choose another approver.</source>
        <translation>{full_name} отвечает за этот стандарт и не может сам его утвердить; выберите другого утверждающего.</translation>
    </message>
    <message>
        <source>Only a draft can be sent for review.</source>
        <translation>На согласование можно отправить только черновик.</translation>
    </message>
    <message>
        <source>A standard needs at least one step before it can be published.</source>
        <translation>Чтобы опубликовать стандарт, в нём должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Only a version in review or approved can be sent back to draft.</source>
        <translation>Вернуть в черновик можно только версию на согласовании или утверждённую.</translation>
    </message>
    <message>
        <source>Only a version in review can be approved; send the draft for review first.</source>
        <translation>Утвердить можно только версию на согласовании; сначала отправьте черновик на согласование.</translation>
    </message>
    <message>
        <source>Only {full_name}, the approver named for this version, can approve it.</source>
        <translation>Утвердить эту версию может только {full_name} — назначенный утверждающий.</translation>
    </message>
    <message>
        <source>{full_name} has left; send the version back to draft and name another approver.</source>
        <translation>{full_name} больше не работает; верните версию в черновик и назначьте другого утверждающего.</translation>
    </message>
    <message>
        <source>This standard already has a draft; finish or publish that one first.</source>
        <translation>У этого стандарта уже есть черновик; сначала завершите или опубликуйте его.</translation>
    </message>
    <message>
        <source>That standard is archived; restore it or revise another.</source>
        <translation>Этот стандарт в архиве; восстановите его или пересмотрите другой.</translation>
    </message>
    <message>
        <source>Version {n} of this standard is already with its approver; finish that one first.</source>
        <translation>Версия {n} этого стандарта уже на согласовании; сначала завершите её.</translation>
    </message>
    <message>
        <source>The draft of this standard already answers another action or idea; finish that one first.</source>
        <translation>Черновик этого стандарта уже связан с другим действием или идеей; сначала завершите его.</translation>
    </message>
    <message>
        <source>Write each step on a line of its own.</source>
        <translation>Запишите каждый шаг отдельной строкой.</translation>
    </message>
    <message>
        <source>{name} already has a standard called “{title}”; open that one, or give this one another title.</source>
        <translation>У отдела {name} уже есть стандарт «{title}»; откройте его или дайте этому другое название.</translation>
    </message>
    <message>
        <source>The first-response target</source>
        <translation>Срок первого ответа</translation>
    </message>
    <message>
        <source>The resolution target</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>This standard is not in force, so there is nothing to retire.</source>
        <translation>Стандарт не действует, поэтому выводить из действия нечего.</translation>
    </message>
    <message>
        <source>{name} is too large to be a returned survey form ({size} MB; a form is well under 1 MB).</source>
        <translation>Файл {name} слишком велик для заполненной анкеты опроса ({size} МБ; анкета занимает гораздо меньше 1 МБ).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF form ({reason}).</source>
        <translation>Файл {name} не читается как PDF-анкета ({reason}).</translation>
    </message>
    <message>
        <source>There are no PDF files in {parent}.</source>
        <translation>В папке {parent} нет PDF-файлов.</translation>
    </message>
    <message>
        <source>Each answer is a whole number from 1 to 5 ({name}: “{value}”).</source>
        <translation>Каждый ответ — целое число от 1 до 5 ({name}: «{value}»).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk survey form.</source>
        <translation>{name} — не анкета опроса icdesk.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Ask at least one question.</source>
        <translation>Задайте хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Ask at most {limit} questions: long forms come back half answered.</source>
        <translation>Задайте не более {limit} вопросов: длинные анкеты возвращаются заполненными наполовину.</translation>
    </message>
    <message>
        <source>Choose at least one pair: which department's service is rated, and by whom.</source>
        <translation>Выберите хотя бы одну пару: обслуживание какого отдела оценивается и кем.</translation>
    </message>
    <message>
        <source>A department rates its own service in the self-view part of the form, not as a pair.</source>
        <translation>Отдел оценивает собственное обслуживание в разделе самооценки анкеты, а не как пару.</translation>
    </message>
    <message>
        <source>Archived departments take no part in new survey rounds.</source>
        <translation>Архивные отделы не участвуют в новых раундах опроса.</translation>
    </message>
    <message>
        <source>Answers already refer to these questions, so they can no longer be changed; start a new round to ask different ones.</source>
        <translation>На эти вопросы уже есть ответы, поэтому их нельзя изменить; начните новый раунд, чтобы задать другие.</translation>
    </message>
    <message>
        <source>This survey round is already finished.</source>
        <translation>Этот раунд опроса уже завершён.</translation>
    </message>
    <message>
        <source>The answers of a form are not as a form gives them: a code as text, and for each department a yes or no, whole-number scores and texts.</source>
        <translation>Ответы анкеты не такие, какими их даёт анкета: код — текстом, а для каждого отдела — да или нет, целые баллы и тексты.</translation>
    </message>
    <message>
        <source>No form of this file has the code {token}; check the code printed on the form.</source>
        <translation>Ни у одной анкеты в этом файле нет кода {token}; проверьте код, напечатанный на анкете.</translation>
    </message>
    <message>
        <source>The form {token} belongs to another survey round.</source>
        <translation>Анкета {token} относится к другому раунду опроса.</translation>
    </message>
    <message>
        <source>The survey round “{title}” is finished; answers can no longer be added.</source>
        <translation>Раунд опроса «{title}» завершён; добавлять ответы больше нельзя.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was imported before.</source>
        <translation>Эта анкета с теми же ответами уже была импортирована.</translation>
    </message>
    <message>
        <source>{name} has already answered this round; an answer cannot be changed.</source>
        <translation>{name} уже ответил(а) в этом раунде; изменить ответ нельзя.</translation>
    </message>
    <message>
        <source>All {n} forms expected from {department} are already in.</source>
        <translation>Все ожидаемые анкеты от отдела {department} ({n}) уже получены.</translation>
    </message>
    <message>
        <source>The form has no answers: tick the departments that served you and rate them.</source>
        <translation>В анкете нет ответов: отметьте отделы, которые вас обслуживали, и оцените их.</translation>
    </message>
    <message>
        <source>This form, with these very answers, was read in before. If it is another colleague's form with exactly the same answers, type it in on “Type in paper forms”.</source>
        <translation>Эта анкета с теми же ответами уже была прочитана. Если это анкета другого коллеги с точно такими же ответами, введите её на вкладке «Ввести бумажные анкеты».</translation>
    </message>
    <message>
        <source>This form does not ask about that department.</source>
        <translation>В этой анкете нет вопросов об этом отделе.</translation>
    </message>
    <message>
        <source>survey round</source>
        <translation>раунд опроса</translation>
    </message>
    <message>
        <source>The form has an answer to a question this round does not ask.</source>
        <translation>В анкете есть ответ на вопрос, которого нет в этом раунде.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the steps listed for {name}.</source>
        <translation>«{code}» нет среди шагов, указанных в анкете «{name}».</translation>
    </message>
    <message>
        <source>{name} is not a table: choose a CSV file or a spreadsheet (.xlsx, .ods or .xls).</source>
        <translation>Файл {name} не является таблицей: выберите файл CSV или электронную таблицу (.xlsx, .ods или .xls).</translation>
    </message>
    <message>
        <source>{name} is protected with a password; save a copy without the password and choose that.</source>
        <translation>Файл {name} защищён паролем; сохраните копию без пароля и выберите её.</translation>
    </message>
    <message>
        <source>{name} looks like a spreadsheet but cannot be read; it may be damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>Файл {name} похож на электронную таблицу, но его не удаётся прочитать; возможно, он повреждён. Откройте его в программе электронных таблиц и сохраните заново.</translation>
    </message>
    <message>
        <source>icdesk cannot tell which character set {name} is written in; choose it in the list (UTF-8, Windows-1252 or Windows-1251).</source>
        <translation>icdesk не может определить, в какой кодировке записан файл {name}; выберите её в списке (UTF-8, Windows-1252 или Windows-1251).</translation>
    </message>
    <message>
        <source>{name} has a header but no rows of data below it.</source>
        <translation>В файле {name} есть заголовок, но под ним нет строк с данными.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is too big to read from a workbook; save it as a CSV file in your spreadsheet program and import that.</source>
        <translation>Лист «{sheet}» в файле {name} слишком велик, чтобы читать его из книги; сохраните его как файл CSV в программе электронных таблиц и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>Cell {cells} of the sheet “{sheet}” holds a formula whose result {name} does not keep (the program that wrote it did not calculate it), so it would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Ячейка {cells} листа «{sheet}» содержит формулу, результат которой {name} не хранит (записавшая файл программа его не вычислила), поэтому она была бы прочитана как пустая. Откройте файл в программе электронных таблиц, сохраните его и выберите снова.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas whose results {name} does not keep (the program that wrote it did not calculate them), so they would be read as empty. Open the file in your spreadsheet program, save it, and choose it again.</source>
        <translation>Ячейки {cells} листа «{sheet}» содержат формулы, результаты которых в файле {name} не сохранены (программа, записавшая его, их не вычислила), поэтому они были бы прочитаны как пустые. Откройте файл в программе электронных таблиц, сохраните его и выберите снова.</translation>
    </message>
    <message>
        <source>{name} mixes two character sets: some lines are UTF-8, others Windows-1252 (rows pasted together from two programs). Save it again from the spreadsheet as CSV UTF-8, then import it.</source>
        <translation>В {name} смешаны две кодировки: одни строки в UTF-8, другие в Windows-1252 (строки вставлены из двух программ). Сохраните файл заново из электронной таблицы как CSV UTF-8, затем импортируйте его.</translation>
    </message>
    <message>
        <source>The letters of {name} were read as {encoding}; if accented or Cyrillic letters look wrong in the preview, choose another character set.</source>
        <translation>Буквы файла {name} прочитаны в кодировке {encoding}; если буквы с диакритикой или кириллица в предварительном просмотре выглядят неправильно, выберите другую кодировку.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.</source>
        <translation>«{delimiter}» не может разделять столбцы; выберите запятую, точку с запятой или табуляцию.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: one of its cells is longer than {limit} characters.</source>
        <translation>Строку {row} не удаётся прочитать: одна из её ячеек длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") inside a cell must be doubled (""), or the whole cell put in quotes.</source>
        <translation>Строку {row} не удаётся прочитать: кавычку (") внутри ячейки нужно удвоить (""), или взять в кавычки всю ячейку.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: it holds a NUL character, which no text has; the file may not be a table saved as text.</source>
        <translation>Строку {row} не удаётся прочитать: в ней есть символ NUL, которого не бывает в тексте; возможно, файл не является таблицей, сохранённой как текст.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header (row {row}); type a name there or delete the column.</source>
        <translation>У столбца {column} нет названия в заголовке (строка {row}); введите название или удалите столбец.</translation>
    </message>
    <message>
        <source>The header (row {row}) has “{name}” twice, in columns {column} and {column2}; each column needs its own name.</source>
        <translation>В заголовке (строка {row}) «{name}» встречается дважды, в столбцах {column} и {column2}; у каждого столбца должно быть своё название.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a character set icdesk knows.</source>
        <translation>icdesk не знает кодировку «{encoding}».</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}; choose another character set.</source>
        <translation>Строку {row} не удаётся прочитать в кодировке {encoding}; выберите другую кодировку.</translation>
    </message>
    <message>
        <source>{name} in {folder} holds answers already: no form was written, so that no answers are written over. Choose an empty folder for new forms.</source>
        <translation>Файл {name} в папке {folder} уже содержит ответы: ни одна анкета не записана, чтобы не затереть ответы. Выберите для новых анкет пустую папку.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read: a quote mark (") there opens a cell that is never closed.</source>
        <translation>Строку {row} не удаётся прочитать: кавычка (") в ней открывает ячейку, которая нигде не закрывается.</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”.</source>
        <translation>В файле {name} нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>Лист «{sheet}» в файле {name} пуст.</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>занятие</translation>
    </message>
    <message>
        <source>{name} is archived; it cannot give new training.</source>
        <translation>Отдел «{name}» в архиве; он не может проводить новое обучение.</translation>
    </message>
    <message>
        <source>{full_name} gives this training and cannot also attend it.</source>
        <translation>{full_name} ведёт это занятие и не может одновременно быть участником.</translation>
    </message>
    <message>
        <source>A session still to come cannot record acknowledgements; record them once it has been held.</source>
        <translation>У ещё не проведённого занятия нельзя отметить ознакомление; отметьте после того, как оно пройдёт.</translation>
    </message>
    <message>
        <source>Choose who was cross-trained.</source>
        <translation>Выберите, кто прошёл перекрёстное обучение.</translation>
    </message>
    <message>
        <source>Choose the department whose service was learned.</source>
        <translation>Выберите отдел, работа которого изучена.</translation>
    </message>
    <message>
        <source>{full_name} already works in {department}; cross-training is learning another department's service.</source>
        <translation>{full_name} уже работает в отделе «{department}»; перекрёстное обучение — это изучение работы другого отдела.</translation>
    </message>
    <message>
        <source>Cross-training is recorded once it has happened; the date cannot be in the future.</source>
        <translation>Перекрёстное обучение записывается после того, как оно состоялось; дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>People cannot cross-train themselves.</source>
        <translation>Нельзя обучать самого себя.</translation>
    </message>
    <message>
        <source>The duration must be more than zero and at most a week.</source>
        <translation>Продолжительность должна быть больше нуля и не более недели.</translation>
    </message>
    <message>
        <source>Choose the department that gives the training.</source>
        <translation>Выберите отдел, который проводит обучение.</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>перекрёстное обучение</translation>
    </message>
    <message>
        <source>The topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>This training session was archived meanwhile; nothing was saved.</source>
        <translation>Тем временем это занятие перенесли в архив; ничего не сохранено.</translation>
    </message>
    <message>
        <source>This cross-training was archived meanwhile; nothing was saved.</source>
        <translation>Тем временем это перекрёстное обучение перенесли в архив; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{place} already holds a company; copy into a new, empty database or file.</source>
        <translation>В {place} уже есть компания; копируйте в новую пустую базу данных или новый файл.</translation>
    </message>
    <message>
        <source>The copy was not kept: the counts differ ({wrong}).</source>
        <translation>Копия не сохранена: количество записей не совпадает ({wrong}).</translation>
    </message>
    <message>
        <source>a backup of that name is already there</source>
        <translation>резервная копия с таким именем уже есть</translation>
    </message>
    <message>
        <source>icdesk keeps the backups of {name} in a folder {folder}, but there is a file with that name. Rename or move that file.</source>
        <translation>icdesk хранит резервные копии файла {name} в папке {folder}, но на её месте находится файл с таким же именем. Переименуйте или переместите этот файл.</translation>
    </message>
    <message>
        <source>{name} could not be replaced: {value}.</source>
        <translation>Не удалось заменить файл {name}: {value}.</translation>
    </message>
    <message>
        <source>{name} failed its integrity check: {result}.</source>
        <translation>Файл {name} не прошёл проверку целостности: {result}.</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file.</source>
        <translation>{name} — не файл данных icdesk.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>Файл {name} нельзя использовать: {problem}</translation>
    </message>
    <message>
        <source>A number or a date is beyond what can be stored (a record number that does not exist, or a year far outside 1990-2100).</source>
        <translation>Число или дата выходят за пределы того, что можно сохранить (несуществующий номер записи или год далеко за пределами 1990–2100).</translation>
    </message>
    <message>
        <source>A text holds a broken character (half of an emoji or a symbol, from a cut copy and paste), which cannot be stored or looked up; type it again.</source>
        <translation>Текст содержит повреждённый символ (половину эмодзи или значка после неудачного копирования), его нельзя сохранить или найти; введите текст заново.</translation>
    </message>
    <message>
        <source>{name} holds a value icdesk does not know ({error}). Nothing was changed; 'icdesk check' lists every such value, or put a backup in its place with File → Restore from backup…</source>
        <translation>Файл {name} содержит значение, неизвестное icdesk ({error}). Ничего не изменено; 'icdesk check' перечислит все такие значения, или восстановите файл из резервной копии через Файл → Восстановить из копии…</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (user {user}, process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>Файл {name} уже открыт в программе {program} на компьютере {host} (пользователь {user}, процесс {pid}, с {since}). Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>{name} is already open in {program} on {host} (process {pid}, since {since}). Close it there first, or open it read-only.</source>
        <translation>Файл {name} уже открыт в программе {program} на компьютере {host} (процесс {pid}, с {since}). Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>{name} holds no company yet: there is nothing to look at.</source>
        <translation>В файле {name} ещё нет компании: смотреть нечего.</translation>
    </message>
    <message>
        <source>No service agreement is recorded yet; make one on the Agreements screen first.</source>
        <translation>Соглашений об обслуживании пока нет; сначала создайте его на экране «Соглашения».</translation>
    </message>
    <message>
        <source>No training session is recorded yet; record one on the Training screen first.</source>
        <translation>Занятий по обучению пока нет; сначала запишите занятие на экране «Обучение».</translation>
    </message>
    <message>
        <source>{name} is not a database.</source>
        <translation>{name} — не база данных.</translation>
    </message>
    <message>
        <source>{name} is damaged: {error}.</source>
        <translation>Файл {name} повреждён: {error}.</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached. Everything saved before is still there; refresh (F5) when the network is back.</source>
        <translation>Сервер {location} недоступен. Всё сохранённое ранее на месте; обновите (F5), когда сеть снова заработает.</translation>
    </message>
    <message>
        <source>This company is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Компания открыта только для чтения, поэтому изменения сохранить нельзя. Откройте её обычным способом.</translation>
    </message>
    <message>
        <source>The change was not saved: the server {location} cannot be reached. Everything saved before is still there; try again when the network is back.</source>
        <translation>Изменение не сохранено: сервер {location} недоступен. Всё сохранённое ранее на месте; повторите, когда сеть снова заработает.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not saved. Refresh (F5) to see what is saved, then make your change again.</source>
        <translation>Кто-то другой сохранил ту же запись в тот же момент, поэтому ваше изменение не сохранено. Обновите (F5), чтобы увидеть сохранённое, и повторите изменение.</translation>
    </message>
    <message>
        <source>{name} is in a shared folder on another computer ({share}). When several PCs write to one data file over the network, it can be damaged beyond repair, so icdesk opens it there for reading only. To work on it, copy it to this PC; for several PCs at once, a shared database server is the safe way.</source>
        <translation>Файл {name} лежит в общей папке на другом компьютере ({share}). Когда несколько компьютеров записывают в один файл данных по сети, он может безвозвратно повредиться, поэтому оттуда icdesk открывает его только для чтения. Чтобы работать с ним, скопируйте его на этот компьютер; для работы с нескольких компьютеров одновременно надёжнее общий сервер баз данных.</translation>
    </message>
    <message>
        <source>{name} is marked as open in {program} on the computer {host} by {user} since {since}. If icdesk is no longer running there (the computer was switched off or crashed), the file can be taken over; otherwise close it there first.</source>
        <translation>Файл {name} отмечен как открытый в программе {program} на компьютере {host} пользователем {user} с {since}. Если icdesk там больше не работает (компьютер выключили или он завис), файл можно забрать себе; иначе сначала закройте его там.</translation>
    </message>
    <message>
        <source>Cannot open {address}: {reason}.</source>
        <translation>Не удаётся открыть {address}: {reason}.</translation>
    </message>
    <message>
        <source>{address} names no database (postgresql://user@host/database).</source>
        <translation>В адресе {address} не указана база данных (postgresql://пользователь@сервер/база).</translation>
    </message>
    <message>
        <source>{address} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>{address} сохранена более новой версией icdesk; установите её, чтобы открыть.</translation>
    </message>
    <message>
        <source>{address} is not a server address (postgresql://user@host/database).</source>
        <translation>{address} — не адрес сервера (postgresql://пользователь@сервер/база).</translation>
    </message>
    <message>
        <source>{address} holds no icdesk company yet.</source>
        <translation>В {address} пока нет компании icdesk.</translation>
    </message>
    <message>
        <source>{address} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>{address} сохранена более старой версией icdesk; откройте её один раз обычным способом (чтобы обновить), прежде чем открывать только для чтения.</translation>
    </message>
    <message>
        <source>{address} could not be prepared: {exc}.</source>
        <translation>Не удалось подготовить {address}: {exc}.</translation>
    </message>
    <message>
        <source>{address} is a database of another program, not an icdesk company.</source>
        <translation>{address} — база данных другой программы, а не компания icdesk.</translation>
    </message>
    <message>
        <source>{path} is not a file that can hold a company.</source>
        <translation>{path} не является файлом, в котором можно хранить компанию.</translation>
    </message>
    <message>
        <source>Choose the training session to print.</source>
        <translation>Выберите занятие для печати.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent}: {value}.</source>
        <translation>Не удалось записать резервную копию в {parent}: {value}.</translation>
    </message>
    <message>
        <source>The change was not saved: {text}. Everything saved before is still there.</source>
        <translation>Изменение не сохранено: {text}. Всё, что было сохранено раньше, на месте.</translation>
    </message>
    <message>
        <source>This file is open read-only, so changes cannot be saved. Open it normally to make changes.</source>
        <translation>Файл открыт только для чтения, поэтому изменения сохранить нельзя. Откройте его обычным способом.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Everything saved before is still there. Free some space and try again.</source>
        <translation>Изменение не сохранено: диск заполнен. Всё, что было сохранено раньше, на месте. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The change was not saved: the data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still there.</source>
        <translation>Изменение не сохранено: файл данных {path} недоступен (извлечён диск или флешка?). Всё, что было сохранено раньше, на месте.</translation>
    </message>
    <message>
        <source>The change was not saved: another program is using the data file. Try again.</source>
        <translation>Изменение не сохранено: файл данных использует другая программа. Попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use.</source>
        <translation>Не удаётся отметить файл {name} как используемый.</translation>
    </message>
    <message>
        <source>Cannot mark {name} as in use: {value}.</source>
        <translation>Не удаётся отметить файл {name} как используемый: {value}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} — это папка, а не файл данных.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was a drive removed?).</source>
        <translation>Папка {folder} не существует (диск извлечён?).</translation>
    </message>
    <message>
        <source>{name} is not an icdesk data file (it is not a database at all).</source>
        <translation>{name} — не файл данных icdesk (это вообще не база данных).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of icdesk; install the newer version to open it.</source>
        <translation>Файл {name} сохранён более новой версией icdesk; установите её, чтобы открыть файл.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to look at.</source>
        <translation>Файл {name} пуст: смотреть нечего.</translation>
    </message>
    <message>
        <source>{name} was saved by an older icdesk and must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>Файл {name} сохранён старой версией icdesk; откройте его один раз обычным способом (для обновления), прежде чем открывать только для чтения.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>У вас нет прав на чтение {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only; icdesk needs to save changes to it.</source>
        <translation>{path} доступен только для чтения, а icdesk нужно сохранять в него изменения.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>Не удаётся открыть {name}: {exc}.</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not an icdesk data file.</source>
        <translation>{name} — база данных другой программы, а не файл данных icdesk.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an icdesk data file ({exc}).</source>
        <translation>Файл {name} повреждён или не является файлом данных icdesk ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a whole icdesk data file: it has no table {table}.</source>
        <translation>{name} — неполный файл данных icdesk: в нём нет таблицы {table}.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be reached (was a drive or USB stick removed?). Everything saved before is still in it; put it back and refresh (F5).</source>
        <translation>Файл данных {path} недоступен (извлечён диск или флешка?). Всё, что было сохранено раньше, в нём на месте; подключите его снова и обновите (F5).</translation>
    </message>
    <message>
        <source>{name} is already open in another icdesk. Close it there first, or open it read-only.</source>
        <translation>Файл {name} уже открыт в другом экземпляре icdesk. Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>The server {host} needs the password of {user}: type it in File → Connect to a server…, or keep it in this PC's pgpass file.</source>
        <translation>Серверу {host} нужен пароль пользователя {user}: введите его в «Файл → Подключиться к серверу…» или сохраните в файле pgpass этого компьютера.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the password of {user}. Check the user name and the password (capital letters count) and try again.</source>
        <translation>Сервер {host} не принял пароль пользователя {user}. Проверьте имя пользователя и пароль (регистр букв важен) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server {host} has no login named {user}. Check the user name.</source>
        <translation>На сервере {host} нет пользователя {user}. Проверьте имя пользователя.</translation>
    </message>
    <message>
        <source>The server {host} does not let {user} in from this PC. Whoever looks after the server must allow this computer in its pg_hba.conf file (see the README).</source>
        <translation>Сервер {host} не пускает пользователя {user} с этого компьютера. Администратор сервера должен разрешить этот компьютер в файле pg_hba.conf (см. README).</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name, or ask whoever looks after the server to create it.</source>
        <translation>На сервере {host} нет базы данных {database}. Проверьте имя или попросите администратора сервера создать её.</translation>
    </message>
    <message>
        <source>No computer named {host} was found on the network. Check the server's name, or type its address (for example 192.168.1.20).</source>
        <translation>В сети не найден компьютер с именем {host}. Проверьте имя сервера или введите его адрес (например, 192.168.1.20).</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached on port {port}. Check that the server computer is on, that PostgreSQL runs there and that it accepts connections from the office network.</source>
        <translation>Сервер {host} недоступен на порту {port}. Проверьте, что компьютер-сервер включён, PostgreSQL запущен и принимает подключения из офисной сети.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}), so icdesk did not open it and changed nothing. Put a backup in its place: File → Restore from backup… in the window, or icdesk restore on the command line.</source>
        <translation>Файл {name} повреждён ({problem}), поэтому icdesk не открыл его и ничего в нём не изменил. Восстановите его из резервной копии: Файл → Восстановить из копии… в окне или icdesk restore в командной строке.</translation>
    </message>
    <message>
        <source>{name} is in use by another program; close it there and try again.</source>
        <translation>Файл {name} используется другой программой; закройте его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>{name} could not be prepared: {orig}.</source>
        <translation>Не удалось подготовить {name}: {orig}.</translation>
    </message>
    <message>
        <source>Could not make a backup of {name} before upgrading it: {exc}.</source>
        <translation>Не удалось создать резервную копию {name} перед обновлением: {exc}.</translation>
    </message>
    <message>
        <source>A new edition is issued for the whole handbook: choose no departments to issue one.</source>
        <translation>Новая редакция выпускается для всего справочника: чтобы выпустить её, не выбирайте отделы.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: the folder {folder} does not exist.</source>
        <translation>Документ не напечатан в файл: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: {reason}.</source>
        <translation>Документ не напечатан в файл: {reason}.</translation>
    </message>
    <message>
        <source>The document was not printed to a file: icdesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>Документ не напечатан в файл: icdesk не может записывать в папку {folder}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>There is no document called “{kind}”.</source>
        <translation>Документа «{kind}» нет.</translation>
    </message>
    <message>
        <source>The page size must be A4 or Letter.</source>
        <translation>Формат страницы должен быть A4 или Letter.</translation>
    </message>
    <message>
        <source>Choose the request to print.</source>
        <translation>Выберите заявку для печати.</translation>
    </message>
    <message>
        <source>Choose the department for the scorecard.</source>
        <translation>Выберите отдел для карты показателей.</translation>
    </message>
    <message>
        <source>Choose the service agreement to print.</source>
        <translation>Выберите соглашение об обслуживании для печати.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Благодарности</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <source>Training and cross-training</source>
        <translation>Обучение и перекрёстное обучение</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <source>Pairs of departments, both ways</source>
        <translation>Пары отделов, в обе стороны</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback</source>
        <translation>Оставить отзыв</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Department rated</source>
        <translation>Оцениваемый отдел</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 — отлично</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 — хорошо</translation>
    </message>
    <message>
        <source>3 – acceptable</source>
        <translation>3 — приемлемо</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 — плохо</translation>
    </message>
    <message>
        <source>1 – very poor</source>
        <translation>1 — очень плохо</translation>
    </message>
    <message>
        <source>Where it broke down</source>
        <translation>Где произошёл сбой</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Do not store who gave this feedback</source>
        <translation>Не сохранять, кто оставил отзыв</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>The rating is saved: {department} was rated {rating} / 5. Open a corrective action now, so that it does not happen again?</source>
        <translation>Оценка сохранена: «{department}» получил(а) {rating} / 5. Открыть корректирующее действие сейчас, чтобы это не повторилось?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>A poor rating</source>
        <translation>Низкая оценка</translation>
    </message>
    <message>
        <source>Open a corrective action</source>
        <translation>Открыть корректирующее действие</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Given by department</source>
        <translation>Отдел автора</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(отдел этого сотрудника)</translation>
    </message>
    <message>
        <source>Anonymous feedback keeps no name and no department at all.</source>
        <translation>У анонимного отзыва не сохраняются ни имя, ни отдел.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Оставить отзыв</translation>
    </message>
    <message>
        <source>Feedback shows where internal service breaks down. Rate a resolved request from its window, or rate a department in general here.</source>
        <translation>Отзывы показывают, где внутренний сервис даёт сбой. Оцените решённую заявку в её окне или оцените отдел в целом здесь.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>Poor only (1–2)</source>
        <translation>Только плохие (1–2)</translation>
    </message>
    <message>
        <source>3 or less</source>
        <translation>3 и ниже</translation>
    </message>
    <message>
        <source>Any breakdown point</source>
        <translation>Любая точка сбоя</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Точка сбоя</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Создать корректирующее действие…</translation>
    </message>
    <message>
        <source>Given since {date}</source>
        <translation>Оставлены с {date}</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <source>Opening {file}…</source>
        <translation>Открывается {file}…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>This company is open read-only: what is typed here cannot be saved. Open it for writing once no one else has it open.</source>
        <translation>Компания открыта только для чтения: то, что вы здесь введёте, сохранить нельзя. Откройте её для записи, когда никто другой не будет держать её открытой.</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}.</source>
        <translation>Ещё нужно заполнить: {fields}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Есть несохранённые изменения. Закрыть и потерять их?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>paused (waiting)</source>
        <translation>пауза (ожидание)</translation>
    </message>
    <message>
        <source>late, now waiting</source>
        <translation>просрочена, сейчас ожидание</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>через {span}</translation>
    </message>
    <message>
        <source>{span} late</source>
        <translation>опоздание {span}</translation>
    </message>
    <message>
        <source>{n} working min</source>
        <translation>{n} раб. мин</translation>
    </message>
    <message>
        <source>{n} working h</source>
        <translation>{n} раб. ч</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due in {span} ({when})</source>
        <translation>через {span} ({when})</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>File → Company details: the name, address and logo printed on every document, the time zone, and a service vision in one or two sentences.</source>
        <translation>Файл → Сведения о компании: название, адрес и логотип, которые печатаются на каждом документе, часовой пояс и видение обслуживания в одном-двух предложениях.</translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation>Отделы и сотрудники</translation>
    </message>
    <message>
        <source>Departments &amp; People: every department that serves another one (the kitchen serves the dining room, IT serves everyone), its head, and its people. The head of a department approves its standards.</source>
        <translation>Отделы и сотрудники: каждый отдел, который обслуживает другой (кухня обслуживает зал, ИТ — всех), его руководитель и сотрудники. Руководитель отдела утверждает его стандарты.</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>Service Standards: what each department promises, as steps and as targets for the first response and the resolution. A new version is sent for review, approved and then put in force; the people concerned acknowledge it (Acknowledgements, Training).</source>
        <translation>Стандарты обслуживания: что обещает каждый отдел — шаги и целевые сроки первого ответа и решения. Новая редакция отправляется на согласование, утверждается и вводится в действие; сотрудники, которых она касается, знакомятся с ней (Ознакомление, Обучение).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Agreements: for a pair of departments, what each needs from the other, both ways, signed by both heads.</source>
        <translation>Соглашения: для пары отделов — что каждому нужно от другого, в обе стороны, с подписями обоих руководителей.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Requests: what one department asks of another (Ctrl+Shift+N from anywhere). Each moves from new to resolved; its due times follow the standard and the working hours of the department that serves it.</source>
        <translation>Заявки: то, что один отдел просит у другого (Ctrl+Shift+N с любого экрана). Каждая проходит путь от новой до решённой; её сроки следуют стандарту и рабочим часам отдела, который её выполняет.</translation>
    </message>
    <message>
        <source>Feedback and corrective actions</source>
        <translation>Отзывы и корректирующие действия</translation>
    </message>
    <message>
        <source>Feedback: people rate the service they received. A poor rating or a breakdown leads to a corrective action, which may revise a standard; Closing the Loop follows each one to the end.</source>
        <translation>Отзывы: сотрудники оценивают полученное обслуживание. Низкая оценка или сбой ведут к корректирующему действию, которое может изменить стандарт; экран «Замыкание цикла» прослеживает каждое до конца.</translation>
    </message>
    <message>
        <source>How well departments serve each other</source>
        <translation>Насколько хорошо отделы обслуживают друг друга</translation>
    </message>
    <message>
        <source>Service Network shows every pair of departments both ways and where service breaks down; Survey Rounds ask the departments themselves. The Dashboard shows what needs you today.</source>
        <translation>«Сеть обслуживания» показывает каждую пару отделов в обе стороны и где обслуживание даёт сбой; «Раунды опроса» спрашивают сами отделы. «Сводка» показывает, что требует вашего внимания сегодня.</translation>
    </message>
    <message>
        <source>Print and keep safe</source>
        <translation>Печать и сохранность</translation>
    </message>
    <message>
        <source>Reports prints the handbook of standards, scorecards, agreements to sign and more. A backup is made every day you work (File → Backup now makes one at once).</source>
        <translation>«Отчёты» печатают справочник стандартов, карты показателей, соглашения на подпись и многое другое. Резервная копия делается каждый рабочий день («Файл → Резервная копия сейчас» делает её сразу).</translation>
    </message>
    <message>
        <source>To look around first, open the example hotel: start icdesk with a new file and choose the example, or run “icdesk --db hotel.sqlite demo”.</source>
        <translation>Чтобы сначала осмотреться, откройте пример гостиницы: запустите icdesk с новым файлом и выберите пример или выполните «icdesk --db hotel.sqlite demo».</translation>
    </message>
</context>
<context>
    <name>HandbookReport</name>
    <message>
        <source>SOP handbook</source>
        <translation>Справочник СОП</translation>
    </message>
    <message>
        <source>Our service vision</source>
        <translation>Наше видение сервиса</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>No service standards are in force yet.</source>
        <translation>Действующих стандартов обслуживания пока нет.</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Руководитель отдела: {name}</translation>
    </message>
    <message>
        <source>Service standards of every department</source>
        <translation>Стандарты обслуживания всех отделов</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(просрочен)</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Код документа</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Первый ответ в течение</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Решение в течение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Service standards of {department}</source>
        <translation>Стандарты обслуживания отдела «{department}»</translation>
    </message>
    <message>
        <source>Service standards of {departments}</source>
        <translation>Стандарты обслуживания отделов: {departments}</translation>
    </message>
    <message>
        <source>Working copy, not an issued edition</source>
        <translation>Рабочая копия, не выпущенная редакция</translation>
    </message>
    <message>
        <source>Edition {number} of {date}</source>
        <translation>Редакция {number} от {date}</translation>
    </message>
    <message>
        <source>SOP handbook: {department}</source>
        <translation>Справочник СОП: {department}</translation>
    </message>
    <message numerus="yes">
        <source>%n service standard(s) in force</source>
        <translation>
            <numerusform>%n действующий стандарт обслуживания</numerusform>
            <numerusform>%n действующих стандарта обслуживания</numerusform>
            <numerusform>%n действующих стандартов обслуживания</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest edition, {number}, was issued on {date}; standards have changed since.</source>
        <translation>Последняя редакция, {number}, выпущена {date}; с тех пор стандарты изменились.</translation>
    </message>
    <message>
        <source>Uncontrolled when printed: the version in force is the one in icdesk.</source>
        <translation>Неконтролируемая копия при печати: действующая версия — в icdesk.</translation>
    </message>
    <message>
        <source>About this edition</source>
        <translation>Об этой редакции</translation>
    </message>
    <message>
        <source>What changed since edition {number}</source>
        <translation>Что изменилось после редакции {number}</translation>
    </message>
    <message>
        <source>This is the first edition of the handbook: every standard in it is new.</source>
        <translation>Это первая редакция справочника: все стандарты в ней новые.</translation>
    </message>
    <message>
        <source>No edition of the handbook has been issued yet. When this handbook is ready to hand out, make it again with “Issue as a new edition”: the next one will list what changed since.</source>
        <translation>Ни одной редакции справочника ещё не выпущено. Когда справочник готов к раздаче, сформируйте его заново с отметкой «Выпустить как новую редакцию»: следующая покажет, что изменилось с тех пор.</translation>
    </message>
    <message>
        <source>No service standard has changed since edition {number} of {date}.</source>
        <translation>После редакции {number} от {date} стандарты обслуживания не менялись.</translation>
    </message>
    <message>
        <source>Compared with edition {number} of {date}:</source>
        <translation>По сравнению с редакцией {number} от {date}:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Reviews past due</source>
        <translation>Просроченные пересмотры</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) should have been reviewed by now:</source>
        <translation>
            <numerusform>%n стандарт уже следовало пересмотреть:</numerusform>
            <numerusform>%n стандарта уже следовало пересмотреть:</numerusform>
            <numerusform>%n стандартов уже следовало пересмотреть:</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>New, version {version}</source>
        <translation>Новый, версия {version}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Version {old} → {new}</source>
        <translation>Версия {old} → {new}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Кого обслуживает</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Первая версия</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Acknowledgement: {department}</source>
        <translation>Ознакомление: {department}</translation>
    </message>
    <message>
        <source>Acknowledgement: {reader} (standards of {department})</source>
        <translation>Ознакомление: {reader} (стандарты отдела «{department}»)</translation>
    </message>
    <message>
        <source>By signing I confirm that I have read and understood the service standards of {department} listed below, in the versions listed, and that I will work by them.</source>
        <translation>Подписываясь, я подтверждаю, что прочитал(а) и понял(а) перечисленные ниже стандарты обслуживания отдела «{department}» в указанных версиях и буду работать по ним.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Handbook: {edition}</source>
        <translation>Справочник: {edition}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imported from a file</source>
        <translation>Импортировано из файла</translation>
    </message>
    <message>
        <source>title or description</source>
        <translation>название или описание</translation>
    </message>
    <message>
        <source>priority {old} → {new}</source>
        <translation>приоритет {old} → {new}</translation>
    </message>
    <message>
        <source>service standard {title} (v{n}), its targets counted from when it was logged</source>
        <translation>стандарт обслуживания {title} (v{n}), сроки отсчитываются с момента регистрации</translation>
    </message>
    <message>
        <source>needed by {old} → {new}</source>
        <translation>нужна к {old} → {new}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Предложить идею</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>e.g. A shared board for early arrivals</source>
        <translation>например, общая доска для ранних заездов</translation>
    </message>
    <message>
        <source>How it would work</source>
        <translation>Как это будет работать</translation>
    </message>
    <message>
        <source>Departments it brings together</source>
        <translation>Какие отделы объединяет</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Do not store who proposed this idea</source>
        <translation>Не сохранять, кто предложил эту идею</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кто предложил</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Proposed by department</source>
        <translation>Отдел автора</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(отдел этого сотрудника)</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Дата предложения</translation>
    </message>
    <message>
        <source>An anonymous idea keeps no name and no department at all.</source>
        <translation>У анонимной идеи не сохраняется ни имя, ни отдел.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Поддержали</translation>
    </message>
    <message>
        <source>corrective action #{n}</source>
        <translation>корректирующее действие № {n}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, версия {n}</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Привела к</translation>
    </message>
    <message>
        <source>Start a trial…</source>
        <translation>Начать испытание…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Прекратить испытание</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Пересмотреть</translation>
    </message>
    <message>
        <source>Add a supporter…</source>
        <translation>Добавить поддержку…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Создать корректирующее действие…</translation>
    </message>
    <message>
        <source>Revise a standard…</source>
        <translation>Пересмотреть стандарт…</translation>
    </message>
    <message>
        <source>Tick at least two departments.</source>
        <translation>Отметьте не менее двух отделов.</translation>
    </message>
    <message>
        <source>What is tried, and until when?</source>
        <translation>Что испытывается и до какого срока?</translation>
    </message>
    <message>
        <source>How is it put into practice?</source>
        <translation>Как её воплощают на практике?</translation>
    </message>
    <message>
        <source>Why is it declined? Whoever proposed and supported it will read this.</source>
        <translation>Почему идея отклонена? Автор и поддержавшие прочитают это.</translation>
    </message>
    <message>
        <source>Revise a standard</source>
        <translation>Пересмотреть стандарт</translation>
    </message>
</context>
<context>
    <name>IdeasScreen</name>
    <message>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <source>Propose an idea</source>
        <translation>Предложить идею</translation>
    </message>
    <message>
        <source>A forum for working better together: anyone can propose how two or more departments could serve each other better. Ideas are tried, then adopted or declined with a reason. Propose the first one.</source>
        <translation>Площадка для лучшей совместной работы: любой может предложить, как двум или нескольким отделам лучше обслуживать друг друга. Идеи испытывают, затем принимают или отклоняют с объяснением. Предложите первую.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Open (proposed or on trial)</source>
        <translation>Открытые (предложены или на испытании)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Decision or trial</source>
        <translation>Решение или испытание</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Provided by (department)</source>
        <translation>Исполнитель (отдел)</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Заявитель (сотрудник)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Заявитель (отдел)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>Дата первого ответа</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Кого обслуживает</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>First-response target</source>
        <translation>Первый ответ в течение</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Решение в течение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem</source>
        <translation>
            <numerusform>%n строка с ошибкой</numerusform>
            <numerusform>%n строки с ошибкой</numerusform>
            <numerusform>%n строк с ошибкой</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet or CSV file</source>
        <translation>Импорт из электронной таблицы или файла CSV</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a CSV file, as any spreadsheet program saves it, or a workbook (.xlsx, .xls, .ods). Every row is checked and shown below before anything is written; nothing is imported while any row has a problem.</source>
        <translation>Выберите, что содержит файл, а затем сам файл: CSV в том виде, в каком его сохраняет любая программа электронных таблиц, или книгу (.xlsx, .xls, .ods). Каждая строка проверяется и показывается ниже до того, как что-либо будет записано; пока хотя бы в одной строке есть ошибка, ничего не импортируется.</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Как читается файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Разделитель столбцов</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Which column holds what (* is required)</source>
        <translation>Какой столбец что содержит (* — обязательно)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Read the file again, after you have corrected it</source>
        <translation>Прочитать файл снова, после того как вы его исправили</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Скопировать список</translation>
    </message>
    <message>
        <source>Copy the problems, to paste them into a spreadsheet or an e-mail</source>
        <translation>Скопировать ошибки, чтобы вставить их в таблицу или письмо</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Departments and people are found by name: import them first. A request with the same title, department, requester and day is updated, not added twice. Dates such as 2026-03-31 or 31/03/2026.</source>
        <translation>Отделы и сотрудники ищутся по названию и имени: импортируйте их сначала. Внутренняя заявка с той же темой, отделом, заявителем и днём обновляется, а не добавляется второй раз. Даты вида 2026-03-31 или 31.03.2026.</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>(показаны первые {shown})</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>{c} to add, {u} to update, {s} already the same.</source>
        <translation>Добавить: {c}, обновить: {u}, без изменений: {s}.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files ({patterns});;All files (*)</source>
        <translation>Электронные таблицы и файлы CSV ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>A department already in icdesk (same name) is updated, not added twice.</source>
        <translation>Отдел, который уже есть в icdesk (то же название), обновляется, а не добавляется второй раз.</translation>
    </message>
    <message>
        <source>A person already in icdesk (same e-mail, or same name) is updated, not added twice.</source>
        <translation>Сотрудник, который уже есть в icdesk (тот же e-mail или то же имя), обновляется, а не добавляется второй раз.</translation>
    </message>
    <message>
        <source>Imported standards arrive as drafts: read them on the Service standards screen and publish them (a State column saying “active” puts one in force at once). Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, 1:30 or 2 d; a plain number is hours, or minutes if the column name says so.</source>
        <translation>Импортированные стандарты обслуживания приходят черновиками: прочитайте их на экране «Стандарты обслуживания» и опубликуйте (столбец «Статус» со значением «active» сразу вводит стандарт в действие). Шаги — по одному в строке или в столбцах «Шаг 1», «Шаг 2»… Сроки вида 4 ч, 30 мин, 1:30 или 2 д; просто число — это часы, или минуты, если так сказано в названии столбца.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Saving (a backup of the file is made first)…</source>
        <translation>Сохранение (сначала создаётся резервная копия файла)…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>Импорт строки {done} из {total}…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Проверка строки {done} из {total}…</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Импорт остановлен; ничего не записано.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>Не импортируются: {columns}</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has a problem: correct the file, save it, then press Check again.</source>
        <translation>Пока хотя бы в одной строке есть ошибка, ничего не импортируется: исправьте файл, сохраните его и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the list.</source>
        <translation>Выберите лист со списком.</translation>
    </message>
    <message>
        <source>Found by icdesk; change them if letters or columns in the preview look wrong.</source>
        <translation>Определено icdesk; измените, если буквы или столбцы в предпросмотре выглядят неправильно.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Ожидает заявителя</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведен из действия</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Quality of work</source>
        <translation>Качество работы</translation>
    </message>
    <message>
        <source>Tools and systems</source>
        <translation>Инструменты и системы</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Первый ответ с опозданием</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Решена с опозданием</translation>
    </message>
    <message>
        <source>Poor rating, no point named</source>
        <translation>Низкая оценка без указания точки</translation>
    </message>
    <message>
        <source>Open and past its target</source>
        <translation>Открыта и просрочена</translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation>Открыт для ответов</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Отзывчивость</translation>
    </message>
    <message>
        <source>Assurance</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Эмпатия</translation>
    </message>
    <message>
        <source>Tangibles</source>
        <translation>Материальная среда</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Достижение</translation>
    </message>
    <message>
        <source>Employee of the month</source>
        <translation>Сотрудник месяца</translation>
    </message>
    <message>
        <source>Team of the month</source>
        <translation>Команда месяца</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Полная занятость</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Частичная занятость</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Временный</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Подрядчик</translation>
    </message>
    <message>
        <source>Owner / shareholder</source>
        <translation>Владелец / акционер</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Член совета директоров</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Major revision</source>
        <translation>Существенная редакция</translation>
    </message>
    <message>
        <source>Minor revision</source>
        <translation>Незначительная редакция</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Подпись в листе</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>На обучении</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Актуально</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>На испытании</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Экспорт списка в CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Save the rows shown, with the current filters, for a spreadsheet</source>
        <translation>Сохранить показанные строки с текущими фильтрами для электронной таблицы</translation>
    </message>
    <message>
        <source>Nothing matches the search and the filters.</source>
        <translation>По этому поиску и фильтрам ничего не найдено.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Archive this record? It stays in the history and can be restored.</source>
        <translation>Перенести запись в архив? Она останется в истории, её можно будет восстановить.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>показан %n</numerusform>
            <numerusform>показано %n</numerusform>
            <numerusform>показано %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n строка выгружена в {path}</numerusform>
            <numerusform>%n строки выгружены в {path}</numerusform>
            <numerusform>%n строк выгружено в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} loaded; scroll for more</source>
        <translation>Загружено {n} из {total}; прокрутите, чтобы увидеть больше</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>LoopScreen</name>
    <message>
        <source>Closing the loop</source>
        <translation>Замыкание цикла</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Оставить отзыв</translation>
    </message>
    <message>
        <source>Each piece of feedback followed through its corrective action to the revised standard and the people who acknowledged it. Open a corrective action on poor feedback to start a loop.</source>
        <translation>Каждый отзыв прослежен через корректирующее действие до пересмотренного стандарта и сотрудников, ознакомившихся с ним. Чтобы начать цикл, создайте корректирующее действие по плохому отзыву.</translation>
    </message>
    <message>
        <source>median time from feedback to the action opened</source>
        <translation>медианное время от отзыва до открытия действия</translation>
    </message>
    <message>
        <source>to the action closed</source>
        <translation>до закрытия действия</translation>
    </message>
    <message>
        <source>to the revised standard in force</source>
        <translation>до ввода новой редакции стандарта</translation>
    </message>
    <message>
        <source>to 90% of its readers acknowledging it</source>
        <translation>до ознакомления 90 % сотрудников</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Loops not closed yet</source>
        <translation>Ещё не замкнутые циклы</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Standard revised</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>В действии</translation>
    </message>
    <message>
        <source>90% acknowledged</source>
        <translation>Ознакомлены 90 %</translation>
    </message>
    <message>
        <source>Opened on {date}</source>
        <translation>Открыто {date}</translation>
    </message>
    <message>
        <source>{title}, version {n}</source>
        <translation>{title}, версия {n}</translation>
    </message>
    <message>
        <source>{share} so far</source>
        <translation>пока {share}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} дня</translation>
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
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Новый файл данных…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Открыть файл данных…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Резервная копия сейчас…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Company details…</source>
        <translation>&amp;Сведения о компании…</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>&amp;Кто работает…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;С чего начать</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About icdesk</source>
        <translation>&amp;О программе icdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Зарегистрировать заявку</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Следующий экран</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Предыдущий экран</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Cannot show the data</source>
        <translation>Не удаётся показать данные</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n отдел</numerusform>
            <numerusform>%n отдела</numerusform>
            <numerusform>%n отделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s), %1 overdue</source>
        <translation>
            <numerusform>%n открытая заявка, просрочено: %1</numerusform>
            <numerusform>%n открытые заявки, просрочено: %1</numerusform>
            <numerusform>%n открытых заявок, просрочено: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take over the data file?</source>
        <translation>Забрать файл данных себе?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Забрать себе</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Не удаётся открыть файл данных</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Новый файл данных</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite)</source>
        <translation>Файлы данных icdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Файл уже существует</translation>
    </message>
    <message>
        <source>{name} already exists; use Open to work on it.</source>
        <translation>{name} уже существует; чтобы работать с ним, выберите «Открыть».</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Открыть файл данных</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>Файлы данных icdesk (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Резервная копия сейчас</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Working: {name}</source>
        <translation>Работает: {name}</translation>
    </message>
    <message>
        <source>Imported: {c} added, {u} updated.</source>
        <translation>Импорт: добавлено {c}, обновлено {u}.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Файл данных повреждён</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Не удалось создать автоматическую резервную копию</translation>
    </message>
    <message>
        <source>Today's backup: {path}</source>
        <translation>Сегодняшняя резервная копия: {path}</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Changes made since then leave the file; they stay in the copy kept of the file as it is now.</source>
        <translation>Вернуться к резервной копии {when}? Изменения, сделанные после неё, уйдут из файла, но останутся в копии, сохранённой из текущего файла.</translation>
    </message>
    <message>
        <source>This backup holds the company “{theirs}”, not “{ours}”. Put it in place of {ours} anyway? The file as it is now is kept.</source>
        <translation>В этой резервной копии компания «{theirs}», а не «{ours}». Всё равно поставить её вместо «{ours}»? Текущий файл будет сохранён.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The backup is back in place. The file as it was is kept as {kept}.</source>
        <translation>Резервная копия восстановлена. Прежний файл сохранён как {kept}.</translation>
    </message>
    <message>
        <source>About icdesk</source>
        <translation>О программе icdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;The internal customer service desk: service standards, internal requests, feedback, corrective actions and recognition.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;icdesk {version}&lt;/h3&gt;&lt;p&gt;Служба внутреннего клиентского сервиса: стандарты обслуживания, внутренние заявки, отзывы, корректирующие действия и благодарности.&lt;/p&gt;&lt;p&gt;Файл данных:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Replace the company “{company}” on the server {server} with the backup {backup}? Every PC then works on what the backup holds; everything saved on the server now is replaced. A backup of it is written first, so this can be undone.</source>
        <translation>Заменить компанию «{company}» на сервере {server} резервной копией {backup}? После этого все компьютеры будут работать с данными из копии; всё, что сейчас сохранено на сервере, будет заменено. Сначала с этого делается резервная копия, так что замену можно отменить.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>The backup is back in place on the server. What the server held before is kept as {kept}.</source>
        <translation>Резервная копия восстановлена на сервере. Прежние данные сервера сохранены как {kept}.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Fewest requests for a pair to be drawn</source>
        <translation>Минимум заявок, чтобы показать пару</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90 % и больше в срок</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>меньше 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department it serves; the wider, the more requests, the label is the average rating. Point at a department to see only its pairs; click an arrow for its requests, a department to open it. Wheel or +/− to zoom, drag to move.</source>
        <translation>Стрелка идёт от отдела, который обслуживает, к отделу, который обслуживают; чем она шире, тем больше заявок; подпись — средняя оценка. Наведите на отдел, чтобы увидеть только его пары; щёлкните стрелку, чтобы открыть её заявки, отдел — чтобы открыть отдел. Колесо или +/− — масштаб, перетаскивание — перемещение.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey answers or requests logged earlier: {pairs}.</source>
        <translation>
            <numerusform>%n пара не нарисована: за период между ними не зарегистрировано ни одной заявки, только оценки, ответы на опросы или заявки, зарегистрированные раньше: {pairs}.</numerusform>
            <numerusform>%n пары не нарисованы: за период между ними не зарегистрировано ни одной заявки, только оценки, ответы на опросы или заявки, зарегистрированные раньше: {pairs}.</numerusform>
            <numerusform>%n пар не нарисовано: за период между ними не зарегистрировано ни одной заявки, только оценки, ответы на опросы или заявки, зарегистрированные раньше: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).</source>
        <translation>
            <numerusform>%n пара не нарисована: меньше {k} заявок (Минимум заявок, выше).</numerusform>
            <numerusform>%n пары не нарисованы: у каждой меньше {k} заявок (Минимум заявок, выше).</numerusform>
            <numerusform>%n пар не нарисовано: у каждой меньше {k} заявок (Минимум заявок, выше).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service map, {period}</source>
        <translation>Карта обслуживания, {period}</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the service map</source>
        <translation>Сохранить карту обслуживания</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Share resolved within target</source>
        <translation>Доля решённых в срок</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Медианное время решения</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Открыты и просрочены сейчас</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Балл опроса</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Where two departments serve each other, the right half of the cell is the other way round, so an unbalanced pair shows at a glance. Double-click a cell for its requests.</source>
        <translation>Строки обслуживают, столбцы — обслуживаемые. Если два отдела обслуживают друг друга, правая половина ячейки — обратное направление, и несбалансированная пара видна сразу. Дважды щёлкните ячейку, чтобы увидеть её заявки.</translation>
    </message>
    <message>
        <source>Service between departments</source>
        <translation>Обслуживание между отделами</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>This month so far</source>
        <translation>Этот месяц на сегодня</translation>
    </message>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (на сегодня)</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Service network report</source>
        <translation>Отчёт о сети обслуживания</translation>
    </message>
    <message>
        <source>Pairs serving each other</source>
        <translation>Пары, обслуживающие друг друга</translation>
    </message>
    <message>
        <source>Two-way pairs</source>
        <translation>Двусторонние пары</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Open and late now</source>
        <translation>Открыты и просрочены сейчас</translation>
    </message>
    <message>
        <source>The service map</source>
        <translation>Карта обслуживания</translation>
    </message>
    <message>
        <source>An arrow runs from the department that serves to the department served: the wider, the more requests; its colour is the share resolved within target; its label the average rating.</source>
        <translation>Стрелка идёт от обслуживающего отдела к обслуживаемому: чем шире, тем больше заявок; цвет — доля решённых в срок; подпись — средняя оценка.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are left out: they are shown only where at least {k} people gave them in the same pair and month, so nobody can be recognised.</source>
        <translation>Не учтено анонимных оценок: {n} — они показываются, только если в одной паре за один месяц их дали не меньше {k} человек, чтобы никого нельзя было узнать.</translation>
    </message>
    <message>
        <source>90% or more within target</source>
        <translation>90 % и больше в срок</translation>
    </message>
    <message>
        <source>75–90%</source>
        <translation>75–90 %</translation>
    </message>
    <message>
        <source>under 75%</source>
        <translation>меньше 75 %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Who serves whom</source>
        <translation>Кто кого обслуживает</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>В этом периоде заявок нет.</translation>
    </message>
    <message>
        <source>Rows serve, columns are served. Each cell shows the share resolved within target and the average rating; where the two departments serve each other, the right half is the other way round.</source>
        <translation>Строки обслуживают, столбцы — обслуживаемые. В каждой ячейке доля решённых в срок и средняя оценка; если отделы обслуживают друг друга, правая половина — обратное направление.</translation>
    </message>
    <message>
        <source>The {n} departments with the most requests are shown.</source>
        <translation>Показаны отделы с наибольшим числом заявок: {n}.</translation>
    </message>
    <message>
        <source>Two-way pairs, side by side</source>
        <translation>Двусторонние пары бок о бок</translation>
    </message>
    <message>
        <source>Where two departments serve each other, one direction often works better than the other. The largest differences first.</source>
        <translation>Когда два отдела обслуживают друг друга, одно направление часто работает лучше другого. Сначала самые большие различия.</translation>
    </message>
    <message>
        <source>Serves well</source>
        <translation>Обслуживает хорошо</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The other way</source>
        <translation>В обратную сторону</translation>
    </message>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Шаг {n} (назван в опросе): {text}</translation>
    </message>
    <message>
        <source>Where service breaks down</source>
        <translation>Где происходят сбои в обслуживании</translation>
    </message>
    <message>
        <source>No breakdowns in this period.</source>
        <translation>За этот период сбоев нет.</translation>
    </message>
    <message>
        <source>Points named in feedback, poor ratings, targets missed, and requests open and late now, most frequent first; the line adds them up (Pareto).</source>
        <translation>Точки сбоя из отзывов, низкие оценки, нарушенные сроки и открытые просроченные заявки — сначала самые частые; линия показывает накопленную долю (Парето).</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Что пошло не так</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Running share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Заявки по месяцам</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Share resolved within target, per month (%)</source>
        <translation>Доля решённых в срок по месяцам (%)</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>За этот период не решено ни одной заявки с целевым сроком.</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (minutes)</source>
        <translation>Медианное время решения, самые загруженные отделы (минуты)</translation>
    </message>
    <message>
        <source>Median time to resolve, busiest departments (hours)</source>
        <translation>Медианное время решения, самые загруженные отделы (часы)</translation>
    </message>
    <message>
        <source>Nothing was resolved in this period.</source>
        <translation>За этот период ничего не решено.</translation>
    </message>
    <message>
        <source>What internal customers said</source>
        <translation>Что сказали внутренние клиенты</translation>
    </message>
    <message>
        <source>{title}, about {start} to {end}: {returned} of {invited} forms back ({rate}).</source>
        <translation>{title}, с {start} по {end}: возвращено анкет {returned} из {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Взгляд клиентов</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do. Anonymous answers in brackets are held back: fewer than {k} people gave them.</source>
        <translation>Баллы от 1 до 5. Положительный разрыв: отдел думает о своём обслуживании лучше, чем клиенты. Анонимные ответы в скобках скрыты: их дали меньше {k} человек.</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A positive gap: the department thinks better of its service than its customers do.</source>
        <translation>Баллы от 1 до 5. Положительный разрыв: отдел думает о своём обслуживании лучше, чем клиенты.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Step {n} (named in a survey): {text}</source>
        <translation>Шаг {n} (назван в опросе): {text}</translation>
    </message>
    <message>
        <source>Service network</source>
        <translation>Сеть обслуживания</translation>
    </message>
    <message>
        <source>Who serves whom inside the company, and how well: each pair of departments, both ways.</source>
        <translation>Кто кого обслуживает внутри компании и насколько хорошо: каждая пара отделов в обе стороны.</translation>
    </message>
    <message>
        <source>Service map</source>
        <translation>Карта обслуживания</translation>
    </message>
    <message>
        <source>Pair matrix</source>
        <translation>Матрица пар</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Динамика</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.</source>
        <translation>
            <numerusform>{period}: %n пара (на карте: {shown}), из них двусторонних: {two_way}.</numerusform>
            <numerusform>{period}: %n пары (на карте: {shown}), из них двусторонних: {two_way}.</numerusform>
            <numerusform>{period}: %n пар (на карте: {shown}), из них двусторонних: {two_way}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most unbalanced: {a} → {b} {good} within target, {b} → {a} only {bad}.</source>
        <translation>Самая несбалансированная пара: {a} → {b} в срок {good}, {b} → {a} лишь {bad}.</translation>
    </message>
    <message>
        <source>{n} anonymous ratings are held back: fewer than {k} people gave them in a pair's month.</source>
        <translation>Скрыто анонимных оценок: {n} — в месяце пары их дали меньше {k} человек.</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Everyone who serves or is served: employees, temporary staff, contractors, owners, consultants. Add the first person.</source>
        <translation>Все, кто обслуживает или кого обслуживают: сотрудники, временный персонал, подрядчики, владельцы, консультанты. Добавьте первого человека.</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Показать ушедших</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Requests asked</source>
        <translation>Заявок подано</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Заявок выполнено</translation>
    </message>
    <message>
        <source>{n} ({open} still open)</source>
        <translation>{n} (ещё открыто: {open})</translation>
    </message>
    <message>
        <source>Rating of what they handled</source>
        <translation>Оценка выполненных заявок</translation>
    </message>
    <message>
        <source>{rating} from {n} ratings</source>
        <translation>{rating}, оценок: {n}</translation>
    </message>
    <message>
        <source>Ratings they gave</source>
        <translation>Выставленные оценки</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Благодарности</translation>
    </message>
    <message>
        <source>Standards they own</source>
        <translation>Стандарты, за которые отвечает</translation>
    </message>
    <message>
        <source>Recently handled</source>
        <translation>Недавно выполненные</translation>
    </message>
    <message>
        <source>No recognitions yet.</source>
        <translation>Благодарностей пока нет.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Nothing handled yet.</source>
        <translation>Пока ничего не выполнено.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Bring {name} back? They appear in pickers again.</source>
        <translation>Вернуть сотрудника {name}? Он снова появится в списках выбора.</translation>
    </message>
    <message>
        <source>Mark {name} as having left? Their history stays; they no longer appear in pickers.</source>
        <translation>Отметить, что {name} больше не работает? История сохранится, но человек пропадёт из списков выбора.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Последние 6 месяцев</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>From month to month…</source>
        <translation>С месяца по месяц…</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Первый месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Последний месяц</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные сотрудника</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (уволен(а))</translation>
    </message>
</context>
<context>
    <name>PresetChip</name>
    <message>
        <source>Show all again</source>
        <translation>Снова показать все</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Не удалось создать документ</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Создание документа…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Не удалось прочитать документ для печати.</translation>
    </message>
    <message>
        <source>None of the pages chosen are in this document: it has pages 1 to {last}.</source>
        <translation>Ни одной из выбранных страниц нет в этом документе: в нём страницы с 1 по {last}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Printing to {file}…</source>
        <translation>Печать в {file}…</translation>
    </message>
    <message>
        <source>Printed to {file} ({folder}).</source>
        <translation>Напечатано в файл {file} ({folder}).</translation>
    </message>
    <message>
        <source>The printer {printer} did not start. Check that it is on and connected, and try again.</source>
        <translation>Принтер {printer} не запустился. Проверьте, что он включён и подключён, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation>Печать страницы {page} из {total}…</translation>
    </message>
    <message>
        <source>The printer stopped after {done} of {total} pages.</source>
        <translation>Принтер остановился после {done} из {total} страниц.</translation>
    </message>
</context>
<context>
    <name>QuestionTable</name>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Statement rated from 1 to 5</source>
        <translation>Утверждение, оценка от 1 до 5</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognise good service</source>
        <translation>Отметить хорошую работу</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Благодарности</translation>
    </message>
    <message>
        <source>Thank who handled request #{n}</source>
        <translation>Поблагодарить исполнителя заявки № {n}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To (person)</source>
        <translation>Кому (сотрудник)</translation>
    </message>
    <message>
        <source>To (department)</source>
        <translation>Кому (отдел)</translation>
    </message>
    <message>
        <source>(nobody: a whole team is recognised)</source>
        <translation>(никто: благодарность всей команде)</translation>
    </message>
    <message>
        <source>(no team: a person is recognised)</source>
        <translation>(без команды: благодарность одному человеку)</translation>
    </message>
    <message>
        <source>From (person)</source>
        <translation>От кого (сотрудник)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>From (department)</source>
        <translation>От кого (отдел)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>e.g. Quick fix before the breakfast rush</source>
        <translation>напр. Быстро починили до завтрака</translation>
    </message>
    <message>
        <source>e.g. Employee of the month, November</source>
        <translation>напр. Сотрудник месяца, ноябрь</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Who gave it, to whom and which award stay as given; to recognise someone else, archive this one and give a new one.</source>
        <translation>Кто, кому и какую благодарность выразил, остаётся как было; чтобы поблагодарить другого, отправьте эту в архив и создайте новую.</translation>
    </message>
    <message>
        <source>Choose who is being recognised.</source>
        <translation>Выберите, кого отметить.</translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>Recognition</source>
        <translation>Благодарности</translation>
    </message>
    <message>
        <source>Recognise someone</source>
        <translation>Отметить сотрудника</translation>
    </message>
    <message>
        <source>Thank colleagues for good service, recognise achievements and name an employee of the month. Give the first recognition.</source>
        <translation>Благодарите коллег за хорошую работу, отмечайте достижения и выбирайте сотрудника месяца. Отметьте кого-нибудь первым.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Service agreement sheet</source>
        <translation>Бланк соглашения об обслуживании</translation>
    </message>
    <message>
        <source>SOP handbook</source>
        <translation>Справочник СОП</translation>
    </message>
    <message>
        <source>One request</source>
        <translation>Одна заявка</translation>
    </message>
    <message>
        <source>Department scorecard</source>
        <translation>Карта показателей отдела</translation>
    </message>
    <message>
        <source>Service summary</source>
        <translation>Сводка по сервису</translation>
    </message>
    <message>
        <source>Acknowledgement status: who still has to sign</source>
        <translation>Ознакомление: кому ещё расписаться</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>Лист регистрации участников обучения</translation>
    </message>
    <message>
        <source>Service network report</source>
        <translation>Отчёт о сети обслуживания</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Tick none for the whole company.</source>
        <translation>Не отмечайте ничего, чтобы выбрать всю компанию.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Номер заявки</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Add acknowledgement sheets to sign</source>
        <translation>Добавить листы ознакомления для подписи</translation>
    </message>
    <message>
        <source>Issue as a new edition</source>
        <translation>Выпустить как новую редакцию</translation>
    </message>
    <message>
        <source>Records this handbook as the next edition, with today's date. The next edition lists what changed since this one.</source>
        <translation>Записывает этот справочник как следующую редакцию с сегодняшней датой. Следующая редакция покажет, что изменилось после этой.</translation>
    </message>
    <message>
        <source>Mark as uncontrolled when printed</source>
        <translation>Пометить как неконтролируемую копию</translation>
    </message>
    <message>
        <source>Prints “Uncontrolled when printed” on every page, for copies that will not be kept up to date.</source>
        <translation>Печатает «Неконтролируемая копия при печати» на каждой странице — для копий, которые не будут обновляться.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Make the document</source>
        <translation>Создать документ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Choose a document on the left and make it: it appears here, ready to print or save.</source>
        <translation>Выберите документ слева и создайте его: он появится здесь, готовый к печати или сохранению.</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Создание документа…</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Не удалось создать документ</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Нет программы для PDF</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF documents. Use Save as… and open the file with a PDF viewer, or print it from here.</source>
        <translation>На этом компьютере нет программы для открытия PDF-документов. Нажмите «Сохранить как…» и откройте файл программой просмотра PDF или напечатайте его отсюда.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Пока нечего печатать</translation>
    </message>
    <message>
        <source>Choose a document and press “Make the document”; when it is shown here, print it.</source>
        <translation>Выберите документ и нажмите «Создать документ»; когда он появится здесь, распечатайте его.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>Waiting on requester</source>
        <translation>Ожидает заявителя</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Move this request</source>
        <translation>Ход заявки</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Write a note for the history, or a comment to go with a move…</source>
        <translation>Напишите примечание для истории или комментарий к смене статуса…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Rate this service…</source>
        <translation>Оценить работу…</translation>
    </message>
    <message>
        <source>Open corrective action…</source>
        <translation>Создать корректирующее действие…</translation>
    </message>
    <message>
        <source>Thank who handled it…</source>
        <translation>Поблагодарить исполнителя…</translation>
    </message>
    <message>
        <source>Recognise the person who handled this request, now that it is resolved</source>
        <translation>Отметьте сотрудника, который выполнил эту заявку, теперь, когда она решена</translation>
    </message>
    <message>
        <source>&amp;Done by</source>
        <translation>&amp;Кто выполняет</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Answer received: resume</source>
        <translation>Ответ получен: продолжить</translation>
    </message>
    <message>
        <source>Wait on requester</source>
        <translation>Ждать заявителя</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Отметить как решённую</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Закрыть заявку</translation>
    </message>
    <message>
        <source>Cancel the request…</source>
        <translation>Отменить заявку…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Заявка № {n}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>none (no deadline)</source>
        <translation>нет (без срока)</translation>
    </message>
    <message>
        <source>Nothing more to do: this request is finished</source>
        <translation>Делать больше нечего: заявка завершена</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Corrective action opened on {opened}, due {due}: {status}</source>
        <translation>Корректирующее действие открыто {opened}, срок {due}: {status}</translation>
    </message>
    <message>
        <source>Thanks to {to} from {sender}</source>
        <translation>Благодарность. Кому: {to}; от кого: {sender}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кого-то</translation>
    </message>
    <message>
        <source>Discard note?</source>
        <translation>Удалить примечание?</translation>
    </message>
    <message>
        <source>The note you typed has not been added to the history. Close and lose it?</source>
        <translation>Набранное примечание не добавлено в историю. Закрыть и потерять его?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>Change request #{n}</source>
        <translation>Изменить заявку № {n}</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Зарегистрировать заявку</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <source>e.g. Cannot log into the PMS</source>
        <translation>напр. Не могу войти в PMS</translation>
    </message>
    <message>
        <source>Asked of (department)</source>
        <translation>Исполнитель (отдел)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Нужна к</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Asked by (person)</source>
        <translation>Заявитель (сотрудник)</translation>
    </message>
    <message>
        <source>(not a person)</source>
        <translation>(не сотрудник)</translation>
    </message>
    <message>
        <source>Asked by (department)</source>
        <translation>Заявитель (отдел)</translation>
    </message>
    <message>
        <source>(the person's department)</source>
        <translation>(отдел этого сотрудника)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The service standard sets the deadlines: first response and resolution targets. Without one, say the day it is needed by.</source>
        <translation>Сроки задаёт стандарт обслуживания: цели первого ответа и решения. Без стандарта укажите день, к которому заявка нужна.</translation>
    </message>
    <message>
        <source>Stays as logged: the request counts in the figures of this pair of departments. To ask another department, cancel this request and log a new one.</source>
        <translation>Остаётся как при регистрации: заявка учитывается в показателях этой пары отделов. Чтобы обратиться в другой отдел, отмените эту заявку и зарегистрируйте новую.</translation>
    </message>
    <message>
        <source>Who asked stays as logged, for the same reason.</source>
        <translation>Кто обратился, остаётся как при регистрации, по той же причине.</translation>
    </message>
    <message>
        <source>Stays as logged: the request's deadlines were promised under this standard.</source>
        <translation>Остаётся как при регистрации: сроки заявки были обещаны по этому стандарту.</translation>
    </message>
    <message>
        <source>Resolved without a standard: its time was not measured against one, and is not afterwards.</source>
        <translation>Решена без стандарта: её время не сравнивалось со стандартом и не сравнивается задним числом.</translation>
    </message>
    <message>
        <source>A standard chosen now counts its targets from when the request was logged ({when}).</source>
        <translation>Выбранный сейчас стандарт отсчитывает сроки с момента регистрации заявки ({when}).</translation>
    </message>
    <message>
        <source>(none: no deadline)</source>
        <translation>(нет: без срока)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(пока никто)</translation>
    </message>
    <message>
        <source>Set by the service standard's resolution target.</source>
        <translation>Задаётся целью решения стандарта обслуживания.</translation>
    </message>
    <message>
        <source>Stays as it was when the request was resolved.</source>
        <translation>Остаётся таким, каким был, когда заявку решили.</translation>
    </message>
    <message>
        <source>Optional: overdue after the end of that working day.</source>
        <translation>Необязательно: просрочена после конца этого рабочего дня.</translation>
    </message>
    <message>
        <source>answer {a}, resolve {b}</source>
        <translation>ответ {a}, решение {b}</translation>
    </message>
    <message>
        <source>Say who is asking: a person or a department.</source>
        <translation>Укажите, кто обращается: сотрудник или отдел.</translation>
    </message>
</context>
<context>
    <name>RequestReport</name>
    <message>
        <source>Internal request #{number}</source>
        <translation>Внутренняя заявка № {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Срок первого ответа</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Time waiting on requester</source>
        <translation>Время ожидания заявителя</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Yes: a target has passed</source>
        <translation>Да: целевой срок прошёл</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Breakdown point</source>
        <translation>Точка сбоя</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due state</source>
        <translation>Состояние срока</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Номер заявки</translation>
    </message>
    <message>
        <source>Overdue: its deadline has passed</source>
        <translation>Просрочена: её срок истёк</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Internal requests</source>
        <translation>Внутренние заявки</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Зарегистрировать заявку</translation>
    </message>
    <message>
        <source>An internal request is one piece of service one department asks of another: accounting asks IT for PMS access, the dining room asks the kitchen for an allergy menu. Log the first one.</source>
        <translation>Внутренняя заявка — это услуга, которую один отдел просит у другого: бухгалтерия просит ИТ дать доступ к PMS, зал просит кухню приготовить меню для аллергиков. Зарегистрируйте первую.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Open (not resolved yet)</source>
        <translation>Открытые (ещё не решены)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Любой заявитель</translation>
    </message>
    <message>
        <source>Requester's department</source>
        <translation>Отдел заявителя</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>с любой даты</translation>
    </message>
    <message>
        <source>Logged from</source>
        <translation>Зарегистрированы с</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>по любую дату</translation>
    </message>
    <message>
        <source>Logged until</source>
        <translation>Зарегистрированы по</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Resolved since {date}</source>
        <translation>Решены с {date}</translation>
    </message>
    <message>
        <source>Request #{n}</source>
        <translation>Заявка № {n}</translation>
    </message>
    <message>
        <source>Request #{n} is {status} and cannot be cancelled.</source>
        <translation>Заявка № {n}: статус «{status}», её нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the server holds now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Выберите резервную копию, к которой нужно вернуться. То, что сейчас хранится на сервере, сначала сохраняется как резервная копия, так что восстановление тоже можно отменить.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is kept as a backup first, so restoring can itself be undone.</source>
        <translation>Выберите резервную копию для возврата. Сначала текущий файл сохраняется как резервная копия, так что и восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>выбранный файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>There are no backups of this company on this PC yet: File → Backup now makes one. A backup made elsewhere can be picked with Choose a file…</source>
        <translation>На этом компьютере ещё нет резервных копий этой компании: Файл → Резервная копия сейчас создаёт её. Копию, сделанную в другом месте, можно выбрать кнопкой «Выбрать файл…»</translation>
    </message>
    <message>
        <source>There are no backups of this file in its backups folder yet. icdesk makes one each day it opens the file; File → Backup now makes one at any time. A backup kept elsewhere can be picked with Choose a file…</source>
        <translation>В папке резервных копий этого файла пока нет копий. icdesk создаёт копию в каждый день, когда открывает файл; «Файл → Резервная копия сейчас» создаёт её в любой момент. Копию, хранящуюся в другом месте, можно выбрать кнопкой «Выбрать файл…»</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>icdesk data files (*.sqlite);;All files (*)</source>
        <translation>Файлы данных icdesk (*.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Providers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Взгляд клиентов</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>By customer department</source>
        <translation>По отделам-клиентам</translation>
    </message>
    <message>
        <source>Where it broke down, and comments</source>
        <translation>Точки сбоя и комментарии</translation>
    </message>
    <message>
        <source>{returned} of {invited} forms back ({rate}). Scores from 1 to 5; the gap is the department's own view minus its customers' view. Anonymous answers are shown only where at least {k} people gave them.</source>
        <translation>Возвращено анкет {returned} из {invited} ({rate}). Баллы от 1 до 5; разрыв — самооценка отдела минус взгляд клиентов. Анонимные ответы показываются, только если их дали не меньше {k} человек.</translation>
    </message>
    <message>
        <source>{name}: {score} ({n} answers)</source>
        <translation>{name}: {score} (ответов: {n})</translation>
    </message>
    <message>
        <source>{name}: not shown (no answers, or too few to stay anonymous)</source>
        <translation>{name}: не показано (нет ответов или их слишком мало для анонимности)</translation>
    </message>
    <message>
        <source>Broke down at: {step} ({n}×)</source>
        <translation>Точка сбоя: {step} ({n}×)</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>A new draft of the standard is made with the change note written; finish it and send it for review in Service Standards. Its approver says whether everyone has to sign it again.</source>
        <translation>Создаётся новый черновик стандарта с описанием изменений; доработайте его и отправьте на согласование в разделе «Стандарты обслуживания». Утверждающий решит, нужно ли всем ознакомиться заново.</translation>
    </message>
    <message>
        <source>Standard to revise</source>
        <translation>Какой стандарт пересмотреть</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>Outcome of the action</source>
        <translation>Результат действия</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Создать черновик</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New survey round</source>
        <translation>Новый раунд опроса</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>How well do we serve each other? {month}</source>
        <translation>Насколько хорошо мы обслуживаем друг друга? {month}</translation>
    </message>
    <message>
        <source>About the service from</source>
        <translation>Об обслуживании с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Anonymous: one form per department; nobody's name is kept with an answer</source>
        <translation>Анонимно: одна анкета на отдел; имена с ответами не сохраняются</translation>
    </message>
    <message>
        <source>Pairs asked about</source>
        <translation>Пары в опросе</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <source>Listed: the pairs with requests in the period and those with a service agreement. Customers rate the provider; each provider also rates itself.</source>
        <translation>В списке: пары с заявками за период и пары с соглашением об обслуживании. Клиенты оценивают исполнителя; каждый исполнитель оценивает и себя.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Questions (the internal service quality dimensions, INTSERVQUAL)</source>
        <translation>Вопросы (измерения качества внутреннего обслуживания, INTSERVQUAL)</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Each is rated from 1 (do not agree at all) to 5 (fully agree). You can change them until the first answer comes in.</source>
        <translation>Каждое утверждение оценивается от 1 (совсем не согласен) до 5 (полностью согласен). Их можно менять, пока не придёт первый ответ.</translation>
    </message>
    <message>
        <source>Anonymous ratings of {names} would stay hidden: fewer than {k} people can rate each of them. Tick more customers for them, or untick Anonymous.</source>
        <translation>Анонимные оценки останутся скрытыми для отделов: {names} — оценить каждый из них могут меньше {k} человек. Отметьте для них больше заказчиков или снимите отметку «Анонимно».</translation>
    </message>
    <message>
        <source>“{title}” already asks about some of these pairs for {start} – {end}; the answers of both rounds will count for those days.</source>
        <translation>«{title}» уже спрашивает о некоторых из этих пар за {start} – {end}; за эти дни будут учтены ответы обоих раундов.</translation>
    </message>
    <message>
        <source>{customer} rates {provider}</source>
        <translation>{customer} оценивает: {provider}</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Type in paper forms</source>
        <translation>Ввести бумажные анкеты</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Finish the round</source>
        <translation>Завершить раунд</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The answers typed for form {code} are not saved. Close and lose them?</source>
        <translation>Ответы, введённые для анкеты {code}, не сохранены. Закрыть и потерять их?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>The questions changed are not saved. Close and lose the changes?</source>
        <translation>Изменения в вопросах не сохранены. Закрыть и потерять их?</translation>
    </message>
    <message>
        <source>Print the forms to hand out, or write one fillable PDF per form to e-mail: people fill it in on screen and send the file back. Put the returned files in one folder and read them in: each form is checked, a file sent twice is recognised, and anonymous answers keep nothing of who sent them, not even the file's name.</source>
        <translation>Распечатайте анкеты для раздачи или создайте по одному заполняемому PDF на анкету для отправки по почте: люди заполняют его на экране и присылают файл обратно. Сложите возвращённые файлы в одну папку и прочитайте их: каждая анкета проверяется, повторно присланный файл распознаётся, а анонимные ответы не хранят ничего об отправителе, даже имени файла.</translation>
    </message>
    <message>
        <source>Paper forms to print…</source>
        <translation>Бумажные анкеты для печати…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to a folder…</source>
        <translation>Заполняемые PDF-анкеты в папку…</translation>
    </message>
    <message>
        <source>Read returned forms from a folder…</source>
        <translation>Прочитать возвращённые анкеты из папки…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Код анкеты</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove the question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation>Сохранить вопросы</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>named</source>
        <translation>с именами</translation>
    </message>
    <message>
        <source>About {start} to {end} · {kind} · {status} · {returned} of {invited} forms back ({rate})</source>
        <translation>С {start} по {end} · {kind} · {status} · возвращено анкет: {returned} из {invited} ({rate})</translation>
    </message>
    <message>
        <source>Reword, add or remove questions until the first answer comes in.</source>
        <translation>Меняйте, добавляйте или удаляйте вопросы, пока не придёт первый ответ.</translation>
    </message>
    <message>
        <source>Answers refer to these questions, so they can no longer be changed; start a new round to ask others.</source>
        <translation>Ответы относятся к этим вопросам, поэтому их больше нельзя изменить; начните новый раунд, чтобы задать другие.</translation>
    </message>
    <message>
        <source>Making the forms…</source>
        <translation>Создание анкет…</translation>
    </message>
    <message>
        <source>Folder for the fillable forms</source>
        <translation>Папка для заполняемых анкет</translation>
    </message>
    <message>
        <source>Forms written</source>
        <translation>Анкеты созданы</translation>
    </message>
    <message>
        <source>{n} fillable forms are in {folder}.</source>
        <translation>Заполняемых анкет в папке {folder}: {n}.</translation>
    </message>
    <message>
        <source>The forms could not be made</source>
        <translation>Не удалось создать анкеты</translation>
    </message>
    <message>
        <source>Folder with the returned forms</source>
        <translation>Папка с возвращёнными анкетами</translation>
    </message>
    <message>
        <source>{n} forms read in ({a} answers), {d} already read before, {r} left out.</source>
        <translation>Прочитано анкет: {n} (ответов: {a}) · уже прочитанных ранее: {d} · пропущено: {r}.</translation>
    </message>
    <message>
        <source>✔ {file}: {n} answers</source>
        <translation>✔ {file}: ответов {n}</translation>
    </message>
    <message>
        <source>Finish this round? No more answers can be added; the results stay as they are.</source>
        <translation>Завершить раунд? Новые ответы добавить будет нельзя; результаты останутся как есть.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message>
        <source>Department scorecard</source>
        <translation>Карта показателей отдела</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>Head of department: {name}</source>
        <translation>Руководитель отдела: {name}</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Как исполнитель</translation>
    </message>
    <message>
        <source>Breakdown points named: {points}</source>
        <translation>Названные точки сбоя: {points}</translation>
    </message>
    <message>
        <source>As customer</source>
        <translation>Как клиент</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>заявка получена</numerusform>
            <numerusform>заявки получены</numerusform>
            <numerusform>заявок получено</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>медианное время решения, рабочее время</translation>
    </message>
    <message>
        <source>90% resolved within, working time</source>
        <translation>Срок решения 90 % (рабочее время)</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>средняя оценка</translation>
    </message>
    <message>
        <source>open now (overdue)</source>
        <translation>открыто сейчас (просрочено)</translation>
    </message>
    <message numerus="yes">
        <source>request(s) made</source>
        <translation>
            <numerusform>заявка подана</numerusform>
            <numerusform>заявки поданы</numerusform>
            <numerusform>заявок подано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its request(s) resolved</source>
        <translation>
            <numerusform>его заявка решена</numerusform>
            <numerusform>его заявки решены</numerusform>
            <numerusform>его заявок решено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rating(s) given</source>
        <translation>
            <numerusform>оценка выставлена</numerusform>
            <numerusform>оценки выставлены</numerusform>
            <numerusform>оценок выставлено</numerusform>
        </translation>
    </message>
    <message>
        <source>average rating given</source>
        <translation>средняя выставленная оценка</translation>
    </message>
    <message>
        <source>Times are working time in this department's calendar ({hours}); time spent waiting on the requester is left out.</source>
        <translation>Время — рабочее, по графику отдела ({hours}); время ожидания заявителя не учитывается.</translation>
    </message>
    <message>
        <source>Service standards in force</source>
        <translation>Действующие стандарты обслуживания</translation>
    </message>
    <message>
        <source>This department has no standard in force yet.</source>
        <translation>У этого отдела пока нет действующих стандартов.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(просрочен)</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>Соглашения об обслуживании</translation>
    </message>
    <message>
        <source>No service agreements yet.</source>
        <translation>Соглашений об обслуживании пока нет.</translation>
    </message>
    <message>
        <source>serves {name}</source>
        <translation>обслуживает: {name}</translation>
    </message>
    <message>
        <source>is served by {name}</source>
        <translation>обслуживается: {name}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Потребности клиента</translation>
    </message>
    <message>
        <source>Provider needs</source>
        <translation>Потребности исполнителя</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>Открытые корректирующие действия</translation>
    </message>
    <message>
        <source>No open corrective actions.</source>
        <translation>Открытых корректирующих действий нет.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Service Network</source>
        <translation>Сеть обслуживания</translation>
    </message>
    <message>
        <source>Departments &amp; People</source>
        <translation>Отделы и сотрудники</translation>
    </message>
    <message>
        <source>Service Standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Survey Rounds</source>
        <translation>Раунды опроса</translation>
    </message>
    <message>
        <source>Corrective Actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Благодарности</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <source>Closing the Loop</source>
        <translation>Замыкание цикла</translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>решено: {n}</translation>
    </message>
    <message>
        <source>Within target: {share}</source>
        <translation>В срок: {share}</translation>
    </message>
    <message>
        <source>Median time to resolve: {time}</source>
        <translation>Медианное время решения: {time}</translation>
    </message>
    <message>
        <source>Average rating: {rating}</source>
        <translation>Средняя оценка: {rating}</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and late now: {n}</source>
        <translation>Открыты и просрочены сейчас: {n}</translation>
    </message>
    <message>
        <source>Survey score: {score}</source>
        <translation>Балл опроса: {score}</translation>
    </message>
    <message>
        <source>Click to see these requests.</source>
        <translation>Щёлкните, чтобы увидеть эти заявки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Served others: {n} requests, {share} within target, rating {rating}&lt;br&gt;Was served: {m} requests, {share2} within target</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Обслуживал других: заявок {n}, в срок {share}, оценка {rating}&lt;br&gt;Обслуживали его: заявок {m}, в срок {share2}</translation>
    </message>
    <message>
        <source>Click to open the department.</source>
        <translation>Щёлкните, чтобы открыть отдел.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>{title}, version {n}, of {department}. Click to tick the whole column.</source>
        <translation>{title}, версия {n}, отдел «{department}». Щёлкните, чтобы отметить весь столбец.</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Уже подписано</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Открыть выбранную строку</translation>
    </message>
    <message>
        <source>Archive or cancel the selected row (asks first)</source>
        <translation>В архив или отменить выбранную строку (с подтверждением)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>From the search box to the rows found</source>
        <translation>Из поля поиска к найденным строкам</translation>
    </message>
    <message>
        <source>On to the next field; in a table the arrow keys move from cell to cell</source>
        <translation>К следующему полю; в таблице между ячейками переходят стрелками</translation>
    </message>
    <message>
        <source>Save the form of the dialog on view</source>
        <translation>Сохранить форму открытого окна</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Нажать эту кнопку или перейти к этому полю</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (asks first if something was typed)</source>
        <translation>Закрыть окно диалога (с подтверждением, если что-то введено)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <source>Shortcuts work on every screen; the list ones act on the list on view.</source>
        <translation>Сочетания клавиш работают на любом экране; клавиши списков действуют на открытый список.</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <source>Enter a signed sheet</source>
        <translation>Внести подписанный лист</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Tick every line that was signed. Click a name or a standard to tick its whole row or column. Red: never signed; amber: signed an earlier version; grey check: already signed.</source>
        <translation>Отметьте каждую подписанную строку. Щёлкните имя или стандарт, чтобы отметить всю строку или столбец. Красный: подписи не было; жёлтый: подписана прежняя версия; серая галочка: уже подписано.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Save the ticks</source>
        <translation>Сохранить отметки</translation>
    </message>
    <message>
        <source>Everyone in this department has signed every standard in force.</source>
        <translation>В этом отделе все расписались за все действующие стандарты.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ticked</source>
        <translation>
            <numerusform>отмечена %n строка</numerusform>
            <numerusform>отмечено %n строки</numerusform>
            <numerusform>отмечено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Отметьте хотя бы одну строку.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>icdesk was started again for {requested}: finish or close the open window first, then start it again.</source>
        <translation>icdesk запущен снова для {requested}: сначала завершите или закройте открытое окно, затем запустите его ещё раз.</translation>
    </message>
    <message>
        <source>{file} is already open here.</source>
        <translation>{file} уже открыт здесь.</translation>
    </message>
    <message>
        <source>icdesk was started again for {requested}, but this window has {here} open. Open {requested} here instead?</source>
        <translation>icdesk запущен ещё раз для {requested}, но в этом окне открыт {here}. Открыть {requested} здесь вместо него?</translation>
    </message>
    <message>
        <source>Open another data file?</source>
        <translation>Открыть другой файл данных?</translation>
    </message>
    <message>
        <source>Open it here</source>
        <translation>Открыть здесь</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>Department that gives the service</source>
        <translation>Отдел, оказывающий услугу</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>Кого обслуживает</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Первый ответ в течение</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Решение в течение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(пока никто)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>when put in force</source>
        <translation>с момента ввода в действие</translation>
    </message>
    <message>
        <source>Also read by</source>
        <translation>Также знакомятся</translation>
    </message>
    <message>
        <source>Other departments whose people must read and acknowledge this standard; its own department always does.</source>
        <translation>Другие отделы, сотрудники которых должны ознакомиться с этим стандартом под подпись; свой отдел знакомится всегда.</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>Отправить на согласование…</translation>
    </message>
    <message>
        <source>Send back to draft…</source>
        <translation>Вернуть в черновик…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Ввести в действие</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>не запланирован</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Создать новую версию</translation>
    </message>
    <message>
        <source>Save the readers</source>
        <translation>Сохранить список знакомящихся</translation>
    </message>
    <message>
        <source>Versions and changes…</source>
        <translation>Версии и изменения…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Service standard: {title}</source>
        <translation>Стандарт обслуживания: {title}</translation>
    </message>
    <message>
        <source>New service standard</source>
        <translation>Новый стандарт обслуживания</translation>
    </message>
    <message>
        <source>A new standard starts as a draft. Send it for review: once its approver has approved it, put it in force.</source>
        <translation>Новый стандарт начинается с черновика. Отправьте его на согласование: после утверждения введите его в действие.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. Edit it, then send it for review to the head of department or the manager.</source>
        <translation>Версия {n}: {status}. Отредактируйте её и отправьте на согласование руководителю отдела или управляющему.</translation>
    </message>
    <message>
        <source>Sent back with this note: {note}</source>
        <translation>Возвращена с замечанием: {note}</translation>
    </message>
    <message>
        <source>Version {n} is with {approver} for review since {date}. Only {approver} can approve it.</source>
        <translation>Версия {n} на согласовании у {approver} с {date}. Утвердить её может только {approver}.</translation>
    </message>
    <message>
        <source>Version {n}: {approval} Put it in force when it should apply.</source>
        <translation>Версия {n}: {approval} Введите её в действие, когда она должна начать применяться.</translation>
    </message>
    <message>
        <source>Version {n}: {status}. A version in force cannot be changed: make a new version to change it.</source>
        <translation>Версия {n}: {status}. Действующую версию нельзя изменить: чтобы внести изменения, создайте новую версию.</translation>
    </message>
    <message>
        <source>Put in force on {date}; its approval was not recorded (published before icdesk kept approvals).</source>
        <translation>Введена в действие {date}; утверждение не записано (опубликована до того, как icdesk стал хранить утверждения).</translation>
    </message>
    <message>
        <source>Approved by {approver} on {date}.</source>
        <translation>Утверждена: {approver}, {date}.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <source>What has to change? The owner sees this note on the draft.</source>
        <translation>Что нужно изменить? Ответственный увидит это замечание в черновике.</translation>
    </message>
    <message>
        <source>Version {n} – {status}, published {date}</source>
        <translation>Версия {n} — {status}, опубликована {date}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
</context>
<context>
    <name>StandardsScreen</name>
    <message>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Новый стандарт</translation>
    </message>
    <message>
        <source>A service standard (SOP) says what a department does for its internal customers, step by step, and how fast it answers and resolves. Write the first one.</source>
        <translation>Стандарт обслуживания (СОП) описывает по шагам, что отдел делает для своих внутренних клиентов и как быстро отвечает и решает вопросы. Напишите первый.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Review due within 30 days or past</source>
        <translation>Пересмотр в ближайшие 30 дней или просрочен</translation>
    </message>
    <message>
        <source>Standards in force whose review date is near or has passed: review them before the date, then make a new version or set the next date.</source>
        <translation>Действующие стандарты, дата пересмотра которых близка или прошла: пересмотрите их до этой даты, затем создайте новую версию или назначьте следующую дату.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>head of {department}</source>
        <translation>руководитель отдела «{department}»</translation>
    </message>
    <message>
        <source>owner-manager</source>
        <translation>владелец-управляющий</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <source>Version {n} of “{title}” goes to the person named here. Only they can approve it; until then it cannot be changed.</source>
        <translation>Версия {n} стандарта «{title}» уходит указанному здесь сотруднику. Только он может её утвердить; до этого её нельзя изменить.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Утверждающий</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>{owner} owns this standard and cannot also approve it: add the owner-manager in Departments &amp; People as a person of kind “Owner / shareholder”, or give the standard another owner.</source>
        <translation>{owner} отвечает за этот стандарт и не может также утвердить его: добавьте владельца-управляющего в разделе «Отделы и сотрудники» как сотрудника вида «Владелец / акционер» или назначьте стандарту другого ответственного.</translation>
    </message>
    <message>
        <source>Nobody can approve standards of {department} yet: name its head in Departments &amp; People, or add the owner-manager there as a person of kind “Owner / shareholder”.</source>
        <translation>Утверждать стандарты отдела «{department}» пока некому: назначьте руководителя в разделе «Отделы и сотрудники» или добавьте там владельца-управляющего как сотрудника вида «Владелец / акционер».</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Service summary</source>
        <translation>Сводка по сервису</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>“before”: the same number of days just before this period, {start} to {end}.</source>
        <translation>«раньше»: столько же дней непосредственно перед этим периодом, с {start} по {end}.</translation>
    </message>
    <message>
        <source>Share resolved within target, per month</source>
        <translation>Доля решённых в срок, по месяцам</translation>
    </message>
    <message>
        <source>No request with a target was resolved in this period.</source>
        <translation>За этот период не решено ни одной заявки с целевым сроком.</translation>
    </message>
    <message numerus="yes">
        <source>request(s) received</source>
        <translation>
            <numerusform>заявка получена</numerusform>
            <numerusform>заявки получены</numerusform>
            <numerusform>заявок получено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request(s) resolved</source>
        <translation>
            <numerusform>заявка решена</numerusform>
            <numerusform>заявки решены</numerusform>
            <numerusform>заявок решено</numerusform>
        </translation>
    </message>
    <message>
        <source>within target</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>median resolution, working time</source>
        <translation>медианное время решения, рабочее время</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>средняя оценка</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>раньше: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>ещё %n отдел</numerusform>
            <numerusform>ещё %n отдела</numerusform>
            <numerusform>ещё %n отделов</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Заявки по отделам</translation>
    </message>
    <message>
        <source>Resolved within target, per department</source>
        <translation>Решено в срок, по отделам</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Goal {share}</source>
        <translation>Цель {share}</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Ниже цели</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Динамика по месяцам</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>В этом периоде заявок нет.</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>Отдел-исполнитель</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>Срок решения 90 %</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>По отделам</translation>
    </message>
    <message>
        <source>Median working time</source>
        <translation>Медиана рабочего времени</translation>
    </message>
    <message>
        <source>Resolution times are working time, counted in each providing department's calendar: hours outside its working hours, public holidays, closures and time spent waiting on the requester are left out. Departments open around the clock count every hour.</source>
        <translation>Время решения — рабочее, по графику каждого отдела-исполнителя: нерабочие часы, праздники, закрытия и время ожидания заявителя не учитываются. Круглосуточные отделы считают каждый час.</translation>
    </message>
    <message>
        <source>Where service broke down</source>
        <translation>Где сервис дал сбой</translation>
    </message>
    <message>
        <source>No breakdown points were named in this period.</source>
        <translation>В этом периоде точки сбоя не назывались.</translation>
    </message>
    <message>
        <source>Feedback naming each breakdown point</source>
        <translation>Отзывы по точкам сбоя</translation>
    </message>
    <message>
        <source>Corrective actions opened</source>
        <translation>Открыто корректирующих действий</translation>
    </message>
    <message>
        <source>Corrective actions completed</source>
        <translation>Выполнено корректирующих действий</translation>
    </message>
    <message>
        <source>Corrective actions overdue now</source>
        <translation>Просрочено корректирующих действий сейчас</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Выражено благодарностей</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Замыкание цикла</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support the idea</source>
        <translation>Поддержать идею</translation>
    </message>
    <message>
        <source>Who supports it</source>
        <translation>Кто поддерживает</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This department does what it promised, when it promised it.</source>
        <translation>Этот отдел делает то, что обещал, и тогда, когда обещал.</translation>
    </message>
    <message>
        <source>This department answers promptly and helps quickly when needed.</source>
        <translation>Этот отдел отвечает быстро и оперативно помогает, когда нужно.</translation>
    </message>
    <message>
        <source>This department's people know their job: their work and their word can be trusted.</source>
        <translation>Сотрудники этого отдела знают своё дело: их работе и слову можно доверять.</translation>
    </message>
    <message>
        <source>This department understands what its internal customers need.</source>
        <translation>Этот отдел понимает, что нужно его внутренним клиентам.</translation>
    </message>
    <message>
        <source>This department's forms, tools and information are clear and easy to use.</source>
        <translation>Бланки, инструменты и информация этого отдела понятны и удобны.</translation>
    </message>
</context>
<context>
    <name>SurveyFormReport</name>
    <message>
        <source>Your own department: how well do you think {department} serves its internal customers?</source>
        <translation>Ваш отдел: насколько хорошо, по-вашему, {department} обслуживает своих внутренних клиентов?</translation>
    </message>
    <message>
        <source>Did {department} serve you between {start} and {end}? Tick the box, then rate it. Leave this part empty if it did not.</source>
        <translation>Обслуживал ли вас отдел {department} с {start} по {end}? Отметьте поле, затем поставьте оценки. Если нет, оставьте эту часть пустой.</translation>
    </message>
    <message>
        <source>Where did it break down? Step code ({department}'s steps are listed at the end)</source>
        <translation>Где произошёл сбой? Код шага (шаги отдела {department} перечислены в конце)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Form code</source>
        <translation>Код анкеты</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Анкета опроса</translation>
    </message>
    <message>
        <source>How well do other departments serve you? Think of the service you received between {start} and {end}: each statement is rated from 1 (do not agree at all) to 5 (fully agree).</source>
        <translation>Насколько хорошо вас обслуживают другие отделы? Вспомните обслуживание с {start} по {end}: каждое утверждение оценивается от 1 (совсем не согласен) до 5 (полностью согласен).</translation>
    </message>
    <message>
        <source>{department} – anonymous form. Do not write your name: your answers are kept with your department only, and shown only where at least {n} people answered.</source>
        <translation>{department} – анонимная анкета. Не пишите своё имя: ответы хранятся только с указанием отдела и показываются, только если ответили не меньше {n} человек.</translation>
    </message>
    <message>
        <source>For {name}, {department}.</source>
        <translation>Для: {name}, {department}.</translation>
    </message>
    <message>
        <source>Fill in this PDF on screen, save it and send it back as it is: icdesk reads the answers from the file.</source>
        <translation>Заполните этот PDF на экране, сохраните и отправьте обратно как есть: icdesk прочитает ответы из файла.</translation>
    </message>
    <message>
        <source>Copy {n} of {m}</source>
        <translation>Экземпляр {n} из {m}</translation>
    </message>
    <message>
        <source>Steps of the service standards</source>
        <translation>Шаги стандартов обслуживания</translation>
    </message>
    <message>
        <source>Where service broke down, write or choose the code of the step.</source>
        <translation>Где произошёл сбой, впишите или выберите код шага.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
</context>
<context>
    <name>SurveysScreen</name>
    <message>
        <source>Survey rounds</source>
        <translation>Раунды опроса</translation>
    </message>
    <message>
        <source>Start a survey round</source>
        <translation>Начать раунд опроса</translation>
    </message>
    <message>
        <source>A survey round asks each department how well the others serve it (“How well does IT serve you?”), on the five dimensions of internal service quality, and asks each department to rate itself too: the gap between the two views is where to start talking. Start the first round.</source>
        <translation>Раунд опроса спрашивает каждый отдел, насколько хорошо его обслуживают другие («Насколько хорошо вас обслуживает IT?»), по пяти измерениям качества внутреннего обслуживания, и просит каждый отдел оценить и себя: разница между двумя взглядами — с неё и стоит начать разговор. Начните первый раунд.</translation>
    </message>
    <message>
        <source>Show anonymous results only where at least</source>
        <translation>Показывать анонимные результаты, только если ответили не меньше</translation>
    </message>
    <message>
        <source>people answered</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>Applies to anonymous survey answers and anonymous feedback alike; never fewer than three, so nobody can be recognised.</source>
        <translation>Касается и анонимных ответов на опросы, и анонимных отзывов; не меньше трёх, чтобы никого нельзя было узнать.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>named</source>
        <translation>с именами</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Анонимность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Forms back</source>
        <translation>Возвращено анкет</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>About {start} to {end}, {kind}: {returned} of {invited} forms back ({rate}).</source>
        <translation>С {start} по {end}, {kind}: возвращено анкет {returned} из {invited} ({rate}).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Customers' view</source>
        <translation>Взгляд клиентов</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Scores from 1 to 5. A gap of half a point or more (red): the department sees its service better than its customers do – a good place to start talking.</source>
        <translation>Баллы от 1 до 5. Разрыв в полбалла и больше (красный): отдел оценивает своё обслуживание выше, чем клиенты, — с этого стоит начать разговор.</translation>
    </message>
    <message>
        <source>No results to show yet: answers appear here as forms come back.</source>
        <translation>Результатов пока нет: ответы появятся здесь по мере возвращения анкет.</translation>
    </message>
    <message>
        <source>{n} anonymous answers are held back: fewer than {k} people answered about that department.</source>
        <translation>Скрыто анонимных ответов: {n} — об этом отделе ответили меньше {k} человек.</translation>
    </message>
    <message>
        <source>Open the round (Enter) for the results by dimension and customer, the forms to print or send, reading returned forms and typing in paper ones.</source>
        <translation>Откройте раунд (Enter): результаты по измерениям и клиентам, анкеты для печати или отправки, чтение возвращённых анкет и ввод бумажных.</translation>
    </message>
</context>
<context>
    <name>TargetEdit</name>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>{name}: hours</source>
        <translation>{name}: часы</translation>
    </message>
    <message>
        <source>{name}: minutes</source>
        <translation>{name}: минуты</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>e.g. Allergens: from the booking to the plate</source>
        <translation>например, Аллергены: от бронирования до тарелки</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Проводит отдел</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Рассмотренные стандарты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attending counts as reading and acknowledging the standards covered</source>
        <translation>Участие засчитывается как ознакомление с рассмотренными стандартами</translation>
    </message>
    <message>
        <source>Ticked, every attendee acknowledges the version in force of each standard covered, dated the day of the session (only once the session has been held).</source>
        <translation>Если отмечено, каждый участник считается ознакомленным с действующей версией каждого рассмотренного стандарта в день занятия (только после того, как занятие прошло).</translation>
    </message>
    <message>
        <source>Tick this once the session has been held.</source>
        <translation>Отметьте это, когда занятие уже проведено.</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>Record the training departments give each other, with who attended and which standards it covered, and the cross-training of people who learn another department's service.</source>
        <translation>Записывайте обучение, которое отделы проводят друг для друга: кто участвовал и какие стандарты рассматривались, а также перекрёстное обучение сотрудников, изучающих работу другого отдела.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Sessions and cross-training</source>
        <translation>Занятия и перекрёстное обучение</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Перекрёстное обучение</translation>
    </message>
    <message>
        <source>Record cross-training…</source>
        <translation>Записать перекрёстное обучение…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Проводит отдел</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Standards covered</source>
        <translation>Рассмотренные стандарты</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Печать листа регистрации</translation>
    </message>
    <message>
        <source>Cross-training: service of {department}</source>
        <translation>Перекрёстное обучение: работа отдела «{department}»</translation>
    </message>
    <message>
        <source>Session #{n}: {topic}</source>
        <translation>Занятие № {n}: {topic}</translation>
    </message>
    <message>
        <source>Planned: still to come</source>
        <translation>Запланировано: ещё не проведено</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n ознакомился</numerusform>
            <numerusform>%n ознакомились</numerusform>
            <numerusform>%n ознакомились</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded from the attendance.</source>
        <translation>
            <numerusform>По участию отмечено %n ознакомление.</numerusform>
            <numerusform>По участию отмечено %n ознакомления.</numerusform>
            <numerusform>По участию отмечено %n ознакомлений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <source>Service of</source>
        <translation>Обслуживание отдела</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(выберите отдел)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>для</translation>
    </message>
    <message>
        <source>all its customers</source>
        <translation>всех его клиентов</translation>
    </message>
    <message>
        <source>Provided to</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Заявки по месяцам</translation>
    </message>
    <message>
        <source>Resolved within target (%)</source>
        <translation>Решено в срок (%)</translation>
    </message>
    <message>
        <source>Median time to resolve (hours)</source>
        <translation>Медианное время решения (часы)</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>Средняя оценка (1–5)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>{date}: corrective action completed – {text}</source>
        <translation>{date}: корректирующее действие выполнено – {text}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Балл опроса</translation>
    </message>
    <message>
        <source>Corrective action completed</source>
        <translation>Корректирующее действие выполнено</translation>
    </message>
    <message>
        <source>✔ {date}: {text}</source>
        <translation>✔ {date}: {text}</translation>
    </message>
    <message>
        <source>• opened {date}: {text}</source>
        <translation>• открыто {date}: {text}</translation>
    </message>
    <message>
        <source>Corrective actions of this department in the period:</source>
        <translation>Корректирующие действия этого отдела за период:</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Preparing this company's file for the new version of icdesk: searches and sorting will read it from an index. This happens once.</source>
        <translation>Файл этой компании готовится для новой версии icdesk: поиск и сортировка будут читать его по индексу. Это делается один раз.</translation>
    </message>
    <message>
        <source>Updating the data file</source>
        <translation>Обновление файла данных</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to icdesk</source>
        <translation>Добро пожаловать в icdesk</translation>
    </message>
    <message>
        <source>icdesk helps your departments serve each other well: service standards, internal requests, feedback, corrective actions and recognition, all kept in one file on this computer.</source>
        <translation>icdesk помогает отделам хорошо обслуживать друг друга: стандарты обслуживания, внутренние заявки, отзывы, корректирующие действия и благодарности — всё в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>e.g. Hotel Aurora</source>
        <translation>напр. Гостиница «Аврора»</translation>
    </message>
    <message>
        <source>Service vision (optional)</source>
        <translation>Видение сервиса (необязательно)</translation>
    </message>
    <message>
        <source>One shared definition of great service, inside and outside.</source>
        <translation>Единое понимание отличного сервиса — внутри компании и для клиентов.</translation>
    </message>
    <message>
        <source>Start empty: I will add my own departments</source>
        <translation>Начать с нуля: я добавлю свои отделы</translation>
    </message>
    <message>
        <source>Start with the example hotel, to look around first</source>
        <translation>Начать с примера гостиницы, чтобы сначала осмотреться</translation>
    </message>
    <message>
        <source>The example hotel is written in English; your own company is kept in the words you type.</source>
        <translation>Пример гостиницы написан на английском; ваша компания хранится на том языке, на котором вы пишете.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>Several PCs work on this company. Say who is using icdesk here, so the history of each request names who did what. This PC remembers it; File → Who is working… changes it.</source>
        <translation>С этой компанией работают несколько компьютеров. Укажите, кто пользуется icdesk здесь, чтобы история каждой заявки показывала, кто что сделал. Этот компьютер запомнит выбор; Файл → Кто работает… меняет его.</translation>
    </message>
    <message>
        <source>Working here</source>
        <translation>Работает здесь</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>{file} could not be saved in {folder}. Choose another folder, or check that the folder may be written to and the disk has room.</source>
        <translation>Не удалось сохранить {file} в {folder}. Выберите другую папку или проверьте, что в неё можно записывать и на диске есть место.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the data file</source>
        <translation>Не удаётся открыть файл данных</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Забрать себе</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Открыть файл данных</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept as it was, as {kept}.</source>
        <translation>Резервная копия восстановлена. Повреждённый файл сохранён без изменений как {kept}.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot show the data</source>
        <translation>Не удаётся показать данные</translation>
    </message>
    <message>
        <source>(no log could be written)</source>
        <translation>(журнал записать не удалось)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>icdesk ran into a problem it did not expect ({what}). Nothing half-done was saved: a change in progress was undone, and everything saved before is still there. The details for support are in {log}.</source>
        <translation>icdesk столкнулся с непредвиденной проблемой ({what}). Ничего не сохранено наполовину: изменение, которое вносилось, отменено, а всё, что было сохранено раньше, на месте. Подробности для поддержки — в файле {log}.</translation>
    </message>
</context>
</TS>