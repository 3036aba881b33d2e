<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CarrierEditorDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="491" />
            <source>Carriers and rates</source>
            <translation>快递公司与运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <source>&amp;New carrier…</source>
            <translation>新建快递公司(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <source>&amp;Edit carrier…</source>
            <translation>编辑快递公司(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="506" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="563" />
            <source>In use on/off</source>
            <translation>启用 / 停用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="684" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="733" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="685" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="733" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Days</source>
            <translation>时效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="515" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="530" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="727" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="515" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="796" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="515" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="799" />
            <source>First weight (g)</source>
            <translation>首重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="516" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="797" />
            <source>First price</source>
            <translation>首重价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="516" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="800" />
            <source>Step (g)</source>
            <translation>续重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="516" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="798" />
            <source>Step price</source>
            <translation>续重价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="872" />
            <source>Prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="873" />
            <source>From</source>
            <translation>起始号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="874" />
            <source>To</source>
            <translation>结束号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="523" />
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="523" />
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="528" />
            <source>Position</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="528" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="528" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="942" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="529" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="943" />
            <source>Max weight (g)</source>
            <translation>最大重量(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="529" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="941" />
            <source>Min amount</source>
            <translation>最低金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="529" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="677" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="530" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="922" />
            <source>Enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="550" />
            <source>Add service…</source>
            <translation>添加服务…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="551" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="557" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="569" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="552" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="558" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="570" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="553" />
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="556" />
            <source>Add rate…</source>
            <translation>添加运费…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="559" />
            <source>Rate table</source>
            <translation>运费表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="562" />
            <source>Add number range…</source>
            <translation>添加单号段…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="564" />
            <source>Tracking numbers</source>
            <translation>电子面单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="566" />
            <source>Carriers</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="568" />
            <source>Add rule…</source>
            <translation>添加规则…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="571" />
            <source>Automatic carrier choice</source>
            <translation>自动选择快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="597" />
            <source>(not in use)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="644" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="663" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="644" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="663" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="658" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="659" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="908" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="912" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="916" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="919" />
            <source>any</source>
            <translation>任意</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="686" />
            <source>Tracking page</source>
            <translation>查件网址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="688" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="734" />
            <source>&amp;Code:</source>
            <translation>代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="689" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="735" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="690" />
            <source>&amp;Tracking page:</source>
            <translation>查件网址(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="736" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="808" />
            <source>&amp;Delivery days:</source>
            <translation>时效天数(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="758" />
            <source>Delete service</source>
            <translation>删除服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="759" />
            <source>Delete the service and its rates? Services used by parcels are kept.</source>
            <translation>删除该服务及其运费？已被包裹使用的服务不会删除。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="771" />
            <source>Rate</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="773" />
            <source>every service</source>
            <translation>所有服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="779" />
            <source>A province exactly as orders write it (广东省), or * for all</source>
            <translation>与订单中写法完全一致的省份（如 广东省），或 * 表示其他所有地区</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="802" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="951" />
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="803" />
            <source>&amp;Region:</source>
            <translation>地区(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="804" />
            <source>&amp;First weight:</source>
            <translation>首重(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="805" />
            <source>First &amp;price:</source>
            <translation>首重价格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="806" />
            <source>&amp;Each further:</source>
            <translation>每续重(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="807" />
            <source>Further p&amp;rice:</source>
            <translation>续重价格(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="831" />
            <source>Delete rate</source>
            <translation>删除运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="831" />
            <source>Delete this rate?</source>
            <translation>删除这条运费？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="841" />
            <source>Tracking-number range</source>
            <translation>电子面单号段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="854" />
            <source>Enter the first and last number of the range</source>
            <translation>请输入号段的起始号和结束号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="860" />
            <source>%1 … %2 (%3 numbers)</source>
            <translation>%1 … %2（共 %3 个单号）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="875" />
            <source>Digits</source>
            <translation>位数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="877" />
            <source>&amp;Prefix:</source>
            <translation>前缀(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="878" />
            <source>&amp;First number:</source>
            <translation>起始号(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="879" />
            <source>&amp;Last number:</source>
            <translation>结束号(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="880" />
            <source>&amp;Digits:</source>
            <translation>位数(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="881" />
            <source>Numbers:</source>
            <translation>单号：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="903" />
            <source>Carrier rule</source>
            <translation>快递规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="927" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="945" />
            <source>&amp;Position (lower first):</source>
            <translation>顺序(&amp;P)（小的优先）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="946" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="947" />
            <source>&amp;Province:</source>
            <translation>省份(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="948" />
            <source>&amp;Up to weight:</source>
            <translation>重量不超过(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="949" />
            <source>&amp;From order amount:</source>
            <translation>订单金额不低于(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="950" />
            <source>&amp;Carrier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Delete rule</source>
            <translation>删除规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Delete this rule?</source>
            <translation>删除这条规则？</translation>
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
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="993" />
            <source>Tracking import: %1</source>
            <translation>导入物流轨迹：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="997" />
            <source>%1 rows: %2 events added, %3 already recorded, %4 rows not imported. %5 parcels changed status, %6 delivered.</source>
            <translation>共 %1 行：新增 %2 条轨迹，%3 条已存在，%4 行未导入。%5 个包裹状态变化，%6 个已签收。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1006" />
            <source>Cancelled: import the file again to finish it.</source>
            <translation>已取消：再次导入该文件即可完成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1011" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1011" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1011" />
            <source>Reason</source>
            <translation>原因</translation>
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
        <name>Logistics</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="63" />
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="64" />
            <source>Handed over</source>
            <translation>已交接</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="65" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="97" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="66" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="99" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="67" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="103" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="68" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="86" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="100" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="69" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="87" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="101" />
            <source>Lost</source>
            <translation>已丢失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="76" />
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="77" />
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="78" />
            <source>Voided</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="85" />
            <source>No movement</source>
            <translation>停滞未更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="88" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="102" />
            <source>Address problem</source>
            <translation>地址异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="89" />
            <source>Other exception</source>
            <translation>其他异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="96" />
            <source>Picked up</source>
            <translation>已揽收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="98" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="110" />
            <source>Shipping labels</source>
            <translation>快递面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="111" />
            <source>Invoices</source>
            <translation>销售单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="112" />
            <source>Packing slips</source>
            <translation>装箱单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="113" />
            <source>Pick list</source>
            <translation>拣货单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="243" />
            <source>New parcel</source>
            <translation>新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="346" />
            <source>Add tracking event</source>
            <translation>添加物流轨迹</translation>
        </message>
    </context>
    <context>
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="221" />
            <source>Tracking or order number (scan or type, Enter)</source>
            <translation>运单号或订单号（扫描或输入后回车）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="227" />
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="232" />
            <source>All labels</source>
            <translation>全部面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="235" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="237" />
            <source>Reload (F5)</source>
            <translation>重新加载 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="247" />
            <source>&amp;New parcel…</source>
            <translation>新建包裹(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="248" />
            <source>&amp;Print queue…</source>
            <translation>打印队列(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="250" />
            <source>Re&amp;print label…</source>
            <translation>补打面单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="252" />
            <source>&amp;Void label…</source>
            <translation>作废面单(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="253" />
            <source>Add &amp;event…</source>
            <translation>添加轨迹(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="255" />
            <source>&amp;Import tracking file…</source>
            <translation>导入物流轨迹文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="257" />
            <source>Compare &amp;rates…</source>
            <translation>比较运费(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="259" />
            <source>&amp;Carriers and rates…</source>
            <translation>快递公司与运费(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="278" />
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="311" />
            <source>Copy tracking number</source>
            <translation>复制运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="312" />
            <source>Compare rates for this order</source>
            <translation>比较此订单的运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="313" />
            <source>New parcel for this order</source>
            <translation>为此订单新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="366" />
            <source>All carriers</source>
            <translation>全部快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="375" />
            <source>All parcels</source>
            <translation>全部包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="394" />
            <source>Tracking numbers running out: %1</source>
            <translation>电子面单号即将用完：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="402" />
            <source>Logistics exceptions: %1</source>
            <translation>物流异常：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="404" />
            <source>Tracking numbers low: %1</source>
            <translation>面单号不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="469" />
            <source>Select a parcel to see its tracking.</source>
            <translation>选择一个包裹以查看物流轨迹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="481" />
            <source>Order %1 · %2</source>
            <translation>订单 %1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="484" />
            <source>Label: %1, printed %n time(s)</source>
            <translation>
                <numerusform>面单：%1，已打印 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="490" />
            <source>Voided: %1</source>
            <translation>已作废：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="542" />
            <source>Void label</source>
            <translation>作废面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="544" />
            <source>Void the label of %1 (order %2)? Its tracking number is no longer used; a new label needs a new parcel.</source>
            <translation>作废 %1（订单 %2）的面单？该运单号将不再使用；重新打印面单需要新建包裹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="561" />
            <location filename="../../ui/tabs/logistics_tab.py" line="579" />
            <source>Reprint labels</source>
            <translation>补打面单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="562" />
            <source>Print the labels of %n parcel(s) again?</source>
            <translation>
                <numerusform>重新打印 %n 个包裹的面单？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="568" />
            <source>Save labels as PDF</source>
            <translation>将面单保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="569" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="580" />
            <source>Not printed:</source>
            <translation>未打印：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="596" />
            <source>Import a carrier's tracking file</source>
            <translation>导入快递公司的物流轨迹文件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="598" />
            <source>Tracking files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>物流轨迹文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="612" />
            <source>Importing tracking</source>
            <translation>正在导入物流轨迹</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="353" />
            <source>&amp;Check database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="355" />
            <source>&amp;Verify audit log</source>
            <translation>校验审计日志(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="375" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>发现 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="393" />
            <source>Checking the database</source>
            <translation>正在检查数据库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="407" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="411" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>审计链已被破坏：%1</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="259" />
            <source>from the catalogue</source>
            <translation>按商品资料计算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="267" />
            <source>empty: the carrier's rate</source>
            <translation>留空：按快递运费计算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="269" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="270" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="271" />
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="272" />
            <source>Cost</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="273" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="274" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="276" />
            <source>&amp;Order no:</source>
            <translation>订单号(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="277" />
            <source>&amp;Carrier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="278" />
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="279" />
            <source>&amp;Tracking no:</source>
            <translation>运单号(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="280" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="281" />
            <source>Length × width × height:</source>
            <translation>长 × 宽 × 高：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="282" />
            <source>C&amp;ost:</source>
            <translation>运费(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="291" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="297" />
            <source>empty: the next number from the carrier's pool</source>
            <translation>留空：自动取该快递的下一个电子面单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="299" />
            <source>required: this carrier has no number pool</source>
            <translation>必填：该快递没有电子面单号段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="307" />
            <source>Cost: enter an amount like 12.50</source>
            <translation>运费：请输入金额，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="309" />
            <source>Choose a carrier</source>
            <translation>请选择快递公司</translation>
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
        <name>PrintQueueDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1075" />
            <source>Print queue</source>
            <translation>打印队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1080" />
            <source>&amp;Orders (one number a line):</source>
            <translation>订单(&amp;O)（每行一个订单号）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1100" />
            <source>only to print labels again</source>
            <translation>仅在重新打印面单时填写</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1101" />
            <source>Label &amp;size:</source>
            <translation>面单尺寸(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1102" />
            <source>&amp;Reprint reason:</source>
            <translation>补打原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1106" />
            <source>&amp;Save as PDF…</source>
            <translation>保存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1108" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1110" />
            <source>&amp;Retry failed</source>
            <translation>重试失败项(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1147" />
            <source>Save as PDF</source>
            <translation>保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1147" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1150" />
            <source>Folder for the PDF files</source>
            <translation>选择保存 PDF 的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1164" />
            <source>Enter order numbers and choose at least one document.</source>
            <translation>请输入订单号并至少选择一种单据。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1203" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1205" />
            <source>Printing documents</source>
            <translation>正在生成单据</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1228" />
            <source>ok</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1228" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1245" />
            <source>%1 ok, %2 failed.</source>
            <translation>成功 %1，失败 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1250" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1258" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1260" />
            <source>Printing directly needs the Qt PDF module (PySide6-Addons), which is not installed. The documents were saved as PDF and open in your PDF viewer, where you can print them: %1</source>
            <translation>直接打印需要 Qt PDF 模块（PySide6-Addons），当前未安装。单据已保存为 PDF，并会在 PDF 阅读器中打开，可在其中打印：%1</translation>
        </message>
    </context>
    <context>
        <name>RateComparisonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="387" />
            <source>Compare carriers</source>
            <translation>比较快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="393" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="395" />
            <source>or province, e.g. 广东省</source>
            <translation>或省份，如 广东省</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="399" />
            <source>order weight</source>
            <translation>订单重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="400" />
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Rate region</source>
            <translation>运费地区</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="410" />
            <source>Days</source>
            <translation>时效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="410" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="442" />
            <source>To %1, %2 g, order amount %3.</source>
            <translation>寄往 %1，%2 克，订单金额 %3。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="448" />
            <source>by carrier rule</source>
            <translation>按快递规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="448" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="459" />
            <source>cheapest</source>
            <translation>最便宜</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="449" />
            <source>Suggested: %1 (%2).</source>
            <translation>建议：%1（%2）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="453" />
            <source>No carrier has a rate for this destination.</source>
            <translation>没有快递公司设置了到该地区的运费。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="461" />
            <source>fastest</source>
            <translation>最快</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="335" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="422" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="423" />
            <source>Shared settings</source>
            <translation>共享设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="424" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="425" />
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
            <source>Company tax ID (on invoices)</source>
            <translation>公司税号（打印在销售单上）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="253" />
            <source>Invoice tax rate (%)</source>
            <translation>销售单税率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="254" />
            <source>Default carrier code (labels without a parcel)</source>
            <translation>默认快递代码（无包裹时打印面单）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="255" />
            <source>Parcel without movement after (days)</source>
            <translation>包裹停滞天数（超过即异常）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="257" />
            <source>Days without movement per carrier (e.g. EMS=5, SF=2)</source>
            <translation>各快递停滞天数（如 EMS=5, SF=2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="259" />
            <source>Warn below this many tracking numbers left</source>
            <translation>电子面单号剩余少于此数时提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="260" />
            <source>Mask phone numbers on labels</source>
            <translation>面单隐藏手机号（隐私面单）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="291" />
            <location filename="../../ui/tabs/settings_tab.py" line="293" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="293" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsModel</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Label</source>
            <translation>面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Prints</source>
            <translation>打印次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="104" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="104" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="104" />
            <source>Weight (g)</source>
            <translation>重量(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="104" />
            <source>Cost</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Last event at</source>
            <translation>最新轨迹时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Last event</source>
            <translation>最新轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Created</source>
            <translation>已创建</translation>
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
        <name>TrackingEventDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="356" />
            <source>&amp;Time:</source>
            <translation>时间(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="357" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="358" />
            <source>&amp;Location:</source>
            <translation>地点(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="359" />
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="313" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本机内置数据库（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="317" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="318" />
            <source>&amp;Database URL:</source>
            <translation>数据库地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="322" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多台工作站请使用共享服务器，例如 postgresql://user@server/kuaidan。密码只询问一次，保存在系统钥匙串中，绝不写入文件。更改在下次启动时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="330" />
            <source>&amp;Save for this workstation</source>
            <translation>保存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="342" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="342" />
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
            <source>The tracking-number pool of {carrier} is used up; add a new range from the carrier</source>
            <translation>{carrier} 的电子面单号已用完，请向快递公司申请并添加新号段</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>{field}: enter an amount like 12.50</source>
            <translation>{field}：请输入金额，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>{field}: enter a non-negative amount with at most 2 decimals</source>
            <translation>{field}：请输入不小于 0、最多两位小数的金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>{field}: enter a whole number</source>
            <translation>{field}：请输入整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>{field}: enter a number from {minimum} to {maximum}</source>
            <translation>{field}：请输入 {minimum} 到 {maximum} 之间的数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>{field}: expected text</source>
            <translation>{field}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>{field} is required</source>
            <translation>{field} 为必填项</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>{field}: at most {max_len} characters</source>
            <translation>{field}：最多 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>No carrier with id {carrier_id}</source>
            <translation>找不到快递公司（编号 {carrier_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>No order with id {order_id}</source>
            <translation>找不到订单（编号 {order_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>No order {order_no}</source>
            <translation>找不到订单 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>No active carrier has a rate for {province}</source>
            <translation>没有启用的快递公司设置了到 {province} 的运费</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>The service does not belong to the carrier</source>
            <translation>该服务不属于此快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>Carrier code: letters, digits, - and _ only (e.g. SF)</source>
            <translation>快递代码只能包含字母、数字、- 和 _（如 SF）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>Service code: letters, digits, - and _ only (e.g. STD)</source>
            <translation>服务代码只能包含字母、数字、- 和 _（如 STD）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Prefix: up to 16 letters, digits or - (the label's barcode carries it)</source>
            <translation>前缀：最多 16 个字母、数字或 -（会印在面单条码中）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>The range starts after it ends</source>
            <translation>号段的起始号大于结束号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>The last number {end} has more than {width} digits</source>
            <translation>结束号 {end} 超过 {width} 位</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Prefix and digits together exceed {max_len} characters</source>
            <translation>前缀加数字超过 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>The range is too large for the database</source>
            <translation>号段超出数据库可保存的范围</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>A carrier with code {code} exists already</source>
            <translation>代码为 {code} 的快递公司已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>The carrier already has a service {code}</source>
            <translation>该快递公司已有服务 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>No service with id {service_id}</source>
            <translation>找不到服务（编号 {service_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>Service {code} is used by {shipments} parcels and {rules} carrier rules; it cannot be deleted</source>
            <translation>服务 {code} 已被 {shipments} 个包裹和 {rules} 条快递规则使用，不能删除</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>There is a rate for {region} already; edit that one</source>
            <translation>{region} 已有运费，请编辑已有的那条</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>No rate rule with id {rule_id}</source>
            <translation>找不到运费（编号 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>Give an order, or the destination province and the weight</source>
            <translation>请输入订单号，或目的省份和重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>No carrier rule with id {rule_id}</source>
            <translation>找不到快递规则（编号 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>The range overlaps a pool the carrier already has</source>
            <translation>该号段与此快递已有的号段重叠</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>No tracking-number pool with id {pool_id}</source>
            <translation>找不到电子面单号段（编号 {pool_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）无权执行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>Not logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>Cancelled before this item was printed</source>
            <translation>在打印此项之前已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>No order numbers given</source>
            <translation>没有输入订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>Choose where to save the file</source>
            <translation>请选择文件保存位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>No parcels chosen</source>
            <translation>没有选择包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>No parcel with id {shipment_id}</source>
            <translation>找不到包裹（编号 {shipment_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Order {order_no} has no warehouse yet; confirm it first</source>
            <translation>订单 {order_no} 还没有分配仓库，请先确认订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>Order {order_no} has no lines</source>
            <translation>订单 {order_no} 没有商品明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>The label of {tracking_no} is {label_status} already; reprint it with a reason</source>
            <translation>{tracking_no} 的面单状态已是 {label_status}，补打需填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Order {order_no} is cancelled</source>
            <translation>订单 {order_no} 已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>The labels of order {order_no} are printed already; reprint them with a reason</source>
            <translation>订单 {order_no} 的面单已打印，补打需填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>Order {order_no} is {status}: no document for it</source>
            <translation>订单 {order_no} 的状态为 {status}，不能生成此单据</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>Unknown setting {key}</source>
            <translation>未知的设置项 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：应为是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少为 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多为 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>{label}: expected text</source>
            <translation>{label}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>Write each carrier as CODE=days (1-60), separated by commas: {part}</source>
            <translation>请按“快递代码=天数（1-60）”填写，用逗号分隔：{part}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Tracking number: 4-40 letters, digits or -, no spaces ({value})</source>
            <translation>运单号：4-40 个字母、数字或 -，不能有空格（{value}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>Order {order_no} is {status}: a parcel can be created once it is confirmed and before it ships</source>
            <translation>订单 {order_no} 的状态为 {status}：订单确认后、发货前才能创建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>Order {order_no} is on hold ({reason})</source>
            <translation>订单 {order_no} 已挂起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>Carrier {carrier} is not in use</source>
            <translation>快递公司 {carrier} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>Give a reason</source>
            <translation>请填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>The reason is longer than {max_len} characters</source>
            <translation>原因超过 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>The label of {tracking_no} was changed at another workstation; reload and retry</source>
            <translation>{tracking_no} 的面单已在其他工作站被修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>The label of {tracking_no} is voided already</source>
            <translation>{tracking_no} 的面单已作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>Parcel {tracking_no} is with the carrier already ({status}); it cannot be voided</source>
            <translation>包裹 {tracking_no} 已交给快递公司（{status}），不能作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>The tracking-number pool of {carrier} hands out numbers already in use</source>
            <translation>{carrier} 的电子面单号段分配出的单号已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>Tracking number {tracking_no} is already used for {carrier}</source>
            <translation>运单号 {tracking_no} 在 {carrier} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>Enter an order number</source>
            <translation>请输入订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>{carrier} has no tracking-number pool: enter the tracking number</source>
            <translation>{carrier} 没有电子面单号段，请输入运单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>No product with id {product_id}</source>
            <translation>找不到编号为 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到编号为 {warehouse_id} 的仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 仓库中 {sku} 仅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="112" />
            <source>No header with a tracking-number column (运单号 / tracking no) and a time column (时间 / time) in the first {rows} rows</source>
            <translation>前 {rows} 行中没有找到包含运单号列（运单号 / tracking no）和时间列（时间 / time）的表头</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="113" />
            <source>Cannot read {file}: unknown text encoding</source>
            <translation>无法读取 {file}：未知的文本编码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="114" />
            <source>Cannot read the time {value}</source>
            <translation>无法识别时间 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="115" />
            <source>File not found: {path}</source>
            <translation>找不到文件：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="116" />
            <source>Unsupported file type {suffix}: use xlsx, xls or csv</source>
            <translation>不支持的文件类型 {suffix}：请使用 xlsx、xls 或 csv</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="117" />
            <source>{file} is larger than {size} MB</source>
            <translation>{file} 超过 {size} MB</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="118" />
            <source>Give the time of the event</source>
            <translation>请填写轨迹时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="119" />
            <source>The event's time is in the future</source>
            <translation>轨迹时间晚于当前时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="120" />
            <source>Unknown tracking status {value}</source>
            <translation>无法识别的物流状态 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="121" />
            <source>Cannot read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="122" />
            <source>The file has no status or description column</source>
            <translation>文件中没有状态列或描述列</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="123" />
            <source>The time {value} is in the future</source>
            <translation>时间 {value} 晚于当前时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="124" />
            <source>The label of {tracking_no} was voided</source>
            <translation>{tracking_no} 的面单已作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="125" />
            <source>This event is recorded already</source>
            <translation>这条轨迹已经记录过</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="126" />
            <source>No tracking number</source>
            <translation>缺少运单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="127" />
            <source>Unknown tracking number {tracking_no}</source>
            <translation>未知的运单号 {tracking_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="128" />
            <source>Tracking number {tracking_no} belongs to several carriers; import the file for one carrier</source>
            <translation>运单号 {tracking_no} 属于多家快递公司，请按单个快递公司导入文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="129" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>该记录已被他人修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="130" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>数据库繁忙（已重试 {attempts} 次），请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="131" />
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
