<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation>Дата (ГГГГ-ММ-ДД) или период</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Изменить меру</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation>Удалить меры</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Добавить меру</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation>Группа, оценка которой показана</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation>&amp;Факты и данные</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Изменить пробел</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Удалить пробелы</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation>Изменить потребность</translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation>Потребности в технической помощи</translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation>Удалить потребности</translation>
    </message>
    <message>
        <source>Add a gap (Ctrl+G)</source>
        <translation>Добавить пробел (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add a need, answering the gap selected (Ctrl+Shift+G)</source>
        <translation>Добавить потребность к выбранному пробелу (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Пробелы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Потребности в технической помощи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation>Нет обязательств для показа: назначьте этой группе главы или обязательства на странице «Рабочие группы» или измените фильтры.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(ссылка ещё не проверена)</translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation>Установить статус {status}</translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation>Изменить оценку</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Новый пробел</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Добавить пробел</translation>
    </message>
    <message>
        <source>The group marked this commitment not applicable: is the gap meant for it? (Edit &gt; Undo takes it back.)</source>
        <translation>Группа отметила это обязательство как неприменимое: этот пробел точно к нему? («Правка &gt; Отменить» уберёт его.)</translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation>Добавить потребность в технической помощи</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation>Фильтр по главе</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Фильтр по документу</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation>Фильтр по задаче 2019 года</translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation>Все задачи 2019 года</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation>Поиск по ссылке, названию, резюме</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Поиск обязательств</translation>
    </message>
    <message>
        <source>&amp;Move on after a status key</source>
        <translation>&amp;Переходить дальше после клавиши статуса</translation>
    </message>
    <message>
        <source>After 0-4, N or ? on the list, go to the next commitment: one key per commitment</source>
        <translation>После 0–4, N или ? в списке перейти к следующему обязательству: одна клавиша на обязательство</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation>0-4, N или ? задают статус; Ctrl+Вниз и Ctrl+Вверх (или Page Down и Page Up) переходят к следующему или предыдущему обязательству</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <source>A group&apos;s copy and this file changed the same answer: choose one on the consensus page.</source>
        <translation>Копия группы и этот файл изменили один и тот же ответ: выберите один на странице консенсуса.</translation>
    </message>
    <message>
        <source>The groups&apos; statuses differ.</source>
        <translation>Статусы групп расходятся.</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>Groups differ</source>
        <translation>Группы расходятся</translation>
    </message>
    <message>
        <source>Not assessed by any group</source>
        <translation>Не оценено ни одной группой</translation>
    </message>
    <message>
        <source>Has gaps</source>
        <translation>Есть пробелы</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>Изменилось с исходного уровня</translation>
    </message>
    <message>
        <source>Conflicts with a group&apos;s copy</source>
        <translation>Расхождения с копией группы</translation>
    </message>
    <message>
        <source>The groups&apos; answers</source>
        <translation>Ответы групп</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>The group&apos;s copy and this file both changed these since the copy was made: both values are kept until you choose one</source>
        <translation>Копия группы и этот файл изменили это после создания копии: оба значения сохраняются, пока вы не выберете одно</translation>
    </message>
    <message>
        <source>Take the selected group&apos;s status</source>
        <translation>Взять статус выбранной группы</translation>
    </message>
    <message>
        <source>The status of the group selected above becomes the consensus (Ctrl+1 for the first group, Ctrl+2 for the second...)</source>
        <translation>Статус группы, выбранной выше, становится консенсусом (Ctrl+1 — первая группа, Ctrl+2 — вторая…)</translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation>Согласованный статус</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Особое мнение</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>&amp;Особое мнение</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ответы групп&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation>Нет обязательств для показа.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(ссылка ещё не проверена)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; ({date}): {status}</source>
        <translation>&lt;b&gt;Исходный уровень&lt;/b&gt; ({date}): {status}</translation>
    </message>
    <message>
        <source>no status agreed</source>
        <translation>статус не согласован</translation>
    </message>
    <message>
        <source>{group}, {what}: this file has {here}; the group&apos;s copy has {copy}.</source>
        <translation>{group}, {what}: в этом файле {here}; в копии группы {copy}.</translation>
    </message>
    <message>
        <source>Keep this file&apos;s</source>
        <translation>Оставить из этого файла</translation>
    </message>
    <message>
        <source>Take the group&apos;s</source>
        <translation>Взять из копии группы</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>need</source>
        <translation>потребность</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>меры</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>подтверждения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>type</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>поставщики</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>сроки</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Take the group&apos;s answer</source>
        <translation>Взять ответ группы</translation>
    </message>
    <message>
        <source>Keep this file&apos;s answer</source>
        <translation>Оставить ответ этого файла</translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation>Согласовать статус {status}</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>Изменить консенсус</translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation>Щелчок, Пробел или Enter: пусто, участвует, руководит</translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation>Отметить участие</translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation>Отметить руководство</translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation>Очистить ячейку карты</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation>Карта координации: учреждения по главам</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation>Введите часть названия страны для поиска</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>Оценка (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation>Участник (необязательно)</translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation>Изменить ответ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation>Удалить ответы</translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation>В этой оценке нет вопросов.</translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation>Ответов: {n}, в среднем {mean:.1f} из 5</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Добавить ответ</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation>Инструкции и направляющие вопросы</translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation>Показать или скрыть описание этого упражнения</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <source>Give a group its copy</source>
        <translation>Выдать группе её копию</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Include participants&apos; names and e-mails</source>
        <translation>Включить имена и адреса электронной почты участников</translation>
    </message>
    <message>
        <source>Left out by default: the group&apos;s laptop does not need them</source>
        <translation>По умолчанию не включаются: ноутбуку группы они не нужны</translation>
    </message>
    <message>
        <source>The copy opens on the group&apos;s laptop like any workshop. The group assesses its commitments and names gaps and needs; the rest is shown read-only. Bring it back with File &gt; Collect group work.</source>
        <translation>Копия открывается на ноутбуке группы как любой семинар. Группа оценивает свои обязательства и называет пробелы и потребности; остальное показано только для чтения. Верните её через «Файл &gt; Собрать работу групп».</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
</context>
<context>
    <name>GroupCopies</name>
    <message>
        <source>That working group is no longer in the workshop.</source>
        <translation>Этой рабочей группы больше нет в семинаре.</translation>
    </message>
    <message>
        <source>The copy for {group} was written to {path}. Open it with the app on the group&apos;s laptop; bring it back with File &gt; Collect group work.</source>
        <translation>Копия для {group} записана в {path}. Откройте её в приложении на ноутбуке группы; верните через «Файл &gt; Собрать работу групп».</translation>
    </message>
    <message>
        <source>Collect the work of {group}</source>
        <translation>Собрать работу: {group}</translation>
    </message>
    <message>
        <source>{name} was not collected (see the message before).</source>
        <translation>{name} не собран (см. предыдущее сообщение).</translation>
    </message>
    <message>
        <source>Both values are kept: the consensus page marks the commitments, and its status filter lists every conflict.</source>
        <translation>Оба значения сохранены: страница консенсуса отмечает обязательства, а её фильтр статуса показывает все расхождения.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Рабочие группы</translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation>Перетащите сюда участников, чтобы добавить их в группу</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation>Удалить группу вместе с её оценками (можно отменить)</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation>Члены (отметьте участников этой группы)</translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation>Отметьте членов этой группы или перетащите участников на другую группу слева</translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation>Главы, оцениваемые этой группой</translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation>Обязательство для назначения</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation>Назначить группе это отдельное обязательство</translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation>Назначенные отдельные обязательства</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Члены</translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation>Отдельные &amp;обязательства</translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation>Добавьте рабочую группу, чтобы начать.</translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation>Эта группа оценивает обязательств: {n}.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Группа {n}</translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation>Добавить рабочую группу</translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation>Удалить рабочую группу</translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation>Переименовать рабочую группу</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Исключить члена</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Добавить %n члена</numerusform>
            <numerusform>Добавить %n членов</numerusform>
            <numerusform>Добавить %n членов</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation>Назначить главу</translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation>Снять главу</translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation>Назначить обязательство</translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation>Снять обязательство</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation>Тепловая карта согласованного статуса по главам</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Консенсуса пока нет</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>On a commitment list: set the status (the group&apos;s, or the consensus)</source>
        <translation>В списке обязательств: задать статус (группы или консенсуса)</translation>
    </message>
    <message>
        <source>Next or previous commitment</source>
        <translation>Следующее или предыдущее обязательство</translation>
    </message>
    <message>
        <source>Assessment: add a gap</source>
        <translation>Оценка: добавить пробел</translation>
    </message>
    <message>
        <source>Assessment: add a need answering the gap selected</source>
        <translation>Оценка: добавить потребность к выбранному пробелу</translation>
    </message>
    <message>
        <source>Consensus: take the status of the first, second... group</source>
        <translation>Консенсус: взять статус первой, второй… группы</translation>
    </message>
    <message>
        <source>Projector mode; Esc leaves it</source>
        <translation>Режим проектора; Esc — выход</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Отменить, повторить</translation>
    </message>
    <message>
        <source>New workshop, open, close, quit</source>
        <translation>Новый семинар, открыть, закрыть, выйти</translation>
    </message>
    <message>
        <source>In a table: remove the rows selected</source>
        <translation>В таблице: удалить выбранные строки</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Each group gives each of its commitments one status; the plenary agrees one for the workshop. Not applicable: the commitment does not concern the country. Not known: nobody in the room could say.</source>
        <translation>Каждая группа даёт каждому своему обязательству один статус; пленарное заседание согласует один статус для семинара. Неприменимо: обязательство не касается страны. Неизвестно: никто в зале не смог сказать.</translation>
    </message>
    <message>
        <source>The implementation scale</source>
        <translation>Шкала выполнения</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Руководство ведущего</translation>
    </message>
    <message>
        <source>Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 {pyside}.</source>
        <translation>Инструментарий семинара по наркополитике {version}. Каталог: {catalog}. PySide6 {pyside}.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation>Выберите язык интерфейса (его можно изменить позже в меню Вид &gt; Язык).</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>Файлы семинаров (*.workshop);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation>Семинар по наркополитике</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Уведомление о режиме только для чтения</translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation>Этапы семинара</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Новый семинар…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавний</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Открыть &amp;демонстрационный семинар</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation>Записать копию файла семинара, например на USB-накопитель</translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation>Сводные &amp;результаты (секретариат)…</translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation>Объединить пакеты обмена многих семинаров в один файл</translation>
    </message>
    <message>
        <source>Import a ministry &amp;review…</source>
        <translation>Импортировать &amp;отзыв министерства…</translation>
    </message>
    <message>
        <source>Read back a reviewed full results workbook: see what would change, then record the review</source>
        <translation>Прочитать проверенную книгу полных результатов: посмотреть, что изменится, затем записать отзыв</translation>
    </message>
    <message>
        <source>&amp;Give a group its copy…</source>
        <translation>&amp;Выдать группе копию…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop for one working group&apos;s laptop</source>
        <translation>Записать копию семинара для ноутбука одной рабочей группы</translation>
    </message>
    <message>
        <source>Co&amp;llect group work…</source>
        <translation>&amp;Собрать работу групп…</translation>
    </message>
    <message>
        <source>Bring the groups&apos; copies back: their changes are taken field by field, and where this file changed the same answer both are kept (you can also drop copies on the window)</source>
        <translation>Вернуть копии групп: их изменения переносятся поле за полем, а где этот файл изменил тот же ответ, сохраняются оба (копии можно также перетащить в окно)</translation>
    </message>
    <message>
        <source>Write the e&amp;xchange package…</source>
        <translation>Записать пакет о&amp;бмена…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat</source>
        <translation>Файл, который передаёт результаты семинара секретариату</translation>
    </message>
    <message>
        <source>Paper &amp;worksheets…</source>
        <translation>&amp;Бумажные рабочие листы…</translation>
    </message>
    <message>
        <source>Print worksheets for each working group, a sign-in sheet and the evaluation form, for a power cut or a room with one laptop</source>
        <translation>Напечатать рабочие листы для каждой рабочей группы, лист регистрации и анкету оценки — на случай отключения электричества или зала с одним ноутбуком</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Go back to one of the copies the app keeps automatically; the file as it is now is kept beside it</source>
        <translation>Вернуться к одной из копий, которые приложение делает автоматически; файл в нынешнем виде сохраняется рядом</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Режим &amp;проектора</translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation>Показывать по одному обязательству крупным шрифтом на весь экран (F5; Esc — выход)</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>&amp;Записи заседаний…</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s log of each day, kept in the file and in the full results workbook (Ctrl+L)</source>
        <translation>Записи докладчика за каждый день — в файле и в полной книге результатов (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Countdown…</source>
        <translation>&amp;Обратный отсчёт…</translation>
    </message>
    <message>
        <source>Time group work or a plenary round: the time left shows here and on the projector (Ctrl+T)</source>
        <translation>Засечь время работы в группах или круга обсуждения: оставшееся время видно здесь и на проекторе (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Обычный размер</translation>
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
        <source>Facilitator&apos;s &amp;guide</source>
        <translation>&amp;Руководство ведущего</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>The implementation &amp;scale</source>
        <translation>&amp;Шкала выполнения</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Нет недавних семинаров</translation>
    </message>
    <message>
        <source>{problem}

The newest good backup is revision {revision} of {time}. Restore it and open it? The file as it is now is kept beside it.</source>
        <translation>{problem}

Последняя исправная резервная копия — редакция {revision} от {time}. Восстановить её и открыть? Файл в нынешнем виде сохраняется рядом.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Revision {revision} was restored; the file as it was is kept as {name}.</source>
        <translation>Редакция {revision} восстановлена; прежний файл сохранён как {name}.</translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation>Открыть или создать сводный файл</translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation>Сводные файлы (*.consolidated);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation>{name} не является сводным файлом: выберите другое имя.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Открыть семинар</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Сохранить новый семинар как</translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation>Создание демонстрационного семинара…</translation>
    </message>
    <message>
        <source>The demo workshop was not built.</source>
        <translation>Демонстрационный семинар не был создан.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>Копия сохранена как {path}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Запись копии…</translation>
    </message>
    <message>
        <source>Import a ministry review</source>
        <translation>Импорт отзыва министерства</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The review by {reviewer} was recorded ({n} views and comments).</source>
        <translation>Отзыв {reviewer} записан (мнений и комментариев: {n}).</translation>
    </message>
    <message>
        <source>Reading the reviewed workbook…</source>
        <translation>Чтение проверенной книги…</translation>
    </message>
    <message>
        <source>The workshop has no working groups yet: add them on the Working groups page first.</source>
        <translation>В семинаре ещё нет рабочих групп: сначала добавьте их на странице «Рабочие группы».</translation>
    </message>
    <message>
        <source>Save the copy for {group} as</source>
        <translation>Сохранить копию для {group} как</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>Minutes (0 stops the countdown):</source>
        <translation>Минуты (0 — остановить отсчёт):</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Folder for the paper worksheets</source>
        <translation>Папка для бумажных рабочих листов</translation>
    </message>
    <message>
        <source>{n} worksheets written to {folder}</source>
        <translation>Записано листов: {n}, в {folder}</translation>
    </message>
    <message>
        <source>Writing the paper worksheets…</source>
        <translation>Запись бумажных рабочих листов…</translation>
    </message>
    <message>
        <source>Collect group work</source>
        <translation>Собрать работу групп</translation>
    </message>
    <message>
        <source>Group work collected</source>
        <translation>Работа групп собрана</translation>
    </message>
    <message>
        <source>This is the copy of {group} of the workshop “{title}”. Assess the group&apos;s commitments and name its gaps and needs; the rest is shown for reference and is changed in the facilitator&apos;s file, where this copy is collected (File &gt; Collect group work).</source>
        <translation>Это копия группы {group} семинара «{title}». Оцените обязательства группы и назовите её пробелы и потребности; остальное показано для справки и изменяется в файле ведущего, куда собирается эта копия («Файл &gt; Собрать работу групп»).</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation>{name} открыт только для чтения (файл или его папка недоступны для записи): его можно читать и показывать, но изменения нельзя сохранить. Чтобы работать с копией, выберите Файл &gt; Сохранить копию.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Только чтение: изменения нельзя сохранить</translation>
    </message>
    <message>
        <source>Not yet on the disk ({problem}): keep the app open; it tries again with the next change</source>
        <translation>Еще не на диске ({problem}): не закрывайте приложение; оно повторит попытку при следующем изменении</translation>
    </message>
    <message>
        <source>Saving… (revision {n})</source>
        <translation>Сохранение… (редакция {n})</translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation>Все изменения сохранены (редакция {n})</translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation>{title} — {country} — Семинар по наркополитике</translation>
    </message>
    <message>
        <source>Not saved: the file is no longer there</source>
        <translation>Не сохранено: файла больше нет на месте</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Открыть только для чтения?</translation>
    </message>
    <message>
        <source>{name} is open for writing in another window or program, so it is shown read-only here: changes cannot be saved in this window.</source>
        <translation>{name} открыт для записи в другом окне или программе, поэтому здесь он показан только для чтения: изменения в этом окне сохранить нельзя.</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only here, to read and present it?</source>
        <translation>{problem}

Открыть его здесь только для чтения, чтобы читать и показывать?</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Новый семинар</translation>
    </message>
    <message>
        <source>Next you choose where the workshop file goes (proposed: {folder}). It is one file: every change is saved to it at once, and backups are kept by the app.</source>
        <translation>Затем вы выберете, куда сохранить файл семинара (предлагается: {folder}). Это один файл: каждое изменение сохраняется в нём сразу, а приложение хранит резервные копии.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation>Национальный семинар по осуществлению</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Первый день</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>П&amp;оследний день</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Write the exchange package</source>
        <translation>Записать пакет обмена</translation>
    </message>
    <message>
        <source>The exchange package carries the workshop&apos;s results to the secretariat. Participants&apos; names and e-mails are left out unless you include them; the counts by institution, sector and sex stay.</source>
        <translation>Пакет обмена передаёт результаты семинара секретариату. Имена и адреса электронной почты участников не включаются, если вы их не добавите; подсчёты по учреждениям, секторам и полу сохраняются.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Без имён</translation>
    </message>
    <message>
        <source>Include names and e-mails</source>
        <translation>Включить имена и адреса</translation>
    </message>
    <message>
        <source>Save the exchange package as</source>
        <translation>Сохранить пакет обмена как</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>Пакеты обмена (*.zip)</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, with participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>Пакет обмена (ревизия {revision}, с именами участников) записан в {path}: отправьте этот файл секретариату.</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, without participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>Пакет обмена (ревизия {revision}, без имён участников) записан в {path}: отправьте этот файл секретариату.</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>Запись пакета обмена…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation>Учреждения и участники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation>Изменить учреждение</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation>Удалить учреждения</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>Эл. почта (необязательно)</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Удалить участников</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation>Вставить строки, скопированные из электронной таблицы: учреждение (название или сокращение), должность, пол, имя</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>Учреждение нового участника</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>Должность нового участника</translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation>Пол нового участника</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Имя нового участника</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation>Добавить участника (Enter в любом поле)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Учреждения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Участники&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Новое учреждение</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>Добавить учреждение</translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation>Сначала добавьте учреждение участника.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation>В строке {n} вставленного текста не указано учреждение: ничего не добавлено.</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation>В строке {n} вставленного текста указан пол {value}, которого нет среди: {choices}. Ничего не добавлено.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>Вставить %n участника</numerusform>
            <numerusform>Вставить %n участников</numerusform>
            <numerusform>Вставить %n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Режим проектора</translation>
    </message>
    <message>
        <source>Gaps, by rank</source>
        <translation>Пробелы по рангу</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} — arrows move, Esc leaves</source>
        <translation>{first}–{last} из {total} — стрелки листают, Esc — выход</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Консенсуса ещё нет</translation>
    </message>
    <message>
        <source>Commitments by chapter and agreed status — Esc leaves</source>
        <translation>Обязательства по главам и согласованному статусу — Esc — выход</translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation>Нет обязательств в охвате.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(ссылка ещё не проверена)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation>{n} из {total} — стрелки для перехода, Esc — выход</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation>1 — самое важное; оставьте пустым для пробелов без места</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Изменить пробел</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Удалить пробелы</translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation>Упорядочить по голосам</translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation>Пронумеровать пробелы 1, 2, 3... от большего числа голосов к меньшему</translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n пробел</numerusform>
            <numerusform>%n пробела</numerusform>
            <numerusform>%n пробелов</numerusform>
        </translation>
    </message>
    <message>
        <source>The commitment the gap is on:</source>
        <translation>Обязательство, к которому относится пробел:</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Новый пробел</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Добавить пробел</translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation>Упорядочить пробелы по голосам</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation>Добавить строку (Ctrl+N, когда таблица в фокусе)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Удалить выбранные строки (Delete)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} должно быть целым числом.</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Gap report (PDF)…</source>
        <translation>Отчёт о пробелах (PDF)…</translation>
    </message>
    <message>
        <source>Status and gaps (Excel)…</source>
        <translation>Статусы и пробелы (Excel)…</translation>
    </message>
    <message>
        <source>Technical-assistance report (PDF)…</source>
        <translation>Отчёт о технической помощи (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (Excel)…</source>
        <translation>Потребности в технической помощи (Excel)…</translation>
    </message>
    <message>
        <source>Full results workbook (Excel)…</source>
        <translation>Книга полных результатов (Excel)…</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>Сводный отчёт (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (PDF)…</source>
        <translation>Потребности в технической помощи (PDF)…</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Язык отчетов</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Язык семинара</translation>
    </message>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>&amp;Язык отчетов</translation>
    </message>
    <message>
        <source>List participants by name</source>
        <translation>Указать участников поименно</translation>
    </message>
    <message>
        <source>Add the list of participants with their names, institutions and roles to the gap report (PDF)</source>
        <translation>Добавить в отчет о пробелах (PDF) список участников с именами, учреждениями и ролями</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Отчёт записан в {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Отчёт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups of {name} (the open file is at revision {revision}). Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, so nothing is lost.</source>
        <translation>Резервные копии {name} (открытый файл в редакции {revision}). Восстановление ставит выбранную копию на место файла; файл в нынешнем виде сохраняется рядом под новым именем, так что ничего не теряется.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>No backup of this workshop has been made yet.</source>
        <translation>Резервных копий этого семинара ещё нет.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation>Согласованный статус по главам</translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation>Пробелы и потребности по приоритету</translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation>Потребности по видам помощи</translation>
    </message>
    <message>
        <source>Progress since the baseline</source>
        <translation>Прогресс с исходного уровня</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Улучшилось</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Ухудшилось</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Нет исходного уровня</translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation>Пробелы и потребности в технической помощи</translation>
    </message>
    <message>
        <source>Write the exchange package for the secretariat…</source>
        <translation>Записать пакет обмена для секретариата…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat (File &gt; Write the exchange package)</source>
        <translation>Файл, который передаёт результаты семинара секретариату («Файл &gt; Записать пакет обмена»)</translation>
    </message>
    <message>
        <source>Since {title} ({date}).</source>
        <translation>С момента: {title} ({date}).</translation>
    </message>
    <message>
        <source>Not compared (no place in this catalog version): {ids}.</source>
        <translation>Не сравниваются (нет места в этой версии каталога): {ids}.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation>{group}: оценённые обязательства</translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation>Пленарное заседание: обязательства с консенсусом</translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation>Пробелы: {gaps}   Потребности в технической помощи: {needs}   Меры: {actions}   Особые мнения: {dissents}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Ministry review: what would change</source>
        <translation>Отзыв министерства: что изменится</translation>
    </message>
    <message>
        <source>Review by {reviewer} of {date}, from the workbook {name} (written at revision {revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits outside the review columns are ignored and never applied.</source>
        <translation>Отзыв {reviewer} от {date} из книги {name} (записана в редакции {revision}): новых — {new}, изменённых — {changed}, без изменений — {unchanged}. Правки вне столбцов отзыва ({ignored}) игнорируются и никогда не применяются.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Мнение</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Reviews in the workbook</source>
        <translation>Мнения в книге</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Как экспортировано</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Why ignored</source>
        <translation>Почему игнорируется</translation>
    </message>
    <message>
        <source>Edits outside the review columns (ignored)</source>
        <translation>Правки вне столбцов отзыва (игнорируются)</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;Записать отзыв</translation>
    </message>
    <message>
        <source>Nothing new to record.</source>
        <translation>Нечего записывать.</translation>
    </message>
    <message>
        <source>Reviews ({n})</source>
        <translation>Мнения ({n})</translation>
    </message>
    <message>
        <source>Ignored edits ({n})</source>
        <translation>Игнорируемые правки ({n})</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Уже объединён</translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation>Заменил более старую редакцию</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation>Пакеты обмена (*.wspkg *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation>{name} — сводные результаты</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Добавить пакеты…</translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation>Объединить пакеты обмена в этот файл (файлы пакетов можно также перетащить на окно)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation>Итоги объединения</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation>Объединённые семинары</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Объединён</translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation>История объединений файла</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation>Заменённая редакция</translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation>Согласованный статус по главам, все семинары</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Семинары</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation>Пакеты ещё не объединены: добавьте пакеты, чтобы начать.</translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation>Семинаров: {workshops}, стран: {countries} в {name}.</translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation>Участники: {participants}   Пробелы: {gaps}   Потребности в технической помощи: {needs}   Меры: {actions}</translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation>Добавить пакеты обмена</translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation>Объединено пакетов: {applied} из {total}.</translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation>Остановлено после {done} пакетов; остальные не прочитаны.</translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation>Сводные результаты</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Объединение пакетов…</translation>
    </message>
</context>
<context>
    <name>SessionNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Записи заседаний</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Notes of the day</source>
        <translation>Записи за день</translation>
    </message>
    <message>
        <source>What was decided, who said what needs following up, what changed in the programme...</source>
        <translation>Что решено, что требует дальнейших действий и кто об этом сказал, что изменилось в программе…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>Write the session notes</source>
        <translation>Записать заметки заседания</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>Изменить место проведения</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Рабочий язык</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Изменить язык</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>&amp;Рабочий язык</translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation>Охватываемые документы (ничего не отмечено: все)</translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation>Охватываемые главы (ничего не отмечено: все)</translation>
    </message>
    <message>
        <source>Baseline (a follow-up workshop)</source>
        <translation>Исходный уровень (последующий семинар)</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>&amp;Исходный уровень…</translation>
    </message>
    <message>
        <source>An earlier workshop of the same country (its workshop file or exchange package): its agreed statuses and gaps are copied in, and progress is shown since. This cannot be undone; taking another baseline replaces it.</source>
        <translation>Более ранний семинар той же страны (его файл или пакет обмена): его согласованные статусы и пробелы копируются, и показывается прогресс с тех пор. Это нельзя отменить; новый исходный уровень заменяет прежний.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation>Обязательств в охвате: {n}</translation>
    </message>
    <message>
        <source>No baseline: this is a first workshop.</source>
        <translation>Исходного уровня нет: это первый семинар.</translation>
    </message>
    <message>
        <source>Baseline: {title}, {start} (revision {revision}).</source>
        <translation>Исходный уровень: {title}, {start} (ревизия {revision}).</translation>
    </message>
    <message>
        <source>The earlier workshop (workshop file or exchange package)</source>
        <translation>Более ранний семинар (файл семинара или пакет обмена)</translation>
    </message>
    <message>
        <source>Workshop files and exchange packages (*.workshop *.zip)</source>
        <translation>Файлы семинаров и пакеты обмена (*.workshop *.zip)</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Изменить страну</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>Изменить даты</translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation>Изменить охват</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Семинар по наркополитике&lt;/h2&gt;&lt;p&gt;Создайте семинар, откройте существующий или изучите демонстрационный.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Новый семинар…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>Создать новый файл семинара</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;Открыть семинар…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Открыть файл семинара</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Открыть &amp;демонстрационный семинар</translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation>Полный вымышленный семинар для ознакомления</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Недавние семинары</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label} (клавиша {key})</translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation>Этот семинар открыт только для чтения: изменения нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation>Непредвиденная ошибка ({kind}: {error}); сообщите о ней, указав, что вы делали.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
