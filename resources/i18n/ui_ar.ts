<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation>تاريخ (YYYY-MM-DD) أو فترة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>تعديل إجراء</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation>حذف إجراءات</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation>الفريق العامل</translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation>الفريق الذي يُعرض تقييمه</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation>التدابير ال&amp;قائمة</translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation>الأ&amp;دلة والبيانات</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>تعديل ثغرة</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>حذف ثغرات</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>ما المطلوب</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>الجهات المقدِّمة</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation>تعديل احتياج</translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation>احتياجات المساعدة التقنية</translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation>حذف احتياجات</translation>
    </message>
    <message>
        <source>Add a gap (Ctrl+G)</source>
        <translation>إضافة ثغرة (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add a need, answering the gap selected (Ctrl+Shift+G)</source>
        <translation>إضافة احتياج يستجيب للثغرة المحددة (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation>&lt;b&gt;الثغرات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;احتياجات المساعدة التقنية&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation>لا يوجد التزام للعرض: خصِّص فصولاً أو التزامات لهذا الفريق في صفحة الأفرقة العاملة، أو غيِّر عوامل التصفية.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(لم يُتحقق من المرجع بعد)</translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation>تعيين الحالة إلى {status}</translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation>تعديل التقييم</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>ثغرة جديدة</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>إضافة ثغرة</translation>
    </message>
    <message>
        <source>The group marked this commitment not applicable: is the gap meant for it? (Edit &gt; Undo takes it back.)</source>
        <translation>وضعت المجموعة على هذا الالتزام علامة «لا ينطبق»: هل الثغرة مقصودة له؟ (تحرير &gt; تراجع يلغيها.)</translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation>إضافة احتياج إلى المساعدة التقنية</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation>التصفية حسب الفصل</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>جميع الفصول</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>التصفية حسب الوثيقة</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>جميع الوثائق</translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation>التصفية حسب تحدي عام 2019</translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation>جميع تحديات عام 2019</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation>البحث في المرجع والعنوان والملخص</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>البحث في الالتزامات</translation>
    </message>
    <message>
        <source>&amp;Move on after a status key</source>
        <translation>الا&amp;نتقال إلى التالي بعد مفتاح الحالة</translation>
    </message>
    <message>
        <source>After 0-4, N or ? on the list, go to the next commitment: one key per commitment</source>
        <translation>بعد 0-4 أو N أو ? في القائمة، الانتقال إلى الالتزام التالي: مفتاح واحد لكل التزام</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation>0-4 أو N أو ? لتعيين الحالة؛ Ctrl+سهم لأسفل و Ctrl+سهم لأعلى (أو Page Down و Page Up) للانتقال إلى الالتزام التالي أو السابق</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <source>A group&apos;s copy and this file changed the same answer: choose one on the consensus page.</source>
        <translation>غيّرت نسخة إحدى المجموعات وهذا الملف الإجابة نفسها: اختر إحداهما في صفحة توافق الآراء.</translation>
    </message>
    <message>
        <source>The groups&apos; statuses differ.</source>
        <translation>تختلف حالات المجموعات.</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>Groups differ</source>
        <translation>المجموعات مختلفة</translation>
    </message>
    <message>
        <source>Not assessed by any group</source>
        <translation>لم تقيّمه أي مجموعة</translation>
    </message>
    <message>
        <source>Has gaps</source>
        <translation>فيه ثغرات</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>تغيّر منذ خط الأساس</translation>
    </message>
    <message>
        <source>Conflicts with a group&apos;s copy</source>
        <translation>تعارضات مع نسخة مجموعة</translation>
    </message>
    <message>
        <source>The groups&apos; answers</source>
        <translation>إجابات الأفرقة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <source>The group&apos;s copy and this file both changed these since the copy was made: both values are kept until you choose one</source>
        <translation>غيّرت نسخة المجموعة وهذا الملف هذه العناصر منذ إنشاء النسخة: تُحفظ القيمتان إلى أن تختار إحداهما</translation>
    </message>
    <message>
        <source>Take the selected group&apos;s status</source>
        <translation>اعتماد حالة المجموعة المحددة</translation>
    </message>
    <message>
        <source>The status of the group selected above becomes the consensus (Ctrl+1 for the first group, Ctrl+2 for the second...)</source>
        <translation>تصبح حالة المجموعة المحددة أعلاه هي التوافق (Ctrl+1 للمجموعة الأولى، وCtrl+2 للثانية…)</translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation>الحالة المتوافق عليها</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>الرأي المخالف</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>الرأي ال&amp;مخالف</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;إجابات الأفرقة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation>لا يوجد التزام للعرض.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(لم يُتحقق من المرجع بعد)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; ({date}): {status}</source>
        <translation>&lt;b&gt;خط الأساس&lt;/b&gt; ({date}): {status}</translation>
    </message>
    <message>
        <source>no status agreed</source>
        <translation>لم يُتفق على حالة</translation>
    </message>
    <message>
        <source>{group}, {what}: this file has {here}; the group&apos;s copy has {copy}.</source>
        <translation>{group}، {what}: في هذا الملف {here}؛ وفي نسخة المجموعة {copy}.</translation>
    </message>
    <message>
        <source>Keep this file&apos;s</source>
        <translation>الإبقاء على قيمة هذا الملف</translation>
    </message>
    <message>
        <source>Take the group&apos;s</source>
        <translation>اعتماد قيمة المجموعة</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>مقدمو المساعدة</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Take the group&apos;s answer</source>
        <translation>اعتماد إجابة المجموعة</translation>
    </message>
    <message>
        <source>Keep this file&apos;s answer</source>
        <translation>الإبقاء على إجابة هذا الملف</translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation>الاتفاق على الحالة {status}</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>تعديل التوافق</translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation>نقرة أو مسافة أو Enter: فارغ، يساهم، يقود</translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation>تحديد مساهمة</translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation>تحديد قيادة</translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation>مسح خانة من الخريطة</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation>خريطة التنسيق: المؤسسات حسب الفصل</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation>اكتب جزءاً من اسم البلد للبحث</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>الدرجة (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation>المشارك (اختياري)</translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation>تعديل إجابة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation>حذف إجابات</translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation>لا يتضمن هذا التقييم أسئلة.</translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation>{n} إجابة، بمتوسط {mean:.1f} من 5</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%n إجابات</numerusform>
            <numerusform>%n إجابة</numerusform>
            <numerusform>%n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>إضافة إجابة</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation>التعليمات والأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation>إظهار أو إخفاء ما ينص عليه تعريف هذا التمرين</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <source>Give a group its copy</source>
        <translation>إعطاء مجموعة نسختها</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>الفريق العامل</translation>
    </message>
    <message>
        <source>Include participants&apos; names and e-mails</source>
        <translation>تضمين أسماء المشاركين وعناوين بريدهم الإلكتروني</translation>
    </message>
    <message>
        <source>Left out by default: the group&apos;s laptop does not need them</source>
        <translation>مستبعدة افتراضيًا: لا يحتاج إليها حاسوب المجموعة</translation>
    </message>
    <message>
        <source>The copy opens on the group&apos;s laptop like any workshop. The group assesses its commitments and names gaps and needs; the rest is shown read-only. Bring it back with File &gt; Collect group work.</source>
        <translation>تُفتح النسخة على حاسوب المجموعة مثل أي حلقة عمل. تقيّم المجموعة التزاماتها وتحدد الثغرات والاحتياجات؛ ويُعرض الباقي للقراءة فقط. أعِدها عبر ملف &gt; جمع عمل المجموعات.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>ال&amp;مجموعة</translation>
    </message>
</context>
<context>
    <name>GroupCopies</name>
    <message>
        <source>That working group is no longer in the workshop.</source>
        <translation>لم يعد هذا الفريق العامل جزءًا من حلقة العمل.</translation>
    </message>
    <message>
        <source>The copy for {group} was written to {path}. Open it with the app on the group&apos;s laptop; bring it back with File &gt; Collect group work.</source>
        <translation>كُتبت نسخة {group} في {path}. افتحها بالتطبيق على حاسوب المجموعة؛ وأعِدها عبر ملف &gt; جمع عمل المجموعات.</translation>
    </message>
    <message>
        <source>Collect the work of {group}</source>
        <translation>جمع عمل {group}</translation>
    </message>
    <message>
        <source>{name} was not collected (see the message before).</source>
        <translation>لم يُجمع {name} (انظر الرسالة السابقة).</translation>
    </message>
    <message>
        <source>Both values are kept: the consensus page marks the commitments, and its status filter lists every conflict.</source>
        <translation>تُحفظ القيمتان: تضع صفحة توافق الآراء علامة على الالتزامات، ويعرض مرشح الحالة فيها كل تعارض.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>الأفرقة العاملة</translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation>أفلت المشاركين هنا لإضافتهم إلى فريق</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة فريق</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>حذف الفريق</translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation>حذف الفريق مع تقييماته (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation>الأعضاء (حدِّد مشاركي هذا الفريق)</translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation>حدِّد أعضاء هذا الفريق، أو اسحب المشاركين إلى فريق آخر في القائمة الجانبية</translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation>الفصول التي يقيِّمها هذا الفريق</translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation>الالتزام المراد تخصيصه</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>تخصيص</translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation>تخصيص هذا الالتزام المنفرد للفريق</translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation>الالتزامات المنفردة المخصصة</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>إلغاء التخصيص</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>الأ&amp;عضاء</translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation>الالتزامات ال&amp;منفردة</translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation>أضف فريقاً عاملاً للبدء.</translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation>يقيِّم هذا الفريق {n} التزاماً.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>الفريق {n}</translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation>إضافة فريق عامل</translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation>حذف فريق عامل</translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation>إعادة تسمية فريق عامل</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>إزالة عضو</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>إضافة %n عضو</numerusform>
            <numerusform>إضافة عضو واحد</numerusform>
            <numerusform>إضافة عضوين</numerusform>
            <numerusform>إضافة %n أعضاء</numerusform>
            <numerusform>إضافة %n عضواً</numerusform>
            <numerusform>إضافة %n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation>تخصيص فصل</translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation>إلغاء تخصيص فصل</translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation>تخصيص التزام</translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation>إلغاء تخصيص التزام</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation>خريطة حرارية للحالة المتوافق عليها حسب الفصل</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>لا توافق بعد</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>On a commitment list: set the status (the group&apos;s, or the consensus)</source>
        <translation>في قائمة الالتزامات: تحديد الحالة (حالة المجموعة أو التوافق)</translation>
    </message>
    <message>
        <source>Next or previous commitment</source>
        <translation>الالتزام التالي أو السابق</translation>
    </message>
    <message>
        <source>Assessment: add a gap</source>
        <translation>التقييم: إضافة ثغرة</translation>
    </message>
    <message>
        <source>Assessment: add a need answering the gap selected</source>
        <translation>التقييم: إضافة احتياج يستجيب للثغرة المحددة</translation>
    </message>
    <message>
        <source>Consensus: take the status of the first, second... group</source>
        <translation>التوافق: اعتماد حالة المجموعة الأولى أو الثانية…</translation>
    </message>
    <message>
        <source>Projector mode; Esc leaves it</source>
        <translation>وضع العرض؛ Esc للخروج منه</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>تراجع، إعادة</translation>
    </message>
    <message>
        <source>New workshop, open, close, quit</source>
        <translation>حلقة عمل جديدة، فتح، إغلاق، خروج</translation>
    </message>
    <message>
        <source>In a table: remove the rows selected</source>
        <translation>في جدول: حذف الصفوف المحددة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Each group gives each of its commitments one status; the plenary agrees one for the workshop. Not applicable: the commitment does not concern the country. Not known: nobody in the room could say.</source>
        <translation>تعطي كل مجموعة كل التزام من التزاماتها حالة واحدة؛ وتتفق الجلسة العامة على حالة واحدة لحلقة العمل. لا ينطبق: الالتزام لا يخص البلد. غير معروف: لم يستطع أحد في القاعة أن يحدد.</translation>
    </message>
    <message>
        <source>The implementation scale</source>
        <translation>مقياس التنفيذ</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>دليل الميسّر</translation>
    </message>
    <message>
        <source>Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 {pyside}.</source>
        <translation>أدوات حلقة العمل بشأن سياسات المخدرات {version}. الكتالوج: {catalog}. PySide6 {pyside}.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation>اختر لغة الواجهة (يمكنك تغييرها لاحقاً من عرض &gt; اللغة).</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>ملفات حلقات العمل (*.workshop);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation>حلقة عمل بشأن سياسات المخدرات</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>تنبيه القراءة فقط</translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation>مراحل حلقة العمل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>حلقة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>فتح حلقة العمل ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation>كتابة نسخة من ملف حلقة العمل، على ذاكرة USB مثلاً</translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation>ال&amp;نتائج الموحدة (الأمانة)…</translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation>دمج حزم التبادل لحلقات عمل عديدة في ملف واحد</translation>
    </message>
    <message>
        <source>Import a ministry &amp;review…</source>
        <translation>استيراد &amp;مراجعة وزارية…</translation>
    </message>
    <message>
        <source>Read back a reviewed full results workbook: see what would change, then record the review</source>
        <translation>قراءة مصنف نتائج كاملة تمت مراجعته: معرفة ما سيتغير، ثم تسجيل المراجعة</translation>
    </message>
    <message>
        <source>&amp;Give a group its copy…</source>
        <translation>إ&amp;عطاء مجموعة نسختها…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop for one working group&apos;s laptop</source>
        <translation>كتابة نسخة من حلقة العمل لحاسوب أحد الأفرقة العاملة</translation>
    </message>
    <message>
        <source>Co&amp;llect group work…</source>
        <translation>&amp;جمع عمل المجموعات…</translation>
    </message>
    <message>
        <source>Bring the groups&apos; copies back: their changes are taken field by field, and where this file changed the same answer both are kept (you can also drop copies on the window)</source>
        <translation>إعادة نسخ المجموعات: تؤخذ تغييراتها حقلًا حقلًا، وحيث غيّر هذا الملف الإجابة نفسها تُحفظ الإجابتان (يمكنك أيضًا إفلات النسخ على النافذة)</translation>
    </message>
    <message>
        <source>Write the e&amp;xchange package…</source>
        <translation>كتابة حزمة ال&amp;تبادل…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat</source>
        <translation>الملف الذي ينقل نتائج حلقة العمل إلى الأمانة</translation>
    </message>
    <message>
        <source>Paper &amp;worksheets…</source>
        <translation>أوراق العمل ال&amp;ورقية…</translation>
    </message>
    <message>
        <source>Print worksheets for each working group, a sign-in sheet and the evaluation form, for a power cut or a room with one laptop</source>
        <translation>طباعة أوراق العمل لكل فريق عامل وورقة التسجيل واستمارة التقييم، تحسبًا لانقطاع الكهرباء أو لقاعة فيها حاسوب واحد</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>الاستعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Go back to one of the copies the app keeps automatically; the file as it is now is kept beside it</source>
        <translation>العودة إلى إحدى النسخ التي يحتفظ بها التطبيق تلقائياً؛ يُحفظ الملف بحالته الحالية إلى جانبها</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>وضع ال&amp;عرض الضوئي</translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation>عرض التزام واحد في كل مرة بخط كبير وبملء الشاشة (F5؛ Esc للخروج)</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>&amp;ملاحظات الجلسات…</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s log of each day, kept in the file and in the full results workbook (Ctrl+L)</source>
        <translation>سجل المقرر لكل يوم، محفوظ في الملف وفي مصنف النتائج الكامل (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Countdown…</source>
        <translation>ال&amp;عد التنازلي…</translation>
    </message>
    <message>
        <source>Time group work or a plenary round: the time left shows here and on the projector (Ctrl+T)</source>
        <translation>توقيت عمل المجموعات أو جولة في الجلسة العامة: يظهر الوقت المتبقي هنا وعلى جهاز العرض (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;guide</source>
        <translation>&amp;دليل الميسّر</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>The implementation &amp;scale</source>
        <translation>م&amp;قياس التنفيذ</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>حلقة العمل</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>لا توجد حلقات عمل حديثة</translation>
    </message>
    <message>
        <source>{problem}

The newest good backup is revision {revision} of {time}. Restore it and open it? The file as it is now is kept beside it.</source>
        <translation>{problem}

أحدث نسخة احتياطية سليمة هي المراجعة {revision} بتاريخ {time}. هل تريد استعادتها وفتحها؟ يُحفظ الملف بحالته الحالية إلى جانبها.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Revision {revision} was restored; the file as it was is kept as {name}.</source>
        <translation>استُعيدت المراجعة {revision}؛ وحُفظ الملف كما كان باسم {name}.</translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation>فتح ملف موحد أو إنشاؤه</translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation>الملفات الموحدة (*.consolidated);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation>{name} ليس ملفاً موحداً: اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>فتح حلقة عمل</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>اختر البلد من القائمة.</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>حفظ حلقة العمل الجديدة باسم</translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation>جارٍ إنشاء حلقة العمل التجريبية…</translation>
    </message>
    <message>
        <source>The demo workshop was not built.</source>
        <translation>لم تُنشأ حلقة العمل التجريبية.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>حُفظت نسخة باسم {path}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>أُلغي النسخ؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>جارٍ كتابة النسخة…</translation>
    </message>
    <message>
        <source>Import a ministry review</source>
        <translation>استيراد مراجعة وزارية</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The review by {reviewer} was recorded ({n} views and comments).</source>
        <translation>سُجلت مراجعة {reviewer} ({n} رأياً وتعليقاً).</translation>
    </message>
    <message>
        <source>Reading the reviewed workbook…</source>
        <translation>جارٍ قراءة المصنف المُراجَع…</translation>
    </message>
    <message>
        <source>The workshop has no working groups yet: add them on the Working groups page first.</source>
        <translation>لا توجد أفرقة عاملة في حلقة العمل بعد: أضفها أولًا في صفحة الأفرقة العاملة.</translation>
    </message>
    <message>
        <source>Save the copy for {group} as</source>
        <translation>حفظ نسخة {group} باسم</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>Minutes (0 stops the countdown):</source>
        <translation>الدقائق (0 يوقف العد التنازلي):</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Folder for the paper worksheets</source>
        <translation>مجلد أوراق العمل الورقية</translation>
    </message>
    <message>
        <source>{n} worksheets written to {folder}</source>
        <translation>كُتبت {n} أوراق عمل في {folder}</translation>
    </message>
    <message>
        <source>Writing the paper worksheets…</source>
        <translation>جارٍ كتابة أوراق العمل الورقية…</translation>
    </message>
    <message>
        <source>Collect group work</source>
        <translation>جمع عمل المجموعات</translation>
    </message>
    <message>
        <source>Group work collected</source>
        <translation>جُمع عمل المجموعات</translation>
    </message>
    <message>
        <source>This is the copy of {group} of the workshop “{title}”. Assess the group&apos;s commitments and name its gaps and needs; the rest is shown for reference and is changed in the facilitator&apos;s file, where this copy is collected (File &gt; Collect group work).</source>
        <translation>هذه نسخة {group} من حلقة العمل «{title}». قيّم التزامات المجموعة وحدد ثغراتها واحتياجاتها؛ ويُعرض الباقي للاطلاع ويُغيَّر في ملف الميسّر، حيث تُجمع هذه النسخة (ملف &gt; جمع عمل المجموعات).</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation>{name} مفتوح للقراءة فقط (لا يمكن الكتابة في الملف أو مجلده): يمكنك قراءته وعرضه، لكن لا يمكن حفظ التغييرات. استخدم ملف &gt; حفظ نسخة للعمل على نسخة.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>قراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <source>Not yet on the disk ({problem}): keep the app open; it tries again with the next change</source>
        <translation>لم تُكتب على القرص بعد ({problem}): أبقِ التطبيق مفتوحاً؛ سيحاول مجدداً مع التغيير التالي</translation>
    </message>
    <message>
        <source>Saving… (revision {n})</source>
        <translation>جارٍ الحفظ… (المراجعة {n})</translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation>حُفظت جميع التغييرات (المراجعة {n})</translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation>{title} — {country} — حلقة عمل بشأن سياسات المخدرات</translation>
    </message>
    <message>
        <source>Not saved: the file is no longer there</source>
        <translation>غير محفوظ: لم يعد الملف موجودًا</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>فتح للقراءة فقط؟</translation>
    </message>
    <message>
        <source>{name} is open for writing in another window or program, so it is shown read-only here: changes cannot be saved in this window.</source>
        <translation>{name} مفتوح للكتابة في نافذة أو برنامج آخر، لذا يُعرض هنا للقراءة فقط: لا يمكن حفظ التغييرات في هذه النافذة.</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only here, to read and present it?</source>
        <translation>{problem}

هل تريد فتحه هنا للقراءة فقط، لقراءته وعرضه؟</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>حلقة عمل جديدة</translation>
    </message>
    <message>
        <source>Next you choose where the workshop file goes (proposed: {folder}). It is one file: every change is saved to it at once, and backups are kept by the app.</source>
        <translation>ستختار بعد ذلك مكان حفظ ملف حلقة العمل (المقترح: {folder}). إنه ملف واحد: يُحفظ فيه كل تغيير فورًا، ويحتفظ التطبيق بنسخ احتياطية.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation>حلقة عمل وطنية بشأن التنفيذ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>اليوم الأ&amp;ول</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>اليوم الأ&amp;خير</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Write the exchange package</source>
        <translation>كتابة حزمة التبادل</translation>
    </message>
    <message>
        <source>The exchange package carries the workshop&apos;s results to the secretariat. Participants&apos; names and e-mails are left out unless you include them; the counts by institution, sector and sex stay.</source>
        <translation>تنقل حزمة التبادل نتائج حلقة العمل إلى الأمانة. تُستبعد أسماء المشاركين وعناوين بريدهم الإلكتروني ما لم تُضمّنها؛ وتبقى الأعداد حسب المؤسسة والقطاع والجنس.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>بدون أسماء</translation>
    </message>
    <message>
        <source>Include names and e-mails</source>
        <translation>تضمين الأسماء والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Save the exchange package as</source>
        <translation>حفظ حزمة التبادل باسم</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>حزم التبادل (*.zip)</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, with participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>كُتبت حزمة التبادل (المراجعة {revision}، مع أسماء المشاركين) في {path}: أرسل هذا الملف إلى الأمانة.</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, without participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>كُتبت حزمة التبادل (المراجعة {revision}، بدون أسماء المشاركين) في {path}: أرسل هذا الملف إلى الأمانة.</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>جارٍ كتابة حزمة التبادل…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation>المؤسسات والمشاركون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation>تعديل مؤسسة</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation>حذف مؤسسات</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>تعديل مشارك</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>حذف مشاركين</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>لصق صفوف</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation>لصق صفوف منسوخة من جدول بيانات: المؤسسة (الاسم أو الاسم المختصر)، الصفة، الجنس، الاسم</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>مؤسسة المشارك الجديد</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>صفة المشارك الجديد</translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation>جنس المشارك الجديد</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>اسم المشارك الجديد</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة المشارك</translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation>إضافة المشارك (Enter في أي حقل)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;المؤسسات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;المشاركون&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>إضافة مؤسسة</translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation>أضف مؤسسة المشارك أولاً.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation>الصف {n} من النص الملصق لا يذكر أي مؤسسة: لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation>الصف {n} من النص الملصق يذكر الجنس {value}، وهو ليس من بين: {choices}. لم يُضف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>لصق %n مشارك</numerusform>
            <numerusform>لصق مشارك واحد</numerusform>
            <numerusform>لصق مشاركَين</numerusform>
            <numerusform>لصق %n مشاركين</numerusform>
            <numerusform>لصق %n مشاركاً</numerusform>
            <numerusform>لصق %n مشارك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>العرض الضوئي</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>وضع العرض الضوئي</translation>
    </message>
    <message>
        <source>Gaps, by rank</source>
        <translation>الثغرات حسب الترتيب</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} — arrows move, Esc leaves</source>
        <translation>{first}–{last} من {total} — الأسهم للتنقل، Esc للخروج</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>لا توافق بعد</translation>
    </message>
    <message>
        <source>Commitments by chapter and agreed status — Esc leaves</source>
        <translation>الالتزامات حسب الفصل والحالة المتفق عليها — Esc للخروج</translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation>لا يوجد التزام في النطاق.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(لم يُتحقق من المرجع بعد)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation>{n} من {total} — الأسهم للتنقل، Esc للخروج</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation>1 هو الأهم؛ اتركه فارغاً للثغرات غير المرتبة</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>تعديل ثغرة</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>حذف ثغرات</translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation>الترتيب حسب الأصوات</translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation>ترقيم الثغرات 1، 2، 3... من الأكثر أصواتاً إلى الأقل</translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>لا ثغرات</numerusform>
            <numerusform>ثغرة واحدة</numerusform>
            <numerusform>ثغرتان</numerusform>
            <numerusform>%n ثغرات</numerusform>
            <numerusform>%n ثغرة</numerusform>
            <numerusform>%n ثغرة</numerusform>
        </translation>
    </message>
    <message>
        <source>The commitment the gap is on:</source>
        <translation>الالتزام الذي تخصه الثغرة:</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>ثغرة جديدة</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>إضافة ثغرة</translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation>ترتيب الثغرات حسب الأصوات</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation>إضافة صف (Ctrl+N عندما يكون التركيز على الجدول)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>حذف الصفوف المحددة (Delete)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>يجب أن يكون {field} عدداً صحيحاً.</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Gap report (PDF)…</source>
        <translation>تقرير الثغرات (PDF)…</translation>
    </message>
    <message>
        <source>Status and gaps (Excel)…</source>
        <translation>الحالات والثغرات (Excel)…</translation>
    </message>
    <message>
        <source>Technical-assistance report (PDF)…</source>
        <translation>تقرير المساعدة التقنية (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (Excel)…</source>
        <translation>احتياجات المساعدة التقنية (Excel)…</translation>
    </message>
    <message>
        <source>Full results workbook (Excel)…</source>
        <translation>مصنف النتائج الكاملة (Excel)…</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>التقرير الموحد (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (PDF)…</source>
        <translation>احتياجات المساعدة التقنية (PDF)…</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>لغة حلقة العمل</translation>
    </message>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>&amp;لغة التقارير</translation>
    </message>
    <message>
        <source>List participants by name</source>
        <translation>إدراج المشاركين بأسمائهم</translation>
    </message>
    <message>
        <source>Add the list of participants with their names, institutions and roles to the gap report (PDF)</source>
        <translation>إضافة قائمة المشاركين بأسمائهم ومؤسساتهم وأدوارهم إلى تقرير الثغرات (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>كُتب التقرير في {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>أُلغي التقرير؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups of {name} (the open file is at revision {revision}). Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, so nothing is lost.</source>
        <translation>النسخ الاحتياطية لـ {name} (الملف المفتوح عند المراجعة {revision}). تضع الاستعادة النسخة المختارة مكان الملف؛ ويُحفظ الملف بحالته الحالية إلى جانبها باسم جديد، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} كيلوبايت</translation>
    </message>
    <message>
        <source>No backup of this workshop has been made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية لحلقة العمل هذه بعد.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation>الحالة المتوافق عليها حسب الفصل</translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation>الثغرات والاحتياجات حسب الأولوية</translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation>الاحتياجات حسب نوع المساعدة</translation>
    </message>
    <message>
        <source>Progress since the baseline</source>
        <translation>التقدم منذ خط الأساس</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>لم يتغير</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>بدون خط أساس</translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation>الثغرات واحتياجات المساعدة التقنية</translation>
    </message>
    <message>
        <source>Write the exchange package for the secretariat…</source>
        <translation>كتابة حزمة التبادل للأمانة…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat (File &gt; Write the exchange package)</source>
        <translation>الملف الذي ينقل نتائج حلقة العمل إلى الأمانة (ملف &gt; كتابة حزمة التبادل)</translation>
    </message>
    <message>
        <source>Since {title} ({date}).</source>
        <translation>منذ {title} ({date}).</translation>
    </message>
    <message>
        <source>Not compared (no place in this catalog version): {ids}.</source>
        <translation>لم تُقارَن (ليس لها مكان في هذا الإصدار من الفهرس): {ids}.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation>{group}: الالتزامات المقيَّمة</translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation>الجلسة العامة: الالتزامات التي تم التوافق عليها</translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation>الثغرات: {gaps}   احتياجات المساعدة التقنية: {needs}   الإجراءات: {actions}   الآراء المخالفة المسجلة: {dissents}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Ministry review: what would change</source>
        <translation>المراجعة الوزارية: ما سيتغير</translation>
    </message>
    <message>
        <source>Review by {reviewer} of {date}, from the workbook {name} (written at revision {revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits outside the review columns are ignored and never applied.</source>
        <translation>مراجعة {reviewer} بتاريخ {date}، من المصنف {name} (المكتوب عند المراجعة {revision}): {new} جديدة، {changed} معدلة، {unchanged} دون تغيير. {ignored} تعديلاً خارج أعمدة المراجعة يُتجاهل ولا يُطبَّق أبداً.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>View</source>
        <translation>الرأي</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Reviews in the workbook</source>
        <translation>الآراء في المصنف</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>كما صُدِّر</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>ما وُجد</translation>
    </message>
    <message>
        <source>Why ignored</source>
        <translation>سبب التجاهل</translation>
    </message>
    <message>
        <source>Edits outside the review columns (ignored)</source>
        <translation>تعديلات خارج أعمدة المراجعة (متجاهَلة)</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;تسجيل المراجعة</translation>
    </message>
    <message>
        <source>Nothing new to record.</source>
        <translation>لا جديد للتسجيل.</translation>
    </message>
    <message>
        <source>Reviews ({n})</source>
        <translation>الآراء ({n})</translation>
    </message>
    <message>
        <source>Ignored edits ({n})</source>
        <translation>التعديلات المتجاهَلة ({n})</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>مدمجة من قبل</translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation>حلّت محل مراجعة أقدم</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation>حزم التبادل (*.wspkg *.zip);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation>{name} — النتائج الموحدة</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>إ&amp;ضافة حزم…</translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation>دمج حزم التبادل في هذا الملف (يمكنك أيضاً سحب ملفات الحزم إلى النافذة)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation>نتائج الدمج</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation>حلقات العمل المدمجة</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>حلقة العمل</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation>سجل عمليات الدمج في الملف</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation>المراجعة المستبدلة</translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation>الحالة المتوافق عليها حسب الفصل، جميع حلقات العمل</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>حلقات العمل</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation>لم تُدمج أي حزمة بعد: أضف حزماً للبدء.</translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation>{workshops} حلقة عمل من {countries} بلداً في {name}.</translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation>المشاركون: {participants}   الثغرات: {gaps}   احتياجات المساعدة التقنية: {needs}   الإجراءات: {actions}</translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation>إضافة حزم تبادل</translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation>دُمجت {applied} من {total} حزمة.</translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation>توقف بعد {done} حزمة؛ لم تُقرأ البقية.</translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation>النتائج الموحدة</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>جارٍ دمج الحزم…</translation>
    </message>
</context>
<context>
    <name>SessionNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>ملاحظات الجلسات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Notes of the day</source>
        <translation>ملاحظات اليوم</translation>
    </message>
    <message>
        <source>What was decided, who said what needs following up, what changed in the programme...</source>
        <translation>ما تقرر، وما يحتاج إلى متابعة ومن قاله، وما تغيّر في البرنامج…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Write the session notes</source>
        <translation>كتابة ملاحظات الجلسة</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>تغيير المكان</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>لغة العمل</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>&amp;لغة العمل</translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation>الوثائق المشمولة (عدم تحديد أي منها: الكل)</translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation>الفصول المشمولة (عدم تحديد أي منها: الكل)</translation>
    </message>
    <message>
        <source>Baseline (a follow-up workshop)</source>
        <translation>خط الأساس (حلقة عمل متابعة)</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>&amp;خط الأساس…</translation>
    </message>
    <message>
        <source>An earlier workshop of the same country (its workshop file or exchange package): its agreed statuses and gaps are copied in, and progress is shown since. This cannot be undone; taking another baseline replaces it.</source>
        <translation>حلقة عمل سابقة للبلد نفسه (ملفها أو حزمة تبادلها): تُنسخ حالاتها المتفق عليها وثغراتها، ويُعرض التقدم منذئذ. لا يمكن التراجع عن ذلك؛ واتخاذ خط أساس آخر يحل محله.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation>الالتزامات المشمولة: {n}</translation>
    </message>
    <message>
        <source>No baseline: this is a first workshop.</source>
        <translation>لا خط أساس: هذه حلقة عمل أولى.</translation>
    </message>
    <message>
        <source>Baseline: {title}, {start} (revision {revision}).</source>
        <translation>خط الأساس: {title}، {start} (المراجعة {revision}).</translation>
    </message>
    <message>
        <source>The earlier workshop (workshop file or exchange package)</source>
        <translation>حلقة العمل السابقة (ملف حلقة عمل أو حزمة تبادل)</translation>
    </message>
    <message>
        <source>Workshop files and exchange packages (*.workshop *.zip)</source>
        <translation>ملفات حلقات العمل وحزم التبادل (*.workshop *.zip)</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>تغيير البلد</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>تغيير التواريخ</translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation>تغيير النطاق</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;حلقة عمل بشأن سياسات المخدرات&lt;/h2&gt;&lt;p&gt;أنشئ حلقة عمل، أو افتح واحدة، أو استكشف حلقة العمل التجريبية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>حلقة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>إنشاء ملف حلقة عمل جديد</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;فتح حلقة عمل…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>فتح ملف حلقة عمل</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>فتح حلقة العمل ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation>حلقة عمل خيالية كاملة للاستكشاف</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>حلقات العمل الحديثة</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label} (المفتاح {key})</translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation>حلقة العمل هذه مفتوحة للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation>خطأ غير متوقع ({kind}: {error})؛ يُرجى الإبلاغ عنه مع ذكر ما كنت تفعله.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
