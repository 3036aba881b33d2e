<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CarrierEditorDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="491" />
            <source>Carriers and rates</source>
            <translation>快遞公司與運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <source>&amp;New carrier…</source>
            <translation>新建快遞公司(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <source>&amp;Edit carrier…</source>
            <translation>編輯快遞公司(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="506" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="563" />
            <source>In use on/off</source>
            <translation>啟用 / 停用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="684" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="733" />
            <source>Code</source>
            <translation>程式碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="685" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="733" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="513" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Days</source>
            <translation>時效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="515" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="530" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="727" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="515" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="796" />
            <source>Region</source>
            <translation>地區</translation>
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
            <translation>首重價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="516" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="800" />
            <source>Step (g)</source>
            <translation>續重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="516" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="798" />
            <source>Step price</source>
            <translation>續重價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="872" />
            <source>Prefix</source>
            <translation>字首</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="873" />
            <source>From</source>
            <translation>起始號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="874" />
            <source>To</source>
            <translation>結束號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="522" />
            <source>Next</source>
            <translation>下一個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="523" />
            <source>Left</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="523" />
            <source>In use</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="528" />
            <source>Position</source>
            <translation>順序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="528" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
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
            <translation>最低金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="529" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="677" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="530" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="922" />
            <source>Enabled</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="550" />
            <source>Add service…</source>
            <translation>新增服務…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="551" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="557" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="569" />
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="552" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="558" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="570" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="553" />
            <source>Services</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="556" />
            <source>Add rate…</source>
            <translation>新增運費…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="559" />
            <source>Rate table</source>
            <translation>運費表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="562" />
            <source>Add number range…</source>
            <translation>新增單號段…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="564" />
            <source>Tracking numbers</source>
            <translation>電子面單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="566" />
            <source>Carriers</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="568" />
            <source>Add rule…</source>
            <translation>新增規則…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="571" />
            <source>Automatic carrier choice</source>
            <translation>自動選擇快遞</translation>
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
            <translation>查件網址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="688" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="734" />
            <source>&amp;Code:</source>
            <translation>程式碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="689" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="735" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="690" />
            <source>&amp;Tracking page:</source>
            <translation>查件網址(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="736" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="808" />
            <source>&amp;Delivery days:</source>
            <translation>時效天數(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="758" />
            <source>Delete service</source>
            <translation>刪除服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="759" />
            <source>Delete the service and its rates? Services used by parcels are kept.</source>
            <translation>刪除該服務及其運費？已被包裹使用的服務不會刪除。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="771" />
            <source>Rate</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="773" />
            <source>every service</source>
            <translation>所有服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="779" />
            <source>A province exactly as orders write it (广东省), or * for all</source>
            <translation>與訂單中寫法完全一致的省份（如 廣東省），或 * 表示其他所有地區</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="802" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="951" />
            <source>&amp;Service:</source>
            <translation>服務(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="803" />
            <source>&amp;Region:</source>
            <translation>地區(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="804" />
            <source>&amp;First weight:</source>
            <translation>首重(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="805" />
            <source>First &amp;price:</source>
            <translation>首重價格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="806" />
            <source>&amp;Each further:</source>
            <translation>每續重(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="807" />
            <source>Further p&amp;rice:</source>
            <translation>續重價格(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="831" />
            <source>Delete rate</source>
            <translation>刪除運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="831" />
            <source>Delete this rate?</source>
            <translation>刪除這條運費？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="841" />
            <source>Tracking-number range</source>
            <translation>電子面單號段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="854" />
            <source>Enter the first and last number of the range</source>
            <translation>請輸入號段的起始號和結束號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="860" />
            <source>%1 … %2 (%3 numbers)</source>
            <translation>%1 … %2（共 %3 個單號）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="875" />
            <source>Digits</source>
            <translation>位數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="877" />
            <source>&amp;Prefix:</source>
            <translation>字首(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="878" />
            <source>&amp;First number:</source>
            <translation>起始號(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="879" />
            <source>&amp;Last number:</source>
            <translation>結束號(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="880" />
            <source>&amp;Digits:</source>
            <translation>位數(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="881" />
            <source>Numbers:</source>
            <translation>單號：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="903" />
            <source>Carrier rule</source>
            <translation>快遞規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="927" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="945" />
            <source>&amp;Position (lower first):</source>
            <translation>順序(&amp;P)（小的優先）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="946" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="947" />
            <source>&amp;Province:</source>
            <translation>省份(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="948" />
            <source>&amp;Up to weight:</source>
            <translation>重量不超過(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="949" />
            <source>&amp;From order amount:</source>
            <translation>訂單金額不低於(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="950" />
            <source>&amp;Carrier:</source>
            <translation>快遞公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Delete rule</source>
            <translation>刪除規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Delete this rule?</source>
            <translation>刪除這條規則？</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../ui/login.py" line="185" />
            <source>Database password</source>
            <translation>資料庫密碼</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="186" />
            <source>Password for %1:</source>
            <translation>%1 的密碼：</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/login.py" line="119" />
            <source>Welcome to Kuaidan</source>
            <translation>歡迎使用快單</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="126" />
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>此資料庫還沒有使用者。請建立管理員賬號，之後由管理員為其他人建立賬號。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="138" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="139" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="140" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="141" />
            <source>&amp;Repeat password:</source>
            <translation>確認密碼(&amp;R)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/login.py" line="159" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密碼至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="163" />
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="993" />
            <source>Tracking import: %1</source>
            <translation>匯入物流軌跡：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="997" />
            <source>%1 rows: %2 events added, %3 already recorded, %4 rows not imported. %5 parcels changed status, %6 delivered.</source>
            <translation>共 %1 行：新增 %2 條軌跡，%3 條已存在，%4 行未匯入。%5 個包裹狀態變化，%6 個已簽收。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1006" />
            <source>Cancelled: import the file again to finish it.</source>
            <translation>已取消：再次匯入該檔案即可完成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1011" />
            <source>Row</source>
            <translation>行號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1011" />
            <source>Tracking no</source>
            <translation>運單號</translation>
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
            <translation>庫存（庫存量、入庫、調撥和盤點）正在建設中。</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="69" />
            <source>Enter your password to continue.</source>
            <translation>請輸入密碼以繼續。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="75" />
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="77" />
            <source>Log &amp;out</source>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="91" />
            <source>Locked — %1</source>
            <translation>已鎖定 — %1</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="41" />
            <source>Kuaidan 快单</source>
            <translation>快單 Kuaidan</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="63" />
            <source>Log in — Kuaidan</source>
            <translation>登入 — 快單</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="66" />
            <source>Order-processing workstation</source>
            <translation>訂單處理工作臺</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="73" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="74" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="81" />
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="88" />
            <source>Log in</source>
            <translation>登入</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="96" />
            <source>Enter your user name.</source>
            <translation>請輸入使用者名稱。</translation>
        </message>
    </context>
    <context>
        <name>Logistics</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="63" />
            <source>Created</source>
            <translation>已建立</translation>
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
            <translation>運輸中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="66" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="99" />
            <source>Delivered</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="67" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="103" />
            <source>Exception</source>
            <translation>異常</translation>
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
            <translation>已丟失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="76" />
            <source>Not printed</source>
            <translation>未列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="77" />
            <source>Printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="78" />
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="85" />
            <source>No movement</source>
            <translation>停滯未更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="88" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="102" />
            <source>Address problem</source>
            <translation>地址異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="89" />
            <source>Other exception</source>
            <translation>其他異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="96" />
            <source>Picked up</source>
            <translation>已攬收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="98" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="110" />
            <source>Shipping labels</source>
            <translation>快遞面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="111" />
            <source>Invoices</source>
            <translation>銷售單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="112" />
            <source>Packing slips</source>
            <translation>裝箱單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="113" />
            <source>Pick list</source>
            <translation>揀貨單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="243" />
            <source>New parcel</source>
            <translation>新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="346" />
            <source>Add tracking event</source>
            <translation>新增物流軌跡</translation>
        </message>
    </context>
    <context>
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="221" />
            <source>Tracking or order number (scan or type, Enter)</source>
            <translation>運單號或訂單號（掃描或輸入後回車）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="227" />
            <source>All states</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="232" />
            <source>All labels</source>
            <translation>全部面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="235" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="237" />
            <source>Reload (F5)</source>
            <translation>重新載入 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="247" />
            <source>&amp;New parcel…</source>
            <translation>新建包裹(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="248" />
            <source>&amp;Print queue…</source>
            <translation>列印佇列(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="250" />
            <source>Re&amp;print label…</source>
            <translation>補打面單(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="252" />
            <source>&amp;Void label…</source>
            <translation>作廢面單(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="253" />
            <source>Add &amp;event…</source>
            <translation>新增軌跡(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="255" />
            <source>&amp;Import tracking file…</source>
            <translation>匯入物流軌跡檔案(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="257" />
            <source>Compare &amp;rates…</source>
            <translation>比較運費(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="259" />
            <source>&amp;Carriers and rates…</source>
            <translation>快遞公司與運費(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="278" />
            <source>Queues</source>
            <translation>佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="311" />
            <source>Copy tracking number</source>
            <translation>複製運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="312" />
            <source>Compare rates for this order</source>
            <translation>比較此訂單的運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="313" />
            <source>New parcel for this order</source>
            <translation>為此訂單新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="366" />
            <source>All carriers</source>
            <translation>全部快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="375" />
            <source>All parcels</source>
            <translation>全部包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="394" />
            <source>Tracking numbers running out: %1</source>
            <translation>電子面單號即將用完：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="402" />
            <source>Logistics exceptions: %1</source>
            <translation>物流異常：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="404" />
            <source>Tracking numbers low: %1</source>
            <translation>面單號不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="469" />
            <source>Select a parcel to see its tracking.</source>
            <translation>選擇一個包裹以檢視物流軌跡。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="481" />
            <source>Order %1 · %2</source>
            <translation>訂單 %1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="484" />
            <source>Label: %1, printed %n time(s)</source>
            <translation>
                <numerusform>面單：%1，已列印 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="490" />
            <source>Voided: %1</source>
            <translation>已作廢：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="542" />
            <source>Void label</source>
            <translation>作廢面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="544" />
            <source>Void the label of %1 (order %2)? Its tracking number is no longer used; a new label needs a new parcel.</source>
            <translation>作廢 %1（訂單 %2）的面單？該運單號將不再使用；重新列印面單需要新建包裹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="561" />
            <location filename="../../ui/tabs/logistics_tab.py" line="579" />
            <source>Reprint labels</source>
            <translation>補打面單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="562" />
            <source>Print the labels of %n parcel(s) again?</source>
            <translation>
                <numerusform>重新列印 %n 個包裹的面單？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="568" />
            <source>Save labels as PDF</source>
            <translation>將面單儲存為 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="569" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="580" />
            <source>Not printed:</source>
            <translation>未列印：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="596" />
            <source>Import a carrier's tracking file</source>
            <translation>匯入快遞公司的物流軌跡檔案</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="598" />
            <source>Tracking files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>物流軌跡檔案 (*.xlsx *.xls *.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="612" />
            <source>Importing tracking</source>
            <translation>正在匯入物流軌跡</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="47" />
            <source>Kuaidan 快单 — %1</source>
            <translation>快單 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>&amp;Session</source>
            <translation>會話(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="85" />
            <source>&amp;Lock screen</source>
            <translation>鎖定螢幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>Log &amp;out</source>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="98" />
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="99" />
            <source>&amp;About Kuaidan</source>
            <translation>關於快單(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="106" />
            <source>User: %1</source>
            <translation>使用者：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="108" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="109" />
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="116" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Account locked</source>
            <translation>賬號已鎖定</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>About Kuaidan</source>
            <translation>關於快單</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="217" />
            <source>&lt;h3&gt;Kuaidan 快单 %1&lt;/h3&gt;&lt;p&gt;Order-processing workstation for online shops: import, review, stock, picking, packing, labels, tracking and after-sales.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;快單 Kuaidan %1&lt;/h3&gt;&lt;p&gt;網店訂單處理工作臺：匯入、審單、庫存、揀貨、打包、面單、物流跟蹤和售後。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="229" />
            <source>Background work is running</source>
            <translation>後臺任務正在執行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="230" />
            <source>Stop the running work and close? Finished items are kept.</source>
            <translation>停止正在執行的任務並關閉？已完成的部分會保留。</translation>
        </message>
    </context>
    <context>
        <name>MaintenancePage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="353" />
            <source>&amp;Check database</source>
            <translation>檢查資料庫(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="355" />
            <source>&amp;Verify audit log</source>
            <translation>校驗審計日誌(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="375" />
            <source>Checking…</source>
            <translation>正在檢查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>發現 %n 個問題</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="393" />
            <source>Checking the database</source>
            <translation>正在檢查資料庫</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="407" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>審計鏈完整：已校驗 %n 條記錄。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="411" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>審計鏈已被破壞：%1</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="259" />
            <source>from the catalogue</source>
            <translation>按商品資料計算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="267" />
            <source>empty: the carrier's rate</source>
            <translation>留空：按快遞運費計算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="269" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="270" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="271" />
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="272" />
            <source>Cost</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="273" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="274" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="276" />
            <source>&amp;Order no:</source>
            <translation>訂單號(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="277" />
            <source>&amp;Carrier:</source>
            <translation>快遞公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="278" />
            <source>&amp;Service:</source>
            <translation>服務(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="279" />
            <source>&amp;Tracking no:</source>
            <translation>運單號(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="280" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="281" />
            <source>Length × width × height:</source>
            <translation>長 × 寬 × 高：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="282" />
            <source>C&amp;ost:</source>
            <translation>運費(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="291" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="297" />
            <source>empty: the next number from the carrier's pool</source>
            <translation>留空：自動取該快遞的下一個電子面單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="299" />
            <source>required: this carrier has no number pool</source>
            <translation>必填：該快遞沒有電子面單號段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="307" />
            <source>Cost: enter an amount like 12.50</source>
            <translation>運費：請輸入金額，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="309" />
            <source>Choose a carrier</source>
            <translation>請選擇快遞公司</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="84" />
            <source>New user</source>
            <translation>新建使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="95" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
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
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="110" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密碼至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintQueueDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1075" />
            <source>Print queue</source>
            <translation>列印佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1080" />
            <source>&amp;Orders (one number a line):</source>
            <translation>訂單(&amp;O)（每行一個訂單號）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1100" />
            <source>only to print labels again</source>
            <translation>僅在重新列印面單時填寫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1101" />
            <source>Label &amp;size:</source>
            <translation>面單尺寸(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1102" />
            <source>&amp;Reprint reason:</source>
            <translation>補打原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1106" />
            <source>&amp;Save as PDF…</source>
            <translation>儲存為 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1108" />
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1110" />
            <source>&amp;Retry failed</source>
            <translation>重試失敗項(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Document</source>
            <translation>單據</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1121" />
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1147" />
            <source>Save as PDF</source>
            <translation>儲存為 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1147" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1150" />
            <source>Folder for the PDF files</source>
            <translation>選擇儲存 PDF 的資料夾</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1164" />
            <source>Enter order numbers and choose at least one document.</source>
            <translation>請輸入訂單號並至少選擇一種單據。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1203" />
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1205" />
            <source>Printing documents</source>
            <translation>正在生成單據</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1228" />
            <source>ok</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1228" />
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1245" />
            <source>%1 ok, %2 failed.</source>
            <translation>成功 %1，失敗 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1250" />
            <source>Saved: %1</source>
            <translation>已儲存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1258" />
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1260" />
            <source>Printing directly needs the Qt PDF module (PySide6-Addons), which is not installed. The documents were saved as PDF and open in your PDF viewer, where you can print them: %1</source>
            <translation>直接列印需要 Qt PDF 模組（PySide6-Addons），當前未安裝。單據已儲存為 PDF，並會在 PDF 閱讀器中開啟，可在其中列印：%1</translation>
        </message>
    </context>
    <context>
        <name>RateComparisonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="387" />
            <source>Compare carriers</source>
            <translation>比較快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="393" />
            <source>Order number</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="395" />
            <source>or province, e.g. 广东省</source>
            <translation>或省份，如 廣東省</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="399" />
            <source>order weight</source>
            <translation>訂單重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="400" />
            <source>&amp;Compare</source>
            <translation>比較(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Rate region</source>
            <translation>運費地區</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="410" />
            <source>Days</source>
            <translation>時效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="410" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="442" />
            <source>To %1, %2 g, order amount %3.</source>
            <translation>寄往 %1，%2 克，訂單金額 %3。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="448" />
            <source>by carrier rule</source>
            <translation>按快遞規則</translation>
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
            <translation>建議：%1（%2）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="453" />
            <source>No carrier has a rate for this destination.</source>
            <translation>沒有快遞公司設定了到該地區的運費。</translation>
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
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="34" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="35" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="17" />
            <source>Reports are being built.</source>
            <translation>報表正在建設中。</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/i18n.py" line="58" />
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="59" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="60" />
            <source>Order reviewer</source>
            <translation>審單員</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="61" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="62" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="63" />
            <source>Analyst</source>
            <translation>資料分析</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="18" />
            <source>Customer service — customers, tickets, returns and refunds — is being built.</source>
            <translation>客服（客戶、工單、退貨和退款）正在建設中。</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="422" />
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="423" />
            <source>Shared settings</source>
            <translation>共享設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="424" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="425" />
            <source>Maintenance</source>
            <translation>維護</translation>
        </message>
    </context>
    <context>
        <name>SharedSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="236" />
            <source>&amp;Save settings</source>
            <translation>儲存設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="244" />
            <source>Failed logins before lockout</source>
            <translation>鎖定前允許的登入失敗次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="245" />
            <source>Lockout duration (minutes)</source>
            <translation>鎖定時長（分鐘）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="246" />
            <source>Idle auto-lock (minutes, 0 = off)</source>
            <translation>空閒自動鎖屏（分鐘，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="247" />
            <source>Company name</source>
            <translation>公司名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="248" />
            <source>Company address</source>
            <translation>公司地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="249" />
            <source>Company phone</source>
            <translation>公司電話</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="250" />
            <source>Order number prefix</source>
            <translation>訂單號字首</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="251" />
            <source>Allow splitting an order across warehouses</source>
            <translation>允許一個訂單從多個倉庫發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="252" />
            <source>Company tax ID (on invoices)</source>
            <translation>公司稅號（列印在銷售單上）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="253" />
            <source>Invoice tax rate (%)</source>
            <translation>銷售單稅率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="254" />
            <source>Default carrier code (labels without a parcel)</source>
            <translation>預設快遞程式碼（無包裹時列印面單）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="255" />
            <source>Parcel without movement after (days)</source>
            <translation>包裹停滯天數（超過即異常）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="257" />
            <source>Days without movement per carrier (e.g. EMS=5, SF=2)</source>
            <translation>各快遞停滯天數（如 EMS=5, SF=2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="259" />
            <source>Warn below this many tracking numbers left</source>
            <translation>電子面單號剩餘少於此數時提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="260" />
            <source>Mask phone numbers on labels</source>
            <translation>面單隱藏手機號（隱私面單）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="291" />
            <location filename="../../ui/tabs/settings_tab.py" line="293" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="293" />
            <source>Settings saved.</source>
            <translation>設定已儲存。</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsModel</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="102" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Label</source>
            <translation>面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Prints</source>
            <translation>列印次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="103" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="104" />
            <source>Phone</source>
            <translation>電話</translation>
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
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Last event at</source>
            <translation>最新軌跡時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Last event</source>
            <translation>最新軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Created</source>
            <translation>已建立</translation>
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
            <translation>待稽核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="43" />
            <source>Needs correction</source>
            <translation>待修正</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="44" />
            <source>Approved</source>
            <translation>已稽核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="45" />
            <source>Confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="46" />
            <source>Picking</source>
            <translation>揀貨中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="47" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="48" />
            <source>Shipped</source>
            <translation>已發貨</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="49" />
            <source>Delivered</source>
            <translation>已簽收</translation>
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
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="71" />
            <source>Inventory</source>
            <translation>庫存</translation>
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
            <translation>報表</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>TrackingEventDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="356" />
            <source>&amp;Time:</source>
            <translation>時間(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="357" />
            <source>&amp;Status:</source>
            <translation>狀態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="358" />
            <source>&amp;Location:</source>
            <translation>地點(&amp;L)：</translation>
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
            <translation>使用者名稱</translation>
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
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Failed logins</source>
            <translation>登入失敗次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Locked until</source>
            <translation>鎖定至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="46" />
            <source>Last login</source>
            <translation>上次登入</translation>
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
            <translation>新建使用者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="124" />
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="126" />
            <source>&amp;Reset password…</source>
            <translation>重置密碼(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="127" />
            <source>&amp;Disable / enable</source>
            <translation>停用 / 啟用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="182" />
            <source>Reset password of %1</source>
            <translation>重置 %1 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="186" />
            <source>New &amp;password:</source>
            <translation>新密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="205" />
            <source>Disable user</source>
            <translation>停用使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="206" />
            <source>Disable %1? They can no longer log in.</source>
            <translation>停用 %1？該使用者將無法再登入。</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="313" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本機內建資料庫（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="317" />
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="318" />
            <source>&amp;Database URL:</source>
            <translation>資料庫地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="322" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多臺工作站請使用共享伺服器，例如 postgresql://user@server/kuaidan。密碼只詢問一次，儲存在系統鑰匙串中，絕不寫入檔案。更改在下次啟動時生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="330" />
            <source>&amp;Save for this workstation</source>
            <translation>儲存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="342" />
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="342" />
            <source>Saved. The change applies when Kuaidan starts again.</source>
            <translation>已儲存。更改將在快單下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/app.py" line="36" />
            <location filename="../../ui/errors.py" line="47" />
            <source>Something went wrong that Kuaidan did not expect. Your data is safe; the action was not completed. Details are in the log.</source>
            <translation>快單遇到了意外錯誤。您的資料是安全的，本次操作沒有完成。詳細資訊已寫入日誌。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="81" />
            <source>Cannot open the database</source>
            <translation>無法開啟資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="9" />
            <source>The password needs at least {minimum} characters</source>
            <translation>密碼至少需要 {minimum} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="10" />
            <source>User names are 2–64 letters, digits, '.', '_' or '-'</source>
            <translation>使用者名稱須為 2–64 個字母、數字、“.”、“_”或“-”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="11" />
            <source>Wrong user name or password</source>
            <translation>使用者名稱或密碼錯誤</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="12" />
            <source>Account locked until {locked_until}</source>
            <translation>賬號已鎖定，請於 {locked_until} 後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="13" />
            <source>Too many failed logins; the account is locked until {locked_until}</source>
            <translation>登入失敗次數過多，賬號已鎖定，請於 {locked_until} 後再試，或聯絡管理員解鎖</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="14" />
            <source>No user with id {user_id}</source>
            <translation>找不到編號為 {user_id} 的使用者</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="15" />
            <source>An administrator already exists; log in instead</source>
            <translation>管理員已存在，請直接登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="17" />
            <source>You cannot demote or disable your own account</source>
            <translation>不能降級或停用自己的賬號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="16" />
            <source>The user name {username} is taken</source>
            <translation>使用者名稱 {username} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="18" />
            <source>Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb</source>
            <translation>不支援的資料庫 {backend}：請使用 sqlite、postgresql 或 mysql/mariadb</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="19" />
            <source>Not a database URL: {url}</source>
            <translation>不是有效的資料庫地址：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="20" />
            <source>The server refused the login for {url}</source>
            <translation>伺服器拒絕了 {url} 的登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="21" />
            <source>No password given for {url}</source>
            <translation>未輸入 {url} 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="22" />
            <source>The server refused the password for {url}</source>
            <translation>伺服器拒絕了 {url} 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="23" />
            <source>Cannot reach the database at {url}: {reason}</source>
            <translation>無法連線資料庫 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="24" />
            <source>The SQLite file {path} is on a network share. SQLite cannot be shared safely over a network (its locking and WAL do not work there). Keep the file on a local disk, or use a PostgreSQL/MySQL server for several PCs.</source>
            <translation>SQLite 檔案 {path} 位於網路共享上。SQLite 無法透過網路安全共享（其加鎖和 WAL 機制在網路上無效）。請將檔案放在本地磁碟，多臺電腦請使用 PostgreSQL/MySQL 伺服器。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="25" />
            <source>The database already has orders; demo data is only for an empty one</source>
            <translation>資料庫中已有訂單；演示資料只能寫入空資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="26" />
            <source>tracking number must be 1-40 printable ASCII characters without spaces</source>
            <translation>運單號須為 1–40 個不含空格的可列印 ASCII 字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="27" />
            <source>recipient name is empty</source>
            <translation>收件人姓名為空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="28" />
            <source>piece count must be at least 1</source>
            <translation>件數至少為 1</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="29" />
            <source>weight must not be negative</source>
            <translation>重量不能為負數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="30" />
            <source>quantity must be positive</source>
            <translation>數量必須大於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="31" />
            <source>tax rate is a fraction (0.13), not a percentage</source>
            <translation>稅率應為小數（如 0.13），不是百分數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="32" />
            <source>line discount exceeds the line amount</source>
            <translation>行折扣超過了該行金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="33" />
            <source>an invoice needs at least one line</source>
            <translation>發票至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="34" />
            <source>the order discount exceeds the invoice total</source>
            <translation>訂單折扣超過了發票總額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="35" />
            <source>a packing slip needs at least one line</source>
            <translation>裝箱單至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="36" />
            <source>order quantities must be positive</source>
            <translation>訂單數量必須大於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="37" />
            <source>total quantity differs from the sum of the order quantities</source>
            <translation>總數量與各訂單數量之和不一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="38" />
            <source>a pick list needs at least one row</source>
            <translation>揀貨單至少需要一行</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="39" />
            <source>Storage and foreign keys</source>
            <translation>儲存與外來鍵</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="40" />
            <source>Stock balances equal the ledger</source>
            <translation>庫存餘額與流水一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="41" />
            <source>0 ≤ reserved ≤ on hand</source>
            <translation>0 ≤ 預佔 ≤ 在庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="42" />
            <source>Reservations match open orders</source>
            <translation>預佔與未完成訂單一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="43" />
            <source>Order totals add up</source>
            <translation>訂單金額核對</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="44" />
            <source>Audit chain intact</source>
            <translation>審計鏈完整</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="45" />
            <source>The tracking-number pool of {carrier} is used up; add a new range from the carrier</source>
            <translation>{carrier} 的電子面單號已用完，請向快遞公司申請並新增新號段</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>{field}: enter an amount like 12.50</source>
            <translation>{field}：請輸入金額，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>{field}: enter a non-negative amount with at most 2 decimals</source>
            <translation>{field}：請輸入不小於 0、最多兩位小數的金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>{field}: enter a whole number</source>
            <translation>{field}：請輸入整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>{field}: enter a number from {minimum} to {maximum}</source>
            <translation>{field}：請輸入 {minimum} 到 {maximum} 之間的數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>{field}: expected text</source>
            <translation>{field}：應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>{field} is required</source>
            <translation>{field} 為必填項</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>{field}: at most {max_len} characters</source>
            <translation>{field}：最多 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>No carrier with id {carrier_id}</source>
            <translation>找不到快遞公司（編號 {carrier_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>No order with id {order_id}</source>
            <translation>找不到訂單（編號 {order_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>No order {order_no}</source>
            <translation>找不到訂單 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>No active carrier has a rate for {province}</source>
            <translation>沒有啟用的快遞公司設定了到 {province} 的運費</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>The service does not belong to the carrier</source>
            <translation>該服務不屬於此快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>Carrier code: letters, digits, - and _ only (e.g. SF)</source>
            <translation>快遞程式碼只能包含字母、數字、- 和 _（如 SF）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>Service code: letters, digits, - and _ only (e.g. STD)</source>
            <translation>服務程式碼只能包含字母、數字、- 和 _（如 STD）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Prefix: up to 16 letters, digits or - (the label's barcode carries it)</source>
            <translation>字首：最多 16 個字母、數字或 -（會印在面單條碼中）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>The range starts after it ends</source>
            <translation>號段的起始號大於結束號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>The last number {end} has more than {width} digits</source>
            <translation>結束號 {end} 超過 {width} 位</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Prefix and digits together exceed {max_len} characters</source>
            <translation>字首加數字超過 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>The range is too large for the database</source>
            <translation>號段超出資料庫可儲存的範圍</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>A carrier with code {code} exists already</source>
            <translation>程式碼為 {code} 的快遞公司已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>The carrier already has a service {code}</source>
            <translation>該快遞公司已有服務 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>No service with id {service_id}</source>
            <translation>找不到服務（編號 {service_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>Service {code} is used by {shipments} parcels and {rules} carrier rules; it cannot be deleted</source>
            <translation>服務 {code} 已被 {shipments} 個包裹和 {rules} 條快遞規則使用，不能刪除</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>There is a rate for {region} already; edit that one</source>
            <translation>{region} 已有運費，請編輯已有的那條</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>No rate rule with id {rule_id}</source>
            <translation>找不到運費（編號 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>Give an order, or the destination province and the weight</source>
            <translation>請輸入訂單號，或目的省份和重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>No carrier rule with id {rule_id}</source>
            <translation>找不到快遞規則（編號 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>The range overlaps a pool the carrier already has</source>
            <translation>該號段與此快遞已有的號段重疊</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>No tracking-number pool with id {pool_id}</source>
            <translation>找不到電子面單號段（編號 {pool_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）無權執行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>Not logged in</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>Cancelled before this item was printed</source>
            <translation>在列印此項之前已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>No order numbers given</source>
            <translation>沒有輸入訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>Choose where to save the file</source>
            <translation>請選擇檔案儲存位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Folder {folder} does not exist</source>
            <translation>資料夾 {folder} 不存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>No parcels chosen</source>
            <translation>沒有選擇包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>No parcel with id {shipment_id}</source>
            <translation>找不到包裹（編號 {shipment_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Order {order_no} has no warehouse yet; confirm it first</source>
            <translation>訂單 {order_no} 還沒有分配倉庫，請先確認訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>Order {order_no} has no lines</source>
            <translation>訂單 {order_no} 沒有商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>The label of {tracking_no} is {label_status} already; reprint it with a reason</source>
            <translation>{tracking_no} 的面單狀態已是 {label_status}，補打需填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Order {order_no} is cancelled</source>
            <translation>訂單 {order_no} 已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>The labels of order {order_no} are printed already; reprint them with a reason</source>
            <translation>訂單 {order_no} 的面單已列印，補打需填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>Order {order_no} is {status}: no document for it</source>
            <translation>訂單 {order_no} 的狀態為 {status}，不能生成此單據</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>Unknown setting {key}</source>
            <translation>未知的設定項 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：應為是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少為 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多為 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>{label}: expected text</source>
            <translation>{label}：應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>Write each carrier as CODE=days (1-60), separated by commas: {part}</source>
            <translation>請按“快遞程式碼=天數（1-60）”填寫，用逗號分隔：{part}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Tracking number: 4-40 letters, digits or -, no spaces ({value})</source>
            <translation>運單號：4-40 個字母、數字或 -，不能有空格（{value}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>Order {order_no} is {status}: a parcel can be created once it is confirmed and before it ships</source>
            <translation>訂單 {order_no} 的狀態為 {status}：訂單確認後、發貨前才能建立包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>Order {order_no} is on hold ({reason})</source>
            <translation>訂單 {order_no} 已掛起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>Carrier {carrier} is not in use</source>
            <translation>快遞公司 {carrier} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>Give a reason</source>
            <translation>請填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>The reason is longer than {max_len} characters</source>
            <translation>原因超過 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>The label of {tracking_no} was changed at another workstation; reload and retry</source>
            <translation>{tracking_no} 的面單已在其他工作站被修改，請重新整理後重試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>The label of {tracking_no} is voided already</source>
            <translation>{tracking_no} 的面單已作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>Parcel {tracking_no} is with the carrier already ({status}); it cannot be voided</source>
            <translation>包裹 {tracking_no} 已交給快遞公司（{status}），不能作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>The tracking-number pool of {carrier} hands out numbers already in use</source>
            <translation>{carrier} 的電子面單號段分配出的單號已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>Tracking number {tracking_no} is already used for {carrier}</source>
            <translation>運單號 {tracking_no} 在 {carrier} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>Enter an order number</source>
            <translation>請輸入訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>{carrier} has no tracking-number pool: enter the tracking number</source>
            <translation>{carrier} 沒有電子面單號段，請輸入運單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>No product with id {product_id}</source>
            <translation>找不到編號為 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到編號為 {warehouse_id} 的倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 倉庫中 {sku} 僅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="112" />
            <source>No header with a tracking-number column (运单号 / tracking no) and a time column (时间 / time) in the first {rows} rows</source>
            <translation>前 {rows} 行中沒有找到包含運單號列（運單號 / tracking no）和時間列（時間 / time）的表頭</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="113" />
            <source>Cannot read {file}: unknown text encoding</source>
            <translation>無法讀取 {file}：未知的文字編碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="114" />
            <source>Cannot read the time {value}</source>
            <translation>無法識別時間 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="115" />
            <source>File not found: {path}</source>
            <translation>找不到檔案：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="116" />
            <source>Unsupported file type {suffix}: use xlsx, xls or csv</source>
            <translation>不支援的檔案型別 {suffix}：請使用 xlsx、xls 或 csv</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="117" />
            <source>{file} is larger than {size} MB</source>
            <translation>{file} 超過 {size} MB</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="118" />
            <source>Give the time of the event</source>
            <translation>請填寫軌跡時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="119" />
            <source>The event's time is in the future</source>
            <translation>軌跡時間晚於當前時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="120" />
            <source>Unknown tracking status {value}</source>
            <translation>無法識別的物流狀態 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="121" />
            <source>Cannot read {file}: {reason}</source>
            <translation>無法讀取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="122" />
            <source>The file has no status or description column</source>
            <translation>檔案中沒有狀態列或描述列</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="123" />
            <source>The time {value} is in the future</source>
            <translation>時間 {value} 晚於當前時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="124" />
            <source>The label of {tracking_no} was voided</source>
            <translation>{tracking_no} 的面單已作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="125" />
            <source>This event is recorded already</source>
            <translation>這條軌跡已經記錄過</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="126" />
            <source>No tracking number</source>
            <translation>缺少運單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="127" />
            <source>Unknown tracking number {tracking_no}</source>
            <translation>未知的運單號 {tracking_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="128" />
            <source>Tracking number {tracking_no} belongs to several carriers; import the file for one carrier</source>
            <translation>運單號 {tracking_no} 屬於多家快遞公司，請按單個快遞公司匯入檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="129" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>該記錄已被他人修改，請重新整理後重試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="130" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>資料庫繁忙（已重試 {attempts} 次），請稍後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="131" />
            <source>Database error: {reason}</source>
            <translation>資料庫錯誤：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <source>Kuaidan</source>
            <translation>快單</translation>
        </message>
    </context>
</TS>
