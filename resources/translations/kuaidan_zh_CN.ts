<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BatchResultDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="313" />
            <source>%1: result</source>
            <translation>%1：结果</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="314" />
            <source>%1 of %2 orders done, %3 failed.</source>
            <translation>%2 个订单中已完成 %1 个，失败 %3 个。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="321" />
            <source>Stopped before the end: the rest was not touched.</source>
            <translation>已中途停止：其余订单未处理。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="326" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="326" />
            <source>Why it failed</source>
            <translation>失败原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="337" />
            <source>&amp;Retry failed</source>
            <translation>重试失败项(&amp;R)</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="344" />
            <source>&amp;Check database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="346" />
            <source>&amp;Verify audit log</source>
            <translation>校验审计日志(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="366" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="375" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>发现 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>Checking the database</source>
            <translation>正在检查数据库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="398" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="402" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>审计链已被破坏：%1</translation>
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
        <name>OrderDetailPane</name>
        <message>
            <location filename="../../ui/orders/detail.py" line="44" />
            <source>Select an order</source>
            <translation>请选择一个订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/detail.py" line="48" />
            <source>%n orders selected</source>
            <translation>
                <numerusform>已选择 %n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="54" />
            <source>On hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="55" />
            <source>Review rules fired</source>
            <translation>命中的审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="56" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="57" />
            <source>Personal data is masked</source>
            <translation>个人信息已打码</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="58" />
            <source>Lines</source>
            <translation>商品明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="59" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="60" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="61" />
            <source>Split or merged from %1</source>
            <translation>由 %1 拆分或合并而来</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="62" />
            <source>Payments</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="63" />
            <source>Shipments</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="64" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="80" />
            <source>holds</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="80" />
            <source>flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="98" />
            <source>Buyer note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="99" />
            <source>Seller note</source>
            <translation>卖家备注</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="110" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="111" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="112" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="113" />
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="114" />
            <location filename="../../ui/orders/detail.py" line="131" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="115" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="129" />
            <source>Goods</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="130" />
            <source>Shipping</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="132" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="133" />
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="158" />
            <source>refund requested %1</source>
            <translation>已申请退款 %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="88" />
            <source>Edit order %1</source>
            <translation>修改订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="90" />
            <source>New phone order</source>
            <translation>新建电话订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="96" />
            <source>&amp;Recipient:</source>
            <translation>收件人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="96" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="97" />
            <source>Pro&amp;vince:</source>
            <translation>省份(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="97" />
            <source>C&amp;ity:</source>
            <translation>城市(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="98" />
            <source>&amp;District:</source>
            <translation>区县(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="98" />
            <source>&amp;Street address:</source>
            <translation>详细地址(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>Post&amp;code:</source>
            <translation>邮编(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Buyer note:</source>
            <translation>买家留言(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>S&amp;eller note:</source>
            <translation>卖家备注(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>Shipping &amp;fee:</source>
            <translation>运费(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>Order disc&amp;ount:</source>
            <translation>订单优惠(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>P&amp;aid:</source>
            <translation>已付(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="115" />
            <source>Add &amp;line</source>
            <translation>添加明细(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="117" />
            <source>Remove li&amp;ne</source>
            <translation>删除明细(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="135" />
            <source>Lines (leave the price empty for the catalogue price)</source>
            <translation>明细（单价留空则使用商品价格）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="217" />
            <source>Enter the recipient's name</source>
            <translation>请输入收件人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="218" />
            <source>Enter the province</source>
            <translation>请输入省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="219" />
            <source>Enter the city</source>
            <translation>请输入城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="220" />
            <source>Enter the street address</source>
            <translation>请输入详细地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="225" />
            <source>Enter a valid mobile or landline number</source>
            <translation>请输入有效的手机或固定电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="229" />
            <source>Enter an amount such as 12.50</source>
            <translation>请输入金额，例如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="231" />
            <source>Add at least one line with a SKU</source>
            <translation>请至少添加一行带 SKU 的明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="236" />
            <source>Line %1: enter a quantity above 0</source>
            <translation>第 %1 行：数量须大于 0</translation>
        </message>
    </context>
    <context>
        <name>OrderDialogs</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="49" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="50" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="51" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="52" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <location filename="../../ui/orders/table_model.py" line="72" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="73" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="74" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="75" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="76" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="77" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="78" />
            <source>Items</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="79" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="80" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="81" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="82" />
            <source>Rules fired</source>
            <translation>规则命中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="83" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="223" />
            <source>Click to sort</source>
            <translation>点击排序</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="277" />
            <source>on hold</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="18" />
            <source>Record payment</source>
            <translation>确认收款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="19" />
            <source>Approve</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="20" />
            <source>Return for correction</source>
            <translation>退回修正</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="21" />
            <source>Resubmit</source>
            <translation>重新提交</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="22" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="23" />
            <source>Pick</source>
            <translation>拣货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="24" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="25" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="26" />
            <source>Deliver</source>
            <translation>签收</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="27" />
            <source>Complete</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="28" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="29" />
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="30" />
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="31" />
            <source>Hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="32" />
            <source>Release hold</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="33" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="34" />
            <source>Split</source>
            <translation>拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="35" />
            <location filename="../../ui/orders/labels.py" line="36" />
            <source>Assign carrier</source>
            <translation>指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="37" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="44" />
            <source>Incomplete address</source>
            <translation>地址不完整</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="45" />
            <source>Invalid phone number</source>
            <translation>电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="46" />
            <source>Blacklisted customer</source>
            <translation>黑名单客户</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="47" />
            <source>Amount above threshold</source>
            <translation>金额超过阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="48" />
            <source>Quantity above threshold</source>
            <translation>数量超过阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="49" />
            <source>Buyer note present</source>
            <translation>有买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="50" />
            <source>Payment does not match total</source>
            <translation>付款与总额不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="51" />
            <source>Suspected duplicate</source>
            <translation>疑似重复订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="52" />
            <source>SKU out of stock</source>
            <translation>SKU 缺货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="59" />
            <source>recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="60" />
            <source>province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="61" />
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="62" />
            <source>street address</source>
            <translation>详细地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="79" />
            <source>Address incomplete: %1 missing or too short</source>
            <translation>地址不完整：缺少%1或过短</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="83" />
            <source>The recipient's phone number is not a valid number</source>
            <translation>收件人电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="88" />
            <source>Customer is blacklisted: %1</source>
            <translation>客户在黑名单中：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="92" />
            <source>Order total %1 is above the review threshold %2</source>
            <translation>订单金额 %1 超过审核阈值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="98" />
            <source>%1 items, more than the threshold %2</source>
            <translation>共 %1 件，超过阈值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="104" />
            <source>The buyer left a note: %1</source>
            <translation>买家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="108" />
            <source>Paid %1 does not match the order total %2</source>
            <translation>已付 %1 与订单总额 %2 不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="113" />
            <source>Possible duplicate of order %1: same phone, address and items within %2 hours</source>
            <translation>疑似与订单 %1 重复：%2 小时内电话、地址和商品相同</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="121" />
            <source>Not enough stock: %1</source>
            <translation>库存不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="122" />
            <source>No single warehouse holds every item; the order must be split</source>
            <translation>没有一个仓库能备齐全部商品，订单需要拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="130" />
            <source>Held by review rules</source>
            <translation>被审单规则挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="31" />
            <source>Review rules</source>
            <translation>审单规则</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="101" />
            <source>Order no, platform no, phone or last 4 digits, name, tracking no, SKU</source>
            <translation>订单号、平台单号、电话或尾号 4 位、姓名、运单号、SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="122" />
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="124" />
            <source>Saved views</source>
            <translation>已保存的视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="130" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="133" />
            <source>All warehouses</source>
            <translation>全部仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="136" />
            <source>Any rule</source>
            <translation>任意规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="141" />
            <source>Held or not</source>
            <translation>是否挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="142" />
            <location filename="../../ui/tabs/orders_tab.py" line="316" />
            <source>On hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="143" />
            <source>Not on hold</source>
            <translation>未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="144" />
            <source>Ordered from</source>
            <translation>下单日期从</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="156" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="237" />
            <source>&amp;New order</source>
            <translation>新建订单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="240" />
            <source>&amp;Edit</source>
            <translation>修改(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="244" />
            <source>&amp;Approve</source>
            <translation>审核通过(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="247" />
            <source>&amp;Return for correction</source>
            <translation>退回修正(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="254" />
            <source>&amp;Confirm</source>
            <translation>确认(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="257" />
            <source>&amp;Hold</source>
            <translation>挂起(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="267" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="275" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="278" />
            <source>&amp;Split</source>
            <translation>拆分(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="281" />
            <location filename="../../ui/tabs/orders_tab.py" line="733" />
            <source>Assign carrier</source>
            <translation>指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="288" />
            <source>Run review rules</source>
            <translation>运行审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="291" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="292" />
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="293" />
            <source>Save view…</source>
            <translation>保存视图…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="295" />
            <source>Review rules…</source>
            <translation>审单规则…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="316" />
            <source>All orders</source>
            <translation>全部订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="317" />
            <source>Rules fired</source>
            <translation>规则命中</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="384" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="386" />
            <source>%1+ orders, loading…</source>
            <translation>%1+ 个订单，加载中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="419" />
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="419" />
            <source>Name of the view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="435" />
            <source>Delete view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="434" />
            <source>Delete the saved view “%1”? Orders are not affected.</source>
            <translation>删除已保存的视图“%1”？订单不受影响。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="260" />
            <source>Release hold</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="488" />
            <source>Waiting for review %1 · on hold %2</source>
            <translation>待审核 %1 · 挂起 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="602" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="638" />
            <source>%1 of %2 orders done</source>
            <translation>%2 个订单中已完成 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="650" />
            <source>Approving %n orders</source>
            <translation>正在审核 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="658" />
            <source>Confirming %n orders</source>
            <translation>正在确认 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="670" />
            <source>Return for correction</source>
            <translation>退回修正</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="671" />
            <source>Return %n order(s) for correction. What must be fixed?</source>
            <translation>
                <numerusform>将 %n 个订单退回修正。需要修正什么？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="677" />
            <source>Returning %n orders</source>
            <translation>正在退回 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="686" />
            <source>Hold</source>
            <translation>挂起</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="686" />
            <source>Hold %n order(s). Reason:</source>
            <translation>
                <numerusform>挂起 %n 个订单。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="691" />
            <source>Holding %n orders</source>
            <translation>正在挂起 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="699" />
            <source>Releasing %n orders</source>
            <translation>正在解除 %n 个订单的挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="709" />
            <source>Cancel orders</source>
            <translation>取消订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="711" />
            <source>Cancel %n order(s)? Reserved stock is released and paid orders get a refund request. Reason:</source>
            <translation>
                <numerusform>取消 %n 个订单？预占库存将释放，已付款订单将生成退款申请。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="719" />
            <source>Cancelling %n orders</source>
            <translation>正在取消 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="733" />
            <source>Carrier:</source>
            <translation>快递公司：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="740" />
            <source>Assigning a carrier to %n orders</source>
            <translation>正在为 %n 个订单指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="759" />
            <source>Rules checked %1 orders, %2 held</source>
            <translation>已按规则检查 %1 个订单，挂起 %2 个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="766" />
            <source>Running the review rules</source>
            <translation>正在运行审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="775" />
            <source>Merge orders</source>
            <translation>合并订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="776" />
            <source>Merge %n orders into one new order? The originals are cancelled and point to it; their payments move to it.</source>
            <translation>
                <numerusform>将 %n 个订单合并为一个新订单？原订单将取消并指向新订单，其付款转入新订单。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="785" />
            <source>Merged into %1</source>
            <translation>已合并为 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="805" />
            <source>Split off %1</source>
            <translation>已拆出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="811" />
            <source>Created %1</source>
            <translation>已创建 %1</translation>
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
        <name>ReviewRulesDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="364" />
            <source>Review rules</source>
            <translation>审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="385" />
            <source>Hold the order</source>
            <translation>挂起订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="386" />
            <source>Only flag it</source>
            <translation>仅标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="395" />
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="395" />
            <source>Hours</source>
            <translation>小时数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="402" />
            <source>&amp;Try on the last 1,000 orders</source>
            <translation>在最近 1,000 个订单上试运行(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="437" />
            <source>would hold</source>
            <translation>将挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="437" />
            <source>would flag</source>
            <translation>将标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="438" />
            <source>%1: %2 %3 of the last %4 orders</source>
            <translation>%1：最近 %4 个订单中%2 %3 个</translation>
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
        <name>ServiceTab</name>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="18" />
            <source>Customer service — customers, tickets, returns and refunds — is being built.</source>
            <translation>客服（客户、工单、退货和退款）正在建设中。</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="413" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="414" />
            <source>Shared settings</source>
            <translation>共享设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="415" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="416" />
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
            <location filename="../../ui/tabs/settings_tab.py" line="282" />
            <location filename="../../ui/tabs/settings_tab.py" line="284" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="284" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="271" />
            <source>Split order %1</source>
            <translation>拆分订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="274" />
            <source>Line</source>
            <translation>明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="275" />
            <source>Ordered</source>
            <translation>订购数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="276" />
            <source>To the new order</source>
            <translation>拆到新订单</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="304" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本机内置数据库（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="308" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="309" />
            <source>&amp;Database URL:</source>
            <translation>数据库地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="313" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多台工作站请使用共享服务器，例如 postgresql://user@server/kuaidan。密码只询问一次，保存在系统钥匙串中，绝不写入文件。更改在下次启动时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="321" />
            <source>&amp;Save for this workstation</source>
            <translation>保存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="333" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="333" />
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
            <source>Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb</source>
            <translation>不支持的数据库 {backend}：请使用 sqlite、postgresql 或 mysql/mariadb</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="19" />
            <source>Not a database URL: {url}</source>
            <translation>不是有效的数据库地址：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="20" />
            <source>The server refused the login for {url}</source>
            <translation>服务器拒绝了 {url} 的登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="21" />
            <source>No password given for {url}</source>
            <translation>未输入 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="22" />
            <source>The server refused the password for {url}</source>
            <translation>服务器拒绝了 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="23" />
            <source>Cannot reach the database at {url}: {reason}</source>
            <translation>无法连接数据库 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="24" />
            <source>The SQLite file {path} is on a network share. SQLite cannot be shared safely over a network (its locking and WAL do not work there). Keep the file on a local disk, or use a PostgreSQL/MySQL server for several PCs.</source>
            <translation>SQLite 文件 {path} 位于网络共享上。SQLite 无法通过网络安全共享（其加锁和 WAL 机制在网络上无效）。请将文件放在本地磁盘，多台电脑请使用 PostgreSQL/MySQL 服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="25" />
            <source>The database already has orders; demo data is only for an empty one</source>
            <translation>数据库中已有订单；演示数据只能写入空数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="26" />
            <source>tracking number must be 1-40 printable ASCII characters without spaces</source>
            <translation>运单号须为 1–40 个不含空格的可打印 ASCII 字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="27" />
            <source>recipient name is empty</source>
            <translation>收件人姓名为空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="28" />
            <source>piece count must be at least 1</source>
            <translation>件数至少为 1</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="29" />
            <source>weight must not be negative</source>
            <translation>重量不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="30" />
            <source>quantity must be positive</source>
            <translation>数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="31" />
            <source>tax rate is a fraction (0.13), not a percentage</source>
            <translation>税率应为小数（如 0.13），不是百分数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="32" />
            <source>line discount exceeds the line amount</source>
            <translation>行折扣超过了该行金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="33" />
            <source>an invoice needs at least one line</source>
            <translation>发票至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="34" />
            <source>the order discount exceeds the invoice total</source>
            <translation>订单折扣超过了发票总额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="35" />
            <source>a packing slip needs at least one line</source>
            <translation>装箱单至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="36" />
            <source>order quantities must be positive</source>
            <translation>订单数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="37" />
            <source>total quantity differs from the sum of the order quantities</source>
            <translation>总数量与各订单数量之和不一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="38" />
            <source>a pick list needs at least one row</source>
            <translation>拣货单至少需要一行</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="39" />
            <source>Storage and foreign keys</source>
            <translation>存储与外键</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="40" />
            <source>Stock balances equal the ledger</source>
            <translation>库存余额与流水一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="41" />
            <source>0 ≤ reserved ≤ on hand</source>
            <translation>0 ≤ 预占 ≤ 在库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="42" />
            <source>Reservations match open orders</source>
            <translation>预占与未完成订单一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="43" />
            <source>Order totals add up</source>
            <translation>订单金额核对</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="44" />
            <source>Audit chain intact</source>
            <translation>审计链完整</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="45" />
            <source>Expected an order filter</source>
            <translation>需要订单筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>A view needs a name of 1 to 64 characters</source>
            <translation>视图名称需为 1 到 64 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>The saved view is damaged</source>
            <translation>已保存的视图已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>No order with id {order_id}</source>
            <translation>没有编号为 {order_id} 的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>No saved view with id {view_id}</source>
            <translation>没有编号为 {view_id} 的已保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>Order {order_no} is {status} (since {user} at {time}); it cannot be {action}</source>
            <translation>订单 {order_no} 当前为「{status}」（{user} 于 {time}），不能执行「{action}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>{field}: must be zero or more</source>
            <translation>{field}：不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>{field}: at most two decimal places</source>
            <translation>{field}：最多两位小数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>{field} is required</source>
            <translation>{field} 为必填项</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>{field}: at most {limit} characters</source>
            <translation>{field}：最多 {limit} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>Expected an order</source>
            <translation>需要一个订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>{phone} is not a valid phone number</source>
            <translation>{phone} 不是有效的电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>The address is too short: street and number are needed</source>
            <translation>地址太短：需要街道和门牌号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>An order needs at least one line</source>
            <translation>订单至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>The order discount is larger than goods and shipping together</source>
            <translation>订单优惠大于商品金额与运费之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Paid {paid} is more than the total {total}</source>
            <translation>已付 {paid} 超过总额 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>Order {order_no}: the address is incomplete ({fields})</source>
            <translation>订单 {order_no}：地址不完整（{fields}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>Order {order_no}: the phone number is not valid</source>
            <translation>订单 {order_no}：电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Order {order_no} was already {status} by {user} at {time}</source>
            <translation>订单 {order_no} 已由 {user} 于 {time} 处理为「{status}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>Order {order_no} is on hold ({reason}); release the hold first</source>
            <translation>订单 {order_no} 已挂起（{reason}），请先解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>Order {order_no}: SKU {sku} is not in the catalogue</source>
            <translation>订单 {order_no}：SKU {sku} 不在商品目录中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>Order {order_no} has no lines</source>
            <translation>订单 {order_no} 没有明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>Order {order_no} was changed by {user} at {time}; reload it and try again</source>
            <translation>订单 {order_no} 已被 {user} 于 {time} 修改，请重新加载后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>{field}: not an amount of money</source>
            <translation>{field}：不是有效金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>Line {line}: no active product with SKU {sku}</source>
            <translation>第 {line} 行：没有 SKU 为 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>Line {line}: the quantity must be a whole number above 0</source>
            <translation>第 {line} 行：数量须为大于 0 的整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>Line {line}: at most {limit} pieces</source>
            <translation>第 {line} 行：最多 {limit} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>Line {line}: the discount is larger than the line's value</source>
            <translation>第 {line} 行：优惠大于该行金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>Order {order_no} cannot be confirmed, not enough stock: {shortages}</source>
            <translation>订单 {order_no} 无法确认，库存不足：{shortages}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>Order {order_no} is already on hold ({reason})</source>
            <translation>订单 {order_no} 已挂起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>Order {order_no} is {status}; only open orders can be held</source>
            <translation>订单 {order_no} 当前为「{status}」，只有未完结的订单可以挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>Order {order_no} is not on hold</source>
            <translation>订单 {order_no} 未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>No active carrier with id {carrier_id}</source>
            <translation>没有编号为 {carrier_id} 的启用中快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>Order {order_no} is {status}; its carrier can no longer change</source>
            <translation>订单 {order_no} 当前为「{status}」，不能再更换快递</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>Select at least two orders to merge</source>
            <translation>请至少选择两个订单进行合并</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>Choose the lines and pieces to split off</source>
            <translation>请选择要拆出的明细和件数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Order {order_no} is {status}; only orders not yet picked can be split</source>
            <translation>订单 {order_no} 当前为「{status}」，只能拆分尚未拣货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>Leave at least one piece on order {order_no}</source>
            <translation>订单 {order_no} 至少要保留一件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>Order {order_no} is {status}; only orders not yet confirmed can be edited</source>
            <translation>订单 {order_no} 当前为「{status}」，只能修改尚未确认的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Paid {paid} does not match the order total {total}</source>
            <translation>已付 {paid} 与订单总额 {total} 不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>No single warehouse holds every item of order {order_no}; split the order</source>
            <translation>没有一个仓库能备齐订单 {order_no} 的全部商品，请拆分订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>Order {order_no} is {status}; only orders not yet picked can be merged</source>
            <translation>订单 {order_no} 当前为「{status}」，只能合并尚未拣货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Order {order_no} goes to another recipient or address than {other}</source>
            <translation>订单 {order_no} 的收件人或地址与 {other} 不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>Line {line_id} is not part of order {order_no}</source>
            <translation>明细 {line_id} 不属于订单 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>Line {line}: split between 1 and {qty} pieces</source>
            <translation>第 {line} 行：可拆出 1 到 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>Orders changed while they were approved</source>
            <translation>审核过程中订单已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>Orders changed while they were confirmed</source>
            <translation>确认过程中订单已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>Order {order_id} could not be saved: it breaks a rule of the database</source>
            <translation>订单 {order_id} 无法保存：违反了数据库规则</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）无权执行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>Not logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>{key}: enter an amount such as 2000.00</source>
            <translation>{key}：请输入金额，例如 2000.00</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>{key}: enter a whole number from {minimum} to {maximum}</source>
            <translation>{key}：请输入 {minimum} 到 {maximum} 之间的整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Expected a list of order ids</source>
            <translation>需要订单编号列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>No review rule {code}</source>
            <translation>没有审单规则 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>A rule either holds or flags an order, not {action}</source>
            <translation>规则只能挂起或标记订单，不能是 {action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>Unknown setting {key}</source>
            <translation>未知的设置项 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：应为是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少为 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多为 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>{label}: expected text</source>
            <translation>{label}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>No product with id {product_id}</source>
            <translation>找不到编号为 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到编号为 {warehouse_id} 的仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 仓库中 {sku} 仅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>该记录已被他人修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>数据库繁忙（已重试 {attempts} 次），请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
            <source>Database error: {reason}</source>
            <translation>数据库错误：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <source>Kuaidan</source>
            <translation>快单</translation>
        </message>
    </context>
</TS>
