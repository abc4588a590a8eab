<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation>日期（YYYY-MM-DD）或时间段</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>添加行动</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation>显示其评估的工作组</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation>现有措施(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation>证据和数据(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>编辑差距</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>删除差距</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>所需内容</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>时间框架</translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation>编辑需求</translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation>技术援助需求</translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation>删除需求</translation>
    </message>
    <message>
        <source>Add a gap (Ctrl+G)</source>
        <translation>添加差距（Ctrl+G）</translation>
    </message>
    <message>
        <source>Add a need, answering the gap selected (Ctrl+Shift+G)</source>
        <translation>添加一项需求，对应所选差距（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation>&lt;b&gt;差距&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;技术援助需求&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>工作组(&amp;G)</translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation>没有可显示的承诺：请在“工作组”页面为该组分配章节或承诺，或更改筛选条件。</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>（出处尚未核对）</translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation>将状态设为 {status}</translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>新差距</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>添加差距</translation>
    </message>
    <message>
        <source>The group marked this commitment not applicable: is the gap meant for it? (Edit &gt; Undo takes it back.)</source>
        <translation>该小组将此承诺标为不适用：这个差距确实属于它吗？（编辑 &gt; 撤销可将其撤回。）</translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation>添加技术援助需求</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation>按章节筛选</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>所有章节</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>按文件筛选</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation>按2019年挑战筛选</translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation>所有2019年挑战</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation>搜索出处、标题、摘要</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>搜索承诺</translation>
    </message>
    <message>
        <source>&amp;Move on after a status key</source>
        <translation>按状态键后转到下一项(&amp;M)</translation>
    </message>
    <message>
        <source>After 0-4, N or ? on the list, go to the next commitment: one key per commitment</source>
        <translation>在列表中按 0-4、N 或 ? 后转到下一项承诺：每项承诺只需一个键</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation>0-4、N 或 ? 设置状态；Ctrl+下 和 Ctrl+上（或 Page Down 和 Page Up）转到下一项或上一项承诺</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <source>A group&apos;s copy and this file changed the same answer: choose one on the consensus page.</source>
        <translation>某个小组的副本和本文件修改了同一个回答：请在共识页面上选择其一。</translation>
    </message>
    <message>
        <source>The groups&apos; statuses differ.</source>
        <translation>各小组的状态不一致。</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>Groups differ</source>
        <translation>小组意见不一</translation>
    </message>
    <message>
        <source>Not assessed by any group</source>
        <translation>没有小组评估</translation>
    </message>
    <message>
        <source>Has gaps</source>
        <translation>有差距</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>自基线以来有变化</translation>
    </message>
    <message>
        <source>Conflicts with a group&apos;s copy</source>
        <translation>与小组副本的冲突</translation>
    </message>
    <message>
        <source>The groups&apos; answers</source>
        <translation>各组的回答</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>The group&apos;s copy and this file both changed these since the copy was made: both values are kept until you choose one</source>
        <translation>自副本生成以来，小组副本和本文件都修改了这些内容：两个值都会保留，直到您选择其一</translation>
    </message>
    <message>
        <source>Take the selected group&apos;s status</source>
        <translation>采用所选小组的状态</translation>
    </message>
    <message>
        <source>The status of the group selected above becomes the consensus (Ctrl+1 for the first group, Ctrl+2 for the second...)</source>
        <translation>上方所选小组的状态成为共识（Ctrl+1 为第一个小组，Ctrl+2 为第二个……）</translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation>共识状态</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>不同意见(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;各组的回答&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation>没有可显示的承诺。</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>（出处尚未核对）</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; ({date}): {status}</source>
        <translation>&lt;b&gt;基线&lt;/b&gt;（{date}）：{status}</translation>
    </message>
    <message>
        <source>no status agreed</source>
        <translation>未商定状态</translation>
    </message>
    <message>
        <source>{group}, {what}: this file has {here}; the group&apos;s copy has {copy}.</source>
        <translation>{group}，{what}：本文件为 {here}；小组副本为 {copy}。</translation>
    </message>
    <message>
        <source>Keep this file&apos;s</source>
        <translation>保留本文件的</translation>
    </message>
    <message>
        <source>Take the group&apos;s</source>
        <translation>采用小组的</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Take the group&apos;s answer</source>
        <translation>采用小组的回答</translation>
    </message>
    <message>
        <source>Keep this file&apos;s answer</source>
        <translation>保留本文件的回答</translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation>商定状态 {status}</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>编辑共识</translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation>单击、空格或回车：空、参与、牵头</translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation>标记参与</translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation>标记牵头</translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation>清除地图中的一格</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation>协调图：各机构按章节</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation>输入国家名称的一部分进行搜索</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation>参与者（可选）</translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation>编辑回答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation>删除回答</translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation>本评价没有问题。</translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation>{n} 份回答，平均 {mean:.1f} 分（满分5分）</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n 份回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>添加回答</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation>说明和引导问题</translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation>显示或隐藏本练习定义中的内容</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <source>Give a group its copy</source>
        <translation>给小组一份副本</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Include participants&apos; names and e-mails</source>
        <translation>包含参与者的姓名和电子邮件</translation>
    </message>
    <message>
        <source>Left out by default: the group&apos;s laptop does not need them</source>
        <translation>默认不包含：小组的笔记本电脑不需要这些信息</translation>
    </message>
    <message>
        <source>The copy opens on the group&apos;s laptop like any workshop. The group assesses its commitments and names gaps and needs; the rest is shown read-only. Bring it back with File &gt; Collect group work.</source>
        <translation>副本在小组的笔记本电脑上像任何研讨会文件一样打开。小组评估其承诺并列出差距和需求；其余内容以只读方式显示。通过“文件 &gt; 收集小组工作”将其带回。</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>小组(&amp;G)</translation>
    </message>
</context>
<context>
    <name>GroupCopies</name>
    <message>
        <source>That working group is no longer in the workshop.</source>
        <translation>该工作组已不在本研讨会中。</translation>
    </message>
    <message>
        <source>The copy for {group} was written to {path}. Open it with the app on the group&apos;s laptop; bring it back with File &gt; Collect group work.</source>
        <translation>{group} 的副本已写入 {path}。请在小组的笔记本电脑上用本应用打开；通过“文件 &gt; 收集小组工作”将其带回。</translation>
    </message>
    <message>
        <source>Collect the work of {group}</source>
        <translation>收集 {group} 的工作</translation>
    </message>
    <message>
        <source>{name} was not collected (see the message before).</source>
        <translation>{name} 未被收集（见前一条消息）。</translation>
    </message>
    <message>
        <source>Both values are kept: the consensus page marks the commitments, and its status filter lists every conflict.</source>
        <translation>两个值都已保留：共识页面会标出相关承诺，其状态筛选器列出所有冲突。</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation>将参与者拖放到此处以加入工作组</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加工作组</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除工作组</translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation>删除该工作组及其评估（可撤销）</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>工作组名称</translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation>成员（勾选本组参与者）</translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation>勾选本组成员，或将参与者拖到左侧的其他工作组</translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation>本组评估的章节</translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation>要分配的承诺</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation>将这一单项承诺分配给本组</translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation>已分配的单项承诺</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation>单项承诺(&amp;C)</translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation>请先添加一个工作组。</translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation>本组评估 {n} 项承诺。</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>第{n}组</translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation>添加工作组</translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation>删除工作组</translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation>重命名工作组</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>移除成员</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>添加 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation>分配章节</translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation>取消分配章节</translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation>分配承诺</translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation>取消分配承诺</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation>各章节共识状态热图</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>尚无共识</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>On a commitment list: set the status (the group&apos;s, or the consensus)</source>
        <translation>在承诺列表中：设置状态（小组的或共识的）</translation>
    </message>
    <message>
        <source>Next or previous commitment</source>
        <translation>下一项或上一项承诺</translation>
    </message>
    <message>
        <source>Assessment: add a gap</source>
        <translation>评估：添加差距</translation>
    </message>
    <message>
        <source>Assessment: add a need answering the gap selected</source>
        <translation>评估：添加对应所选差距的需求</translation>
    </message>
    <message>
        <source>Consensus: take the status of the first, second... group</source>
        <translation>共识：采用第一个、第二个……小组的状态</translation>
    </message>
    <message>
        <source>Projector mode; Esc leaves it</source>
        <translation>投影模式；按 Esc 退出</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>撤销、重做</translation>
    </message>
    <message>
        <source>New workshop, open, close, quit</source>
        <translation>新建研讨会、打开、关闭、退出</translation>
    </message>
    <message>
        <source>In a table: remove the rows selected</source>
        <translation>在表格中：删除所选行</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Each group gives each of its commitments one status; the plenary agrees one for the workshop. Not applicable: the commitment does not concern the country. Not known: nobody in the room could say.</source>
        <translation>每个小组为其每项承诺给出一个状态；全体会议为研讨会商定一个状态。不适用：该承诺与本国无关。未知：会场中无人能够说明。</translation>
    </message>
    <message>
        <source>The implementation scale</source>
        <translation>实施程度等级</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>主持人指南</translation>
    </message>
    <message>
        <source>Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 {pyside}.</source>
        <translation>毒品政策研讨会工具包 {version}。目录：{catalog}。PySide6 {pyside}。</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation>请选择界面语言（以后可在“视图 &gt; 语言”中更改）。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>研讨会文件 (*.workshop);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation>毒品政策研讨会</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>只读提示</translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation>研讨会步骤</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>打开演示研讨会(&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation>写入研讨会文件的副本，例如写到U盘</translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation>汇总结果（秘书处）(&amp;R)…</translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation>将多个研讨会的交换包合并到一个文件</translation>
    </message>
    <message>
        <source>Import a ministry &amp;review…</source>
        <translation>导入部委审阅意见(&amp;R)…</translation>
    </message>
    <message>
        <source>Read back a reviewed full results workbook: see what would change, then record the review</source>
        <translation>读回经审阅的完整结果工作簿：查看将发生的变化，然后记录审阅意见</translation>
    </message>
    <message>
        <source>&amp;Give a group its copy…</source>
        <translation>给小组副本(&amp;G)…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop for one working group&apos;s laptop</source>
        <translation>为某个工作组的笔记本电脑写一份研讨会副本</translation>
    </message>
    <message>
        <source>Co&amp;llect group work…</source>
        <translation>收集小组工作(&amp;L)…</translation>
    </message>
    <message>
        <source>Bring the groups&apos; copies back: their changes are taken field by field, and where this file changed the same answer both are kept (you can also drop copies on the window)</source>
        <translation>带回各小组的副本：其修改逐字段采纳；若本文件修改了同一回答，则两者都保留（也可以把副本拖放到窗口上）</translation>
    </message>
    <message>
        <source>Write the e&amp;xchange package…</source>
        <translation>写出交换数据包(&amp;X)…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat</source>
        <translation>将研讨会结果送交秘书处的文件</translation>
    </message>
    <message>
        <source>Paper &amp;worksheets…</source>
        <translation>纸质工作表(&amp;W)…</translation>
    </message>
    <message>
        <source>Print worksheets for each working group, a sign-in sheet and the evaluation form, for a power cut or a room with one laptop</source>
        <translation>打印每个工作组的工作表、签到表和评估表，以备停电或会议室只有一台笔记本电脑时使用</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Go back to one of the copies the app keeps automatically; the file as it is now is kept beside it</source>
        <translation>恢复到应用自动保存的某个副本；当前文件会保留在旁边</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>投影模式(&amp;P)</translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation>全屏大字体逐项显示承诺（F5；Esc 退出）</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>会议记录(&amp;N)…</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s log of each day, kept in the file and in the full results workbook (Ctrl+L)</source>
        <translation>报告员每天的记录，保存在文件和完整结果工作簿中（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Countdown…</source>
        <translation>倒计时(&amp;C)…</translation>
    </message>
    <message>
        <source>Time group work or a plenary round: the time left shows here and on the projector (Ctrl+T)</source>
        <translation>为小组工作或一轮全体讨论计时：剩余时间显示在这里和投影上（Ctrl+T）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;guide</source>
        <translation>主持人指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The implementation &amp;scale</source>
        <translation>实施程度等级(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>没有最近的研讨会</translation>
    </message>
    <message>
        <source>{problem}

The newest good backup is revision {revision} of {time}. Restore it and open it? The file as it is now is kept beside it.</source>
        <translation>{problem}

最新的完好备份是 {time} 的修订 {revision}。要恢复并打开它吗？当前文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Revision {revision} was restored; the file as it was is kept as {name}.</source>
        <translation>已恢复修订 {revision}；原文件保留为 {name}。</translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation>打开或新建汇总文件</translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation>汇总文件 (*.consolidated);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation>{name} 不是汇总文件：请另选名称。</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>打开研讨会</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>请从列表中选择国家。</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>将新研讨会另存为</translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation>正在生成演示研讨会…</translation>
    </message>
    <message>
        <source>The demo workshop was not built.</source>
        <translation>未创建演示研讨会。</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>副本已保存为 {path}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>已取消复制；未写入任何内容。</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>正在写入副本…</translation>
    </message>
    <message>
        <source>Import a ministry review</source>
        <translation>导入部委审阅意见</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The review by {reviewer} was recorded ({n} views and comments).</source>
        <translation>已记录 {reviewer} 的审阅（{n} 条意见和评论）。</translation>
    </message>
    <message>
        <source>Reading the reviewed workbook…</source>
        <translation>正在读取已审阅的工作簿…</translation>
    </message>
    <message>
        <source>The workshop has no working groups yet: add them on the Working groups page first.</source>
        <translation>本研讨会还没有工作组：请先在“工作组”页面添加。</translation>
    </message>
    <message>
        <source>Save the copy for {group} as</source>
        <translation>将 {group} 的副本另存为</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Minutes (0 stops the countdown):</source>
        <translation>分钟（0 表示停止倒计时）：</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Folder for the paper worksheets</source>
        <translation>纸质工作表的文件夹</translation>
    </message>
    <message>
        <source>{n} worksheets written to {folder}</source>
        <translation>已将 {n} 份工作表写入 {folder}</translation>
    </message>
    <message>
        <source>Writing the paper worksheets…</source>
        <translation>正在写出纸质工作表…</translation>
    </message>
    <message>
        <source>Collect group work</source>
        <translation>收集小组工作</translation>
    </message>
    <message>
        <source>Group work collected</source>
        <translation>小组工作已收集</translation>
    </message>
    <message>
        <source>This is the copy of {group} of the workshop “{title}”. Assess the group&apos;s commitments and name its gaps and needs; the rest is shown for reference and is changed in the facilitator&apos;s file, where this copy is collected (File &gt; Collect group work).</source>
        <translation>这是研讨会“{title}”中 {group} 的副本。请评估该小组的承诺并列出其差距和需求；其余内容仅供参考，需在主持人的文件中修改，本副本将在那里被收集（文件 &gt; 收集小组工作）。</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation>{name} 以只读方式打开（文件或其文件夹不可写）：可以阅读和展示，但无法保存更改。请使用“文件 &gt; 保存副本”在副本上工作。</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>只读：无法保存更改</translation>
    </message>
    <message>
        <source>Not yet on the disk ({problem}): keep the app open; it tries again with the next change</source>
        <translation>尚未写入磁盘（{problem}）：请保持应用打开；下次更改时会再次尝试</translation>
    </message>
    <message>
        <source>Saving… (revision {n})</source>
        <translation>正在保存…（修订 {n}）</translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation>所有更改已保存（修订 {n}）</translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation>{title} — {country} — 毒品政策研讨会</translation>
    </message>
    <message>
        <source>Not saved: the file is no longer there</source>
        <translation>未保存：文件已不在原处</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>以只读方式打开？</translation>
    </message>
    <message>
        <source>{name} is open for writing in another window or program, so it is shown read-only here: changes cannot be saved in this window.</source>
        <translation>{name} 已在另一个窗口或程序中以写入方式打开，因此此处以只读方式显示：无法在此窗口中保存更改。</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only here, to read and present it?</source>
        <translation>{problem}

在此以只读方式打开，以便阅读和演示？</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <source>Next you choose where the workshop file goes (proposed: {folder}). It is one file: every change is saved to it at once, and backups are kept by the app.</source>
        <translation>接下来您将选择研讨会文件的保存位置（建议：{folder}）。它是一个文件：每处修改都会立即保存到其中，应用还会保留备份。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation>国家执行情况研讨会</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>第一天(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>最后一天(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Write the exchange package</source>
        <translation>写出交换数据包</translation>
    </message>
    <message>
        <source>The exchange package carries the workshop&apos;s results to the secretariat. Participants&apos; names and e-mails are left out unless you include them; the counts by institution, sector and sex stay.</source>
        <translation>交换数据包将研讨会结果送交秘书处。除非您选择包含，参与者的姓名和电子邮件不会被包含；按机构、部门和性别的统计数字会保留。</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>不含姓名</translation>
    </message>
    <message>
        <source>Include names and e-mails</source>
        <translation>包含姓名和电子邮件</translation>
    </message>
    <message>
        <source>Save the exchange package as</source>
        <translation>将交换数据包另存为</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>交换数据包 (*.zip)</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, with participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>交换数据包（修订版本 {revision}，含参与者姓名）已写入 {path}：请将此文件发送给秘书处。</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, without participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>交换数据包（修订版本 {revision}，不含参与者姓名）已写入 {path}：请将此文件发送给秘书处。</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>正在写出交换数据包…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation>机构和参与者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可选）</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>电子邮件（可选）</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>编辑参与者</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>删除参与者</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation>粘贴从电子表格复制的行：机构（名称或简称）、职务、性别、姓名</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>新参与者的机构</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>新参与者的职务</translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation>新参与者的性别</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>新参与者的姓名</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation>添加参与者（在任一字段按回车）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;机构&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;参与者&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation>请先添加参与者所属的机构。</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation>粘贴文本的第 {n} 行没有机构：未添加任何内容。</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation>粘贴文本的第 {n} 行的性别为 {value}，不属于：{choices}。未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>粘贴 %n 名参与者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>投影模式</translation>
    </message>
    <message>
        <source>Gaps, by rank</source>
        <translation>差距（按排名）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} — arrows move, Esc leaves</source>
        <translation>第 {first}–{last} 项，共 {total} 项 — 方向键翻页，Esc 退出</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>尚无共识</translation>
    </message>
    <message>
        <source>Commitments by chapter and agreed status — Esc leaves</source>
        <translation>按章节和商定状态统计的承诺 — Esc 退出</translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation>范围内没有承诺。</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>（出处尚未核对）</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation>{n} / {total} — 方向键切换，Esc 退出</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation>1 为最重要；未排名的差距留空</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>编辑差距</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>删除差距</translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation>按票数排名</translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation>按票数从多到少为差距编号 1、2、3……</translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n 项差距</numerusform>
        </translation>
    </message>
    <message>
        <source>The commitment the gap is on:</source>
        <translation>该差距所属的承诺：</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>新差距</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>添加差距</translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation>按票数为差距排名</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation>添加一行（表格获得焦点时按 Ctrl+N）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} 必须是整数。</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Gap report (PDF)…</source>
        <translation>差距报告（PDF）…</translation>
    </message>
    <message>
        <source>Status and gaps (Excel)…</source>
        <translation>状态和差距（Excel）…</translation>
    </message>
    <message>
        <source>Technical-assistance report (PDF)…</source>
        <translation>技术援助报告（PDF）…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (Excel)…</source>
        <translation>技术援助需求（Excel）…</translation>
    </message>
    <message>
        <source>Full results workbook (Excel)…</source>
        <translation>完整结果工作簿（Excel）…</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>汇总报告（PDF）…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (PDF)…</source>
        <translation>技术援助需求（PDF）…</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>研讨会的语言</translation>
    </message>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <source>List participants by name</source>
        <translation>列出参与者姓名</translation>
    </message>
    <message>
        <source>Add the list of participants with their names, institutions and roles to the gap report (PDF)</source>
        <translation>在差距报告（PDF）中加入参与者名单，包括姓名、机构和角色</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>已取消报告；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of {name} (the open file is at revision {revision}). Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, so nothing is lost.</source>
        <translation>{name} 的备份（打开的文件处于修订 {revision}）。恢复会用所选副本替换该文件；当前文件以新名称保留在旁边，因此不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>No backup of this workshop has been made yet.</source>
        <translation>此研讨会尚无备份。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation>各章节共识状态</translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation>按优先级的差距和需求</translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation>按援助类型的需求</translation>
    </message>
    <message>
        <source>Progress since the baseline</source>
        <translation>自基线以来的进展</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>退步</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>无基线</translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation>差距和技术援助需求</translation>
    </message>
    <message>
        <source>Write the exchange package for the secretariat…</source>
        <translation>写出给秘书处的交换数据包…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat (File &gt; Write the exchange package)</source>
        <translation>将研讨会结果送交秘书处的文件（文件 &gt; 写出交换数据包）</translation>
    </message>
    <message>
        <source>Since {title} ({date}).</source>
        <translation>自 {title}（{date}）以来。</translation>
    </message>
    <message>
        <source>Not compared (no place in this catalog version): {ids}.</source>
        <translation>未比较（在本目录版本中没有对应）：{ids}。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation>{group}：已评估的承诺</translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation>全体会议：已达成共识的承诺</translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation>差距：{gaps}   技术援助需求：{needs}   行动：{actions}   记录的不同意见：{dissents}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Ministry review: what would change</source>
        <translation>部委审阅：将发生的变化</translation>
    </message>
    <message>
        <source>Review by {reviewer} of {date}, from the workbook {name} (written at revision {revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits outside the review columns are ignored and never applied.</source>
        <translation>{reviewer} 于 {date} 的审阅，来自工作簿 {name}（写于修订 {revision}）：新增 {new}，更改 {changed}，未变 {unchanged}。审阅列以外的 {ignored} 处编辑被忽略，永不应用。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>View</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Reviews in the workbook</source>
        <translation>工作簿中的意见</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>导出时</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Why ignored</source>
        <translation>忽略原因</translation>
    </message>
    <message>
        <source>Edits outside the review columns (ignored)</source>
        <translation>审阅列以外的编辑（已忽略）</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>记录审阅意见(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing new to record.</source>
        <translation>没有新内容需要记录。</translation>
    </message>
    <message>
        <source>Reviews ({n})</source>
        <translation>意见（{n}）</translation>
    </message>
    <message>
        <source>Ignored edits ({n})</source>
        <translation>忽略的编辑（{n}）</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation>替换了较旧的修订</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation>交换包 (*.wspkg *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation>{name} — 汇总结果</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>添加交换包(&amp;A)…</translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation>将交换包合并到此文件（也可以把交换包文件拖到窗口上）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>交换包</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation>已合并的研讨会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation>文件的合并历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation>被替换的修订</translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation>各章节共识状态（所有研讨会）</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation>尚未合并任何交换包：请添加交换包。</translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation>{name} 中有来自 {countries} 个国家的 {workshops} 个研讨会。</translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation>参与者：{participants}   差距：{gaps}   技术援助需求：{needs}   行动：{actions}</translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation>添加交换包</translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation>已合并 {applied} / {total} 个交换包。</translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation>在 {done} 个交换包后停止；其余未读取。</translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation>汇总结果</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>正在合并交换包…</translation>
    </message>
</context>
<context>
    <name>SessionNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes of the day</source>
        <translation>当天记录</translation>
    </message>
    <message>
        <source>What was decided, who said what needs following up, what changed in the programme...</source>
        <translation>作出了哪些决定，哪些事项需要跟进、由谁提出，议程有何变化……</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Write the session notes</source>
        <translation>撰写会议记录</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>更改标题</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>更改地点</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>工作语言</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>更改语言</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>工作语言(&amp;W)</translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation>范围内的文件（均未勾选：全部）</translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation>范围内的章节（均未勾选：全部）</translation>
    </message>
    <message>
        <source>Baseline (a follow-up workshop)</source>
        <translation>基线（后续研讨会）</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>基线(&amp;B)…</translation>
    </message>
    <message>
        <source>An earlier workshop of the same country (its workshop file or exchange package): its agreed statuses and gaps are copied in, and progress is shown since. This cannot be undone; taking another baseline replaces it.</source>
        <translation>同一国家较早的研讨会（其研讨会文件或交换数据包）：复制其商定状态和差距，并显示此后的进展。此操作不能撤销；采用新的基线将替换原有基线。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation>范围内的承诺：{n}</translation>
    </message>
    <message>
        <source>No baseline: this is a first workshop.</source>
        <translation>无基线：这是首次研讨会。</translation>
    </message>
    <message>
        <source>Baseline: {title}, {start} (revision {revision}).</source>
        <translation>基线：{title}，{start}（修订版本 {revision}）。</translation>
    </message>
    <message>
        <source>The earlier workshop (workshop file or exchange package)</source>
        <translation>较早的研讨会（研讨会文件或交换数据包）</translation>
    </message>
    <message>
        <source>Workshop files and exchange packages (*.workshop *.zip)</source>
        <translation>研讨会文件和交换数据包 (*.workshop *.zip)</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>更改国家</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>更改日期</translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation>更改范围</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;毒品政策研讨会&lt;/h2&gt;&lt;p&gt;新建研讨会、打开研讨会，或浏览演示研讨会。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>新建研讨会文件</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>打开研讨会(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>打开研讨会文件</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>打开演示研讨会(&amp;D)</translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation>一个完整的虚构研讨会，供浏览</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>最近的研讨会</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label}（按键 {key}）</translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation>此研讨会以只读方式打开：无法保存更改。</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation>意外错误（{kind}：{error}）；请报告此错误并说明当时的操作。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
