<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="184" />
            <source>Type or scan a phone number, its last 4 digits and the name, an order no, a tracking no or a customer name, then press Enter.</source>
            <translation>输入或扫描电话号码、尾号4位加姓名、订单号、运单号或客户姓名，然后按回车。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="218" />
            <source>Re&amp;veal</source>
            <translation>查看完整(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="221" />
            <source>Show the full phone numbers and addresses. Every reveal is audited.</source>
            <translation>显示完整电话和地址。每次查看都会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="237" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="238" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="239" />
            <source>Shop / buyer:</source>
            <translation>店铺 / 买家：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="240" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="241" />
            <source>Lifetime:</source>
            <translation>累计：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="245" />
            <source>&amp;New ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="247" />
            <source>New ticket for this customer (Ctrl+N)</source>
            <translation>为该客户新建工单 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="249" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="254" />
            <source>&amp;Merge duplicate…</source>
            <translation>合并重复客户(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="278" />
            <source>◀ Newer</source>
            <translation>◀ 较新</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="279" />
            <source>Older ▶</source>
            <translation>更早 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="287" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="292" />
            <source>Shipments</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="299" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="303" />
            <source>After-sales cases (returns, exchanges, resends) and refunds will be listed here. They arrive with the after-sales module; none can be recorded yet.</source>
            <translation>售后单（退货、换货、补发）和退款将在此列出。该功能随售后模块上线，目前尚不能登记。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="312" />
            <source>Cases &amp;&amp; refunds</source>
            <translation>售后与退款</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="316" />
            <source>Phones &amp;&amp; addresses used</source>
            <translation>用过的电话与地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="360" />
            <source>Blacklisted: %1</source>
            <translation>黑名单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="363" />
            <source>Remove from &amp;blacklist…</source>
            <translation>移出黑名单(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="363" />
            <source>&amp;Blacklist…</source>
            <translation>加入黑名单(&amp;B)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="372" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="373" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>已取消 %n 单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="374" />
            <source>spend %1</source>
            <translation>消费 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="378" />
            <source>refunded %1</source>
            <translation>已退款 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="379" />
            <source>%n return(s)</source>
            <translation>
                <numerusform>售后 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="381" />
            <source>customer since %1</source>
            <translation>首单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="386" />
            <source>Tickets (%1)</source>
            <translation>工单 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="387" />
            <source>Shipments (%1)</source>
            <translation>发货 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="404" />
            <source>Phone: %1</source>
            <translation>电话：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="406" />
            <source>Address: %1</source>
            <translation>地址：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="413" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 条，共 %3 条</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="419" />
            <source>No orders yet</source>
            <translation>暂无订单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="422" />
            <source>Orders (%1)</source>
            <translation>订单 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="490" />
            <source>Blacklist</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="491" />
            <source>Take %1 off the blacklist? Their orders are no longer flagged.</source>
            <translation>将 %1 移出黑名单？其订单将不再被标记。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="500" />
            <source>Blacklist %1</source>
            <translation>将 %1 加入黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="504" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="505" />
            <source>&amp;Blacklist</source>
            <translation>加入黑名单(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="531" />
            <source>Merge customers</source>
            <translation>合并客户</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../ui/login.py" line="185" />
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="186" />
            <source>Password for %1:</source>
            <translation>%1 的密码：</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/login.py" line="119" />
            <source>Welcome to Kuaidan</source>
            <translation>欢迎使用快单</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="126" />
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>此数据库还没有用户。请创建管理员账号，之后由管理员为其他人创建账号。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="138" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="139" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="140" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="141" />
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/login.py" line="159" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密码至少需要 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="163" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="19" />
            <source>Inventory — stock levels, receiving, transfers and stock-takes — is being built.</source>
            <translation>库存（库存量、入库、调拨和盘点）正在建设中。</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="69" />
            <source>Enter your password to continue.</source>
            <translation>请输入密码以继续。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="75" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="77" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="91" />
            <source>Locked — %1</source>
            <translation>已锁定 — %1</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="41" />
            <source>Kuaidan 快单</source>
            <translation>快单 Kuaidan</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="63" />
            <source>Log in — Kuaidan</source>
            <translation>登录 — 快单</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="66" />
            <source>Order-processing workstation</source>
            <translation>订单处理工作台</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="73" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="74" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="81" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="88" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="96" />
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="18" />
            <source>Logistics — picking, packing, labels and tracking — is being built.</source>
            <translation>物流（拣货、打包、面单和物流跟踪）正在建设中。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="47" />
            <source>Kuaidan 快单 — %1</source>
            <translation>快单 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>&amp;Session</source>
            <translation>会话(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="85" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="98" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="99" />
            <source>&amp;About Kuaidan</source>
            <translation>关于快单(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="106" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="108" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="109" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="116" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Account locked</source>
            <translation>账号已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>About Kuaidan</source>
            <translation>关于快单</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="217" />
            <source>&lt;h3&gt;Kuaidan 快单 %1&lt;/h3&gt;&lt;p&gt;Order-processing workstation for online shops: import, review, stock, picking, packing, labels, tracking and after-sales.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;快单 Kuaidan %1&lt;/h3&gt;&lt;p&gt;网店订单处理工作台：导入、审单、库存、拣货、打包、面单、物流跟踪和售后。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="229" />
            <source>Background work is running</source>
            <translation>后台任务正在运行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="230" />
            <source>Stop the running work and close? Finished items are kept.</source>
            <translation>停止正在运行的任务并关闭？已完成的部分会保留。</translation>
        </message>
    </context>
    <context>
        <name>MaintenancePage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="348" />
            <source>&amp;Check database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="350" />
            <source>&amp;Verify audit log</source>
            <translation>校验审计日志(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="370" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="379" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>发现 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="388" />
            <source>Checking the database</source>
            <translation>正在检查数据库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="402" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="406" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>审计链已被破坏：%1</translation>
        </message>
    </context>
    <context>
        <name>NewTicketDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="86" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="89" />
            <source>(no customer)</source>
            <translation>（无客户）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="91" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="107" />
            <source>What is it about, in a few words</source>
            <translation>简要说明问题</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="110" />
            <source>— no order —</source>
            <translation>— 不关联订单 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="118" />
            <source>&amp;Rating:</source>
            <translation>评分(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="122" />
            <source>What the customer said (optional)</source>
            <translation>客户反映的内容（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="123" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="124" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="125" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="126" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="127" />
            <source>&amp;Order:</source>
            <translation>订单(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="129" />
            <source>&amp;Message:</source>
            <translation>内容(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="135" />
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="84" />
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="95" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="96" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="97" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="98" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="110" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密码至少需要 %n 个字符。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="100" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="100" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="100" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="100" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="101" />
            <source>Platform order no</source>
            <translation>平台单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="101" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="101" />
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="102" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="102" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="102" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="106" />
            <source> (on hold)</source>
            <translation>（挂起）</translation>
        </message>
    </context>
    <context>
        <name>PickCustomerDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="111" />
            <source>Merge a duplicate into this customer</source>
            <translation>把重复客户合并到当前客户</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="115" />
            <source>Find the duplicate (phone, last 4 + name, order no, name):</source>
            <translation>查找重复的客户（电话、尾号+姓名、订单号、姓名）：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="124" />
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="54" />
            <source>Edit customer %1</source>
            <translation>编辑客户 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="60" />
            <source>Customer &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="61" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="62" />
            <source>&amp;E-mail:</source>
            <translation>邮箱(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="63" />
            <source>P&amp;rovince:</source>
            <translation>省份(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="64" />
            <source>&amp;City:</source>
            <translation>城市(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="65" />
            <source>&amp;District:</source>
            <translation>区县(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="66" />
            <source>&amp;Address:</source>
            <translation>详细地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="67" />
            <source>&amp;Tags (comma-separated):</source>
            <translation>标签，逗号分隔(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="74" />
            <source>Phone and address are masked; reveal them to edit.</source>
            <translation>电话和地址已脱敏，需先查看完整信息才能编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="82" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="87" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>RecentOrdersModel</name>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="17" />
            <source>Reports are being built.</source>
            <translation>报表正在建设中。</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/i18n.py" line="58" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="59" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="60" />
            <source>Order reviewer</source>
            <translation>审单员</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="61" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="62" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="63" />
            <source>Analyst</source>
            <translation>数据分析</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <location filename="../../ui/service/labels.py" line="17" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="18" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="19" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="20" />
            <source>After-sales</source>
            <translation>售后</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="27" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="28" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="29" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="30" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="37" />
            <source>New</source>
            <translation>待受理</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="38" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="39" />
            <source>Waiting on customer</source>
            <translation>待客户回复</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="40" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="41" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="49" />
            <source>Re&amp;open</source>
            <translation>重新打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="51" />
            <source>&amp;Resume</source>
            <translation>继续处理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="53" />
            <source>&amp;Take on</source>
            <translation>受理(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="55" />
            <source>&amp;Wait for customer</source>
            <translation>等待客户(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="56" />
            <source>Re&amp;solve</source>
            <translation>解决(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="57" />
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="64" />
            <source>on time</source>
            <translation>按时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="65" />
            <source>due soon</source>
            <translation>即将超时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="66" />
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="83" />
            <source>order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="84" />
            <source>platform order no</source>
            <translation>平台单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="85" />
            <source>tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="86" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="87" />
            <source>phone last 4 + name</source>
            <translation>尾号+姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="88" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="89" />
            <source>name starts with</source>
            <translation>姓名开头</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="90" />
            <source>phone last 4</source>
            <translation>电话尾号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="97" />
            <source>Label created</source>
            <translation>已建面单</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="98" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="99" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="100" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="101" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="102" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="103" />
            <source>Lost</source>
            <translation>丢失</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="111" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="112" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="113" />
            <source>Message</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="114" />
            <source>Template name</source>
            <translation>模板名称</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="115" />
            <source>Template text</source>
            <translation>模板正文</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="116" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="117" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="118" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="119" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="120" />
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="121" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="122" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="123" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="157" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="168" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="170" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="62" />
            <source>Phone, last 4 digits + name, order no, tracking no or name (Ctrl+F)</source>
            <translation>电话、尾号4位+姓名、订单号、运单号或姓名 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="66" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="68" />
            <source>&amp;New ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="70" />
            <source>New ticket (Ctrl+N)</source>
            <translation>新建工单 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="85" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="86" />
            <source>Ticket queue</source>
            <translation>工单队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="157" />
            <location filename="../../ui/tabs/service_tab.py" line="162" />
            <location filename="../../ui/tabs/service_tab.py" line="169" />
            <location filename="../../ui/tabs/service_tab.py" line="210" />
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="172" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="173" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="174" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="175" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="194" />
            <source>◀ Previous</source>
            <translation>◀ 上一页</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="195" />
            <source>Next ▶</source>
            <translation>下一页 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="246" />
            <source>No customer or order found for “%1”.</source>
            <translation>未找到与“%1”匹配的客户或订单。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="261" />
            <source>%1 (no customer)</source>
            <translation>%1（无客户档案）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/service_tab.py" line="264" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="266" />
            <source>last %1</source>
            <translation>最近 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="267" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="272" />
            <source>⚠ blacklisted</source>
            <translation>⚠ 黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="286" />
            <source>%1 (%2) has orders that are not linked to a customer yet.</source>
            <translation>%1（%2）的订单尚未关联到客户。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="386" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 条，共 %3 条</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="404" />
            <source>All open (%1)</source>
            <translation>全部未结 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="405" />
            <source>Mine (%1)</source>
            <translation>我的 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="406" />
            <source>Overdue (%1)</source>
            <translation>已超时 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="407" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="413" />
            <source>Open %1 · overdue %2 · due soon %3 · mine %4</source>
            <translation>未结 %1 · 超时 %2 · 即将超时 %3 · 我的 %4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="424" />
            <source>Overdue tickets: %1</source>
            <translation>超时工单：%1</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="417" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="418" />
            <source>Shared settings</source>
            <translation>共享设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="419" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="420" />
            <source>Maintenance</source>
            <translation>维护</translation>
        </message>
    </context>
    <context>
        <name>SharedSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="236" />
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="244" />
            <source>Failed logins before lockout</source>
            <translation>锁定前允许的登录失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="245" />
            <source>Lockout duration (minutes)</source>
            <translation>锁定时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="246" />
            <source>Idle auto-lock (minutes, 0 = off)</source>
            <translation>空闲自动锁屏（分钟，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="247" />
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="248" />
            <source>Company address</source>
            <translation>公司地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="249" />
            <source>Company phone</source>
            <translation>公司电话</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="250" />
            <source>Order number prefix</source>
            <translation>订单号前缀</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="251" />
            <source>Allow splitting an order across warehouses</source>
            <translation>允许一个订单从多个仓库发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="252" />
            <source>Ticket SLA, urgent (hours)</source>
            <translation>工单 SLA：紧急（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="253" />
            <source>Ticket SLA, high (hours)</source>
            <translation>工单 SLA：高（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="254" />
            <source>Ticket SLA, normal (hours)</source>
            <translation>工单 SLA：普通（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="255" />
            <source>Ticket SLA, low (hours)</source>
            <translation>工单 SLA：低（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="286" />
            <location filename="../../ui/tabs/settings_tab.py" line="288" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="288" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="118" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="118" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="118" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="118" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="119" />
            <source>Shipped at</source>
            <translation>发货时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="119" />
            <source>Latest tracking</source>
            <translation>最新物流</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="119" />
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="119" />
            <source>Where</source>
            <translation>地点</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/i18n.py" line="41" />
            <source>Pending payment</source>
            <translation>待付款</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="42" />
            <source>Pending review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="43" />
            <source>Needs correction</source>
            <translation>待修正</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="44" />
            <source>Approved</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="45" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="46" />
            <source>Picking</source>
            <translation>拣货中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="47" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="48" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="49" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="50" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="51" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../ui/i18n.py" line="70" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="71" />
            <source>Inventory</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="72" />
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="73" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="74" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="174" />
            <source>Reply templates</source>
            <translation>回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="186" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="187" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="188" />
            <source>&amp;Text:</source>
            <translation>正文(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="191" />
            <source>Placeholders: %1</source>
            <translation>占位符：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="204" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="205" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="206" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="207" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="277" />
            <source>Delete template</source>
            <translation>删除模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="278" />
            <source>Delete the template %1? Tickets keep the replies already sent.</source>
            <translation>删除模板 %1？已发送的回复仍保留在工单中。</translation>
        </message>
    </context>
    <context>
        <name>TicketEditor</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="339" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="351" />
            <source>Rating:</source>
            <translation>评分：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="354" />
            <source>Assignee:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="358" />
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="370" />
            <source>Insert a saved reply with the ticket's details filled in</source>
            <translation>插入常用回复，自动填入本工单的信息</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="373" />
            <source>&amp;Templates…</source>
            <translation>模板管理(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="380" />
            <source>Reply to the customer, or an internal note</source>
            <translation>回复客户，或填写内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="383" />
            <source>&amp;Internal note (not for the customer)</source>
            <translation>内部备注，客户不可见(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="385" />
            <source>Sen&amp;d</source>
            <translation>发送(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="387" />
            <source>Send (Ctrl+Enter)</source>
            <translation>发送 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="415" />
            <source>— unassigned —</source>
            <translation>— 未分配 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="419" />
            <source>Insert reply template…</source>
            <translation>插入回复模板…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="430" />
            <source>No ticket selected</source>
            <translation>未选择工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="431" />
            <source>Pick a ticket in the queue or on the customer screen.</source>
            <translation>请在工单队列或客户页面中选择一个工单。</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="465" />
            <source>order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="467" />
            <source>case %1</source>
            <translation>售后单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="468" />
            <source>created %1</source>
            <translation>创建于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="472" />
            <source>Open the customer screen</source>
            <translation>打开客户页面</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="500" />
            <source>SLA due %1</source>
            <translation>SLA 到期：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="504" />
            <source>Resolved %1</source>
            <translation>已于 %1 解决</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="138" />
            <source>Ticket no</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="138" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="139" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="139" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="140" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="139" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="139" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="140" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="138" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="138" />
            <source>SLA due</source>
            <translation>SLA 到期</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="45" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="45" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="45" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="45" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Failed logins</source>
            <translation>登录失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Last login</source>
            <translation>上次登录</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="75" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="75" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="123" />
            <source>&amp;New user…</source>
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="124" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="126" />
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="127" />
            <source>&amp;Disable / enable</source>
            <translation>停用 / 启用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="182" />
            <source>Reset password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="186" />
            <source>New &amp;password:</source>
            <translation>新密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="205" />
            <source>Disable user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="206" />
            <source>Disable %1? They can no longer log in.</source>
            <translation>停用 %1？该用户将无法再登录。</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="308" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本机内置数据库（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="312" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="313" />
            <source>&amp;Database URL:</source>
            <translation>数据库地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="317" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多台工作站请使用共享服务器，例如 postgresql://user@server/kuaidan。密码只询问一次，保存在系统钥匙串中，绝不写入文件。更改在下次启动时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="325" />
            <source>&amp;Save for this workstation</source>
            <translation>保存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="337" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="337" />
            <source>Saved. The change applies when Kuaidan starts again.</source>
            <translation>已保存。更改将在快单下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/app.py" line="36" />
            <location filename="../../ui/errors.py" line="47" />
            <source>Something went wrong that Kuaidan did not expect. Your data is safe; the action was not completed. Details are in the log.</source>
            <translation>快单遇到了意外错误。您的数据是安全的，本次操作没有完成。详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="81" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="9" />
            <source>The password needs at least {minimum} characters</source>
            <translation>密码至少需要 {minimum} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="10" />
            <source>User names are 2–64 letters, digits, '.', '_' or '-'</source>
            <translation>用户名须为 2–64 个字母、数字、“.”、“_”或“-”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="11" />
            <source>Wrong user name or password</source>
            <translation>用户名或密码错误</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="12" />
            <source>Account locked until {locked_until}</source>
            <translation>账号已锁定，请于 {locked_until} 后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="13" />
            <source>Too many failed logins; the account is locked until {locked_until}</source>
            <translation>登录失败次数过多，账号已锁定，请于 {locked_until} 后再试，或联系管理员解锁</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="14" />
            <source>No user with id {user_id}</source>
            <translation>找不到编号为 {user_id} 的用户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="15" />
            <source>An administrator already exists; log in instead</source>
            <translation>管理员已存在，请直接登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="17" />
            <source>You cannot demote or disable your own account</source>
            <translation>不能降级或停用自己的账号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="16" />
            <source>The user name {username} is taken</source>
            <translation>用户名 {username} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="18" />
            <source>No customer with id {customer_id}</source>
            <translation>没有 ID 为 {customer_id} 的客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="19" />
            <source>A customer needs a name</source>
            <translation>客户必须有姓名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="20" />
            <source>{label} is required</source>
            <translation>请填写{label}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="21" />
            <source>{label} is longer than {max_length} characters</source>
            <translation>{label}超过 {max_length} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="22" />
            <source>The phone number is masked; reveal it before editing</source>
            <translation>电话已脱敏，请先查看完整信息再编辑</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="23" />
            <source>{phone} is not a phone number</source>
            <translation>{phone} 不是有效的电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="24" />
            <source>The address is masked; reveal it before editing</source>
            <translation>地址已脱敏，请先查看完整信息再编辑</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="25" />
            <source>A customer cannot be merged into itself</source>
            <translation>不能把客户合并到其自身</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="26" />
            <source>Too many tags (255 characters at most)</source>
            <translation>标签过多（最多 255 个字符）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="27" />
            <source>Merge {duplicate} into {kept}: {orders} orders, {tickets} tickets and {cases} after-sales cases move to {kept}, and {duplicate} is deleted.</source>
            <translation>将 {duplicate} 合并到 {kept}：{orders} 个订单、{tickets} 个工单和 {cases} 个售后单将转到 {kept} 名下，{duplicate} 将被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="28" />
            <source>Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb</source>
            <translation>不支持的数据库 {backend}：请使用 sqlite、postgresql 或 mysql/mariadb</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="29" />
            <source>Not a database URL: {url}</source>
            <translation>不是有效的数据库地址：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="30" />
            <source>The server refused the login for {url}</source>
            <translation>服务器拒绝了 {url} 的登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="31" />
            <source>No password given for {url}</source>
            <translation>未输入 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="32" />
            <source>The server refused the password for {url}</source>
            <translation>服务器拒绝了 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="33" />
            <source>Cannot reach the database at {url}: {reason}</source>
            <translation>无法连接数据库 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="34" />
            <source>The SQLite file {path} is on a network share. SQLite cannot be shared safely over a network (its locking and WAL do not work there). Keep the file on a local disk, or use a PostgreSQL/MySQL server for several PCs.</source>
            <translation>SQLite 文件 {path} 位于网络共享上。SQLite 无法通过网络安全共享（其加锁和 WAL 机制在网络上无效）。请将文件放在本地磁盘，多台电脑请使用 PostgreSQL/MySQL 服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="35" />
            <source>The database already has orders; demo data is only for an empty one</source>
            <translation>数据库中已有订单；演示数据只能写入空数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="36" />
            <source>tracking number must be 1-40 printable ASCII characters without spaces</source>
            <translation>运单号须为 1–40 个不含空格的可打印 ASCII 字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="37" />
            <source>recipient name is empty</source>
            <translation>收件人姓名为空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="38" />
            <source>piece count must be at least 1</source>
            <translation>件数至少为 1</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="39" />
            <source>weight must not be negative</source>
            <translation>重量不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="40" />
            <source>quantity must be positive</source>
            <translation>数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="41" />
            <source>tax rate is a fraction (0.13), not a percentage</source>
            <translation>税率应为小数（如 0.13），不是百分数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="42" />
            <source>line discount exceeds the line amount</source>
            <translation>行折扣超过了该行金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="43" />
            <source>an invoice needs at least one line</source>
            <translation>发票至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="44" />
            <source>the order discount exceeds the invoice total</source>
            <translation>订单折扣超过了发票总额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="45" />
            <source>a packing slip needs at least one line</source>
            <translation>装箱单至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>order quantities must be positive</source>
            <translation>订单数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>total quantity differs from the sum of the order quantities</source>
            <translation>总数量与各订单数量之和不一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>a pick list needs at least one row</source>
            <translation>拣货单至少需要一行</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>Storage and foreign keys</source>
            <translation>存储与外键</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>Stock balances equal the ledger</source>
            <translation>库存余额与流水一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>0 ≤ reserved ≤ on hand</source>
            <translation>0 ≤ 预占 ≤ 在库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>Reservations match open orders</source>
            <translation>预占与未完成订单一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>Order totals add up</source>
            <translation>订单金额核对</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>Audit chain intact</source>
            <translation>审计链完整</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）无权执行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>Not logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>Unknown placeholder {placeholder}; use {known}</source>
            <translation>未知的占位符 {placeholder}，可用：{known}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>No ticket with id {ticket_id}</source>
            <translation>没有 ID 为 {ticket_id} 的工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>No active user with id {user_id}</source>
            <translation>没有 ID 为 {user_id} 的在用用户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>{username} cannot work on tickets</source>
            <translation>{username} 无权处理工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>Only feedback tickets carry a rating</source>
            <translation>只有反馈类工单可以评分</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>The rating is 1 to 5</source>
            <translation>评分为 1 到 5</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Ticket {ticket_no} is {status}; it cannot move to {target}</source>
            <translation>工单 {ticket_no} 当前为“{status}”，不能变为“{target}”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>Ticket {ticket_no} is closed; open a new ticket</source>
            <translation>工单 {ticket_no} 已关闭，请新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>A template named {name} exists</source>
            <translation>已存在名为 {name} 的模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>No reply template with id {template_id}</source>
            <translation>没有 ID 为 {template_id} 的回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>No order with id {order_id}</source>
            <translation>没有 ID 为 {order_id} 的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>The ticket could not be saved: {reason}</source>
            <translation>工单无法保存：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>No after-sales case with id {case_id}</source>
            <translation>没有 ID 为 {case_id} 的售后单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>Case {case_no} belongs to another customer</source>
            <translation>售后单 {case_no} 属于其他客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>Order {order_no} belongs to another customer</source>
            <translation>订单 {order_no} 属于其他客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>Unknown setting {key}</source>
            <translation>未知的设置项 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：应为是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少为 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多为 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>{label}: expected text</source>
            <translation>{label}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>No product with id {product_id}</source>
            <translation>找不到编号为 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到编号为 {warehouse_id} 的仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 仓库中 {sku} 仅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>该记录已被他人修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>数据库繁忙（已重试 {attempts} 次），请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>Database error: {reason}</source>
            <translation>数据库错误：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <location filename="../../ui/service/labels.py" line="144" />
            <source>Kuaidan</source>
            <translation>快单</translation>
        </message>
    </context>
</TS>
