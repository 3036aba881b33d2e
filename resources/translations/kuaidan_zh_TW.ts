<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>BatchResultDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="313" />
            <source>%1: result</source>
            <translation>%1：結果</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="314" />
            <source>%1 of %2 orders done, %3 failed.</source>
            <translation>%2 個訂單中已完成 %1 個，失敗 %3 個。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="321" />
            <source>Stopped before the end: the rest was not touched.</source>
            <translation>已中途停止：其餘訂單未處理。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="326" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="326" />
            <source>Why it failed</source>
            <translation>失敗原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="337" />
            <source>&amp;Retry failed</source>
            <translation>重試失敗項(&amp;R)</translation>
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
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="18" />
            <source>Logistics — picking, packing, labels and tracking — is being built.</source>
            <translation>物流（揀貨、打包、面單和物流跟蹤）正在建設中。</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="344" />
            <source>&amp;Check database</source>
            <translation>檢查資料庫(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="346" />
            <source>&amp;Verify audit log</source>
            <translation>校驗審計日誌(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="366" />
            <source>Checking…</source>
            <translation>正在檢查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="375" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>發現 %n 個問題</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>Checking the database</source>
            <translation>正在檢查資料庫</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="398" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>審計鏈完整：已校驗 %n 條記錄。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="402" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>審計鏈已被破壞：%1</translation>
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
        <name>OrderDetailPane</name>
        <message>
            <location filename="../../ui/orders/detail.py" line="44" />
            <source>Select an order</source>
            <translation>請選擇一個訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/detail.py" line="48" />
            <source>%n orders selected</source>
            <translation>
                <numerusform>已選擇 %n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="54" />
            <source>On hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="55" />
            <source>Review rules fired</source>
            <translation>命中的審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="56" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="57" />
            <source>Personal data is masked</source>
            <translation>個人資訊已打碼</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="58" />
            <source>Lines</source>
            <translation>商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="59" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="60" />
            <source>Carrier</source>
            <translation>快遞</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="61" />
            <source>Split or merged from %1</source>
            <translation>由 %1 拆分或合併而來</translation>
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
            <translation>歷史記錄</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="80" />
            <source>holds</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="80" />
            <source>flags</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="98" />
            <source>Buyer note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="99" />
            <source>Seller note</source>
            <translation>賣家備註</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="110" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="111" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="112" />
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="113" />
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="114" />
            <location filename="../../ui/orders/detail.py" line="131" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="115" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="129" />
            <source>Goods</source>
            <translation>商品金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="130" />
            <source>Shipping</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="132" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="133" />
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="158" />
            <source>refund requested %1</source>
            <translation>已申請退款 %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="88" />
            <source>Edit order %1</source>
            <translation>修改訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="90" />
            <source>New phone order</source>
            <translation>新建電話訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="96" />
            <source>&amp;Recipient:</source>
            <translation>收件人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="96" />
            <source>&amp;Phone:</source>
            <translation>電話(&amp;P)：</translation>
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
            <translation>區縣(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="98" />
            <source>&amp;Street address:</source>
            <translation>詳細地址(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>Post&amp;code:</source>
            <translation>郵編(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Buyer note:</source>
            <translation>買家留言(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>S&amp;eller note:</source>
            <translation>賣家備註(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>Shipping &amp;fee:</source>
            <translation>運費(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>Order disc&amp;ount:</source>
            <translation>訂單優惠(&amp;O)：</translation>
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
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="112" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="115" />
            <source>Add &amp;line</source>
            <translation>新增明細(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="117" />
            <source>Remove li&amp;ne</source>
            <translation>刪除明細(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="135" />
            <source>Lines (leave the price empty for the catalogue price)</source>
            <translation>明細（單價留空則使用商品價格）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="217" />
            <source>Enter the recipient's name</source>
            <translation>請輸入收件人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="218" />
            <source>Enter the province</source>
            <translation>請輸入省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="219" />
            <source>Enter the city</source>
            <translation>請輸入城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="220" />
            <source>Enter the street address</source>
            <translation>請輸入詳細地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="225" />
            <source>Enter a valid mobile or landline number</source>
            <translation>請輸入有效的手機或固定電話號碼</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="229" />
            <source>Enter an amount such as 12.50</source>
            <translation>請輸入金額，例如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="231" />
            <source>Add at least one line with a SKU</source>
            <translation>請至少新增一行帶 SKU 的明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="236" />
            <source>Line %1: enter a quantity above 0</source>
            <translation>第 %1 行：數量須大於 0</translation>
        </message>
    </context>
    <context>
        <name>OrderDialogs</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="49" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="50" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="51" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="52" />
            <source>OK</source>
            <translation>確定</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <location filename="../../ui/orders/table_model.py" line="72" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="73" />
            <source>Status</source>
            <translation>狀態</translation>
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
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="77" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="78" />
            <source>Items</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="79" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="80" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="81" />
            <source>Carrier</source>
            <translation>快遞</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="82" />
            <source>Rules fired</source>
            <translation>規則命中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="83" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="223" />
            <source>Click to sort</source>
            <translation>點選排序</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="277" />
            <source>on hold</source>
            <translation>已掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="18" />
            <source>Record payment</source>
            <translation>確認收款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="19" />
            <source>Approve</source>
            <translation>稽核透過</translation>
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
            <translation>確認</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="23" />
            <source>Pick</source>
            <translation>揀貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="24" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="25" />
            <source>Ship</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="26" />
            <source>Deliver</source>
            <translation>簽收</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="27" />
            <source>Complete</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="28" />
            <source>Cancel order</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="29" />
            <source>Created</source>
            <translation>建立</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="30" />
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="31" />
            <source>Hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="32" />
            <source>Release hold</source>
            <translation>解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="33" />
            <source>Merge</source>
            <translation>合併</translation>
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
            <translation>指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="37" />
            <source>Demo data</source>
            <translation>演示資料</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="44" />
            <source>Incomplete address</source>
            <translation>地址不完整</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="45" />
            <source>Invalid phone number</source>
            <translation>電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="46" />
            <source>Blacklisted customer</source>
            <translation>黑名單客戶</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="47" />
            <source>Amount above threshold</source>
            <translation>金額超過閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="48" />
            <source>Quantity above threshold</source>
            <translation>數量超過閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="49" />
            <source>Buyer note present</source>
            <translation>有買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="50" />
            <source>Payment does not match total</source>
            <translation>付款與總額不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="51" />
            <source>Suspected duplicate</source>
            <translation>疑似重複訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="52" />
            <source>SKU out of stock</source>
            <translation>SKU 缺貨</translation>
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
            <translation>詳細地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="79" />
            <source>Address incomplete: %1 missing or too short</source>
            <translation>地址不完整：缺少%1或過短</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="83" />
            <source>The recipient's phone number is not a valid number</source>
            <translation>收件人電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="88" />
            <source>Customer is blacklisted: %1</source>
            <translation>客戶在黑名單中：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="92" />
            <source>Order total %1 is above the review threshold %2</source>
            <translation>訂單金額 %1 超過稽核閾值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="98" />
            <source>%1 items, more than the threshold %2</source>
            <translation>共 %1 件，超過閾值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="104" />
            <source>The buyer left a note: %1</source>
            <translation>買家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="108" />
            <source>Paid %1 does not match the order total %2</source>
            <translation>已付 %1 與訂單總額 %2 不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="113" />
            <source>Possible duplicate of order %1: same phone, address and items within %2 hours</source>
            <translation>疑似與訂單 %1 重複：%2 小時內電話、地址和商品相同</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="121" />
            <source>Not enough stock: %1</source>
            <translation>庫存不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="122" />
            <source>No single warehouse holds every item; the order must be split</source>
            <translation>沒有一個倉庫能備齊全部商品，訂單需要拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="130" />
            <source>Held by review rules</source>
            <translation>被審單規則掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="31" />
            <source>Review rules</source>
            <translation>審單規則</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="101" />
            <source>Order no, platform no, phone or last 4 digits, name, tracking no, SKU</source>
            <translation>訂單號、平臺單號、電話或尾號 4 位、姓名、運單號、SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="122" />
            <source>Queues</source>
            <translation>佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="124" />
            <source>Saved views</source>
            <translation>已儲存的檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="130" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="133" />
            <source>All warehouses</source>
            <translation>全部倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="136" />
            <source>Any rule</source>
            <translation>任意規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="141" />
            <source>Held or not</source>
            <translation>是否掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="142" />
            <location filename="../../ui/tabs/orders_tab.py" line="316" />
            <source>On hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="143" />
            <source>Not on hold</source>
            <translation>未掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="144" />
            <source>Ordered from</source>
            <translation>下單日期從</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="156" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="237" />
            <source>&amp;New order</source>
            <translation>新建訂單(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="240" />
            <source>&amp;Edit</source>
            <translation>修改(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="244" />
            <source>&amp;Approve</source>
            <translation>稽核透過(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="247" />
            <source>&amp;Return for correction</source>
            <translation>退回修正(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="254" />
            <source>&amp;Confirm</source>
            <translation>確認(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="257" />
            <source>&amp;Hold</source>
            <translation>掛起(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="267" />
            <source>Cancel order</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="275" />
            <source>&amp;Merge</source>
            <translation>合併(&amp;M)</translation>
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
            <translation>指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="288" />
            <source>Run review rules</source>
            <translation>執行審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="291" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="292" />
            <source>Find</source>
            <translation>查詢</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="293" />
            <source>Save view…</source>
            <translation>儲存檢視…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="295" />
            <source>Review rules…</source>
            <translation>審單規則…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="316" />
            <source>All orders</source>
            <translation>全部訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="317" />
            <source>Rules fired</source>
            <translation>規則命中</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="384" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="386" />
            <source>%1+ orders, loading…</source>
            <translation>%1+ 個訂單，載入中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="419" />
            <source>Save view</source>
            <translation>儲存檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="419" />
            <source>Name of the view:</source>
            <translation>檢視名稱：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="435" />
            <source>Delete view</source>
            <translation>刪除檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="434" />
            <source>Delete the saved view “%1”? Orders are not affected.</source>
            <translation>刪除已儲存的檢視“%1”？訂單不受影響。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="260" />
            <source>Release hold</source>
            <translation>解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="488" />
            <source>Waiting for review %1 · on hold %2</source>
            <translation>待稽核 %1 · 掛起 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="602" />
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="638" />
            <source>%1 of %2 orders done</source>
            <translation>%2 個訂單中已完成 %1 個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="650" />
            <source>Approving %n orders</source>
            <translation>正在稽核 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="658" />
            <source>Confirming %n orders</source>
            <translation>正在確認 %n 個訂單</translation>
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
                <numerusform>將 %n 個訂單退回修正。需要修正什麼？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="677" />
            <source>Returning %n orders</source>
            <translation>正在退回 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="686" />
            <source>Hold</source>
            <translation>掛起</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="686" />
            <source>Hold %n order(s). Reason:</source>
            <translation>
                <numerusform>掛起 %n 個訂單。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="691" />
            <source>Holding %n orders</source>
            <translation>正在掛起 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="699" />
            <source>Releasing %n orders</source>
            <translation>正在解除 %n 個訂單的掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="709" />
            <source>Cancel orders</source>
            <translation>取消訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="711" />
            <source>Cancel %n order(s)? Reserved stock is released and paid orders get a refund request. Reason:</source>
            <translation>
                <numerusform>取消 %n 個訂單？預佔庫存將釋放，已付款訂單將生成退款申請。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="719" />
            <source>Cancelling %n orders</source>
            <translation>正在取消 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="733" />
            <source>Carrier:</source>
            <translation>快遞公司：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="740" />
            <source>Assigning a carrier to %n orders</source>
            <translation>正在為 %n 個訂單指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="759" />
            <source>Rules checked %1 orders, %2 held</source>
            <translation>已按規則檢查 %1 個訂單，掛起 %2 個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="766" />
            <source>Running the review rules</source>
            <translation>正在執行審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="775" />
            <source>Merge orders</source>
            <translation>合併訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="776" />
            <source>Merge %n orders into one new order? The originals are cancelled and point to it; their payments move to it.</source>
            <translation>
                <numerusform>將 %n 個訂單合併為一個新訂單？原訂單將取消並指向新訂單，其付款轉入新訂單。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="785" />
            <source>Merged into %1</source>
            <translation>已合併為 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="805" />
            <source>Split off %1</source>
            <translation>已拆出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="811" />
            <source>Created %1</source>
            <translation>已建立 %1</translation>
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
        <name>ReviewRulesDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="364" />
            <source>Review rules</source>
            <translation>審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Enabled</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Action</source>
            <translation>處理方式</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="369" />
            <source>Parameter</source>
            <translation>引數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="385" />
            <source>Hold the order</source>
            <translation>掛起訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="386" />
            <source>Only flag it</source>
            <translation>僅標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="395" />
            <source>Threshold</source>
            <translation>閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="395" />
            <source>Hours</source>
            <translation>小時數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="402" />
            <source>&amp;Try on the last 1,000 orders</source>
            <translation>在最近 1,000 個訂單上試執行(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="437" />
            <source>would hold</source>
            <translation>將掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="437" />
            <source>would flag</source>
            <translation>將標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="438" />
            <source>%1: %2 %3 of the last %4 orders</source>
            <translation>%1：最近 %4 個訂單中%2 %3 個</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="413" />
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="414" />
            <source>Shared settings</source>
            <translation>共享設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="415" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="416" />
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
            <location filename="../../ui/tabs/settings_tab.py" line="282" />
            <location filename="../../ui/tabs/settings_tab.py" line="284" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="284" />
            <source>Settings saved.</source>
            <translation>設定已儲存。</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="271" />
            <source>Split order %1</source>
            <translation>拆分訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="274" />
            <source>Line</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="275" />
            <source>Ordered</source>
            <translation>訂購數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="276" />
            <source>To the new order</source>
            <translation>拆到新訂單</translation>
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
            <location filename="../../ui/tabs/settings_tab.py" line="304" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本機內建資料庫（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="308" />
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="309" />
            <source>&amp;Database URL:</source>
            <translation>資料庫地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="313" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多臺工作站請使用共享伺服器，例如 postgresql://user@server/kuaidan。密碼只詢問一次，儲存在系統鑰匙串中，絕不寫入檔案。更改在下次啟動時生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="321" />
            <source>&amp;Save for this workstation</source>
            <translation>儲存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="333" />
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="333" />
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
            <source>Expected an order filter</source>
            <translation>需要訂單篩選條件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>A view needs a name of 1 to 64 characters</source>
            <translation>檢視名稱需為 1 到 64 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>The saved view is damaged</source>
            <translation>已儲存的檢視已損壞</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>No order with id {order_id}</source>
            <translation>沒有編號為 {order_id} 的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>No saved view with id {view_id}</source>
            <translation>沒有編號為 {view_id} 的已儲存檢視</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>Order {order_no} is {status} (since {user} at {time}); it cannot be {action}</source>
            <translation>訂單 {order_no} 當前為「{status}」（{user} 於 {time}），不能執行「{action}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>{field}: must be zero or more</source>
            <translation>{field}：不能為負數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>{field}: at most two decimal places</source>
            <translation>{field}：最多兩位小數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>{field} is required</source>
            <translation>{field} 為必填項</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>{field}: at most {limit} characters</source>
            <translation>{field}：最多 {limit} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>Expected an order</source>
            <translation>需要一個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>{phone} is not a valid phone number</source>
            <translation>{phone} 不是有效的電話號碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>The address is too short: street and number are needed</source>
            <translation>地址太短：需要街道和門牌號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>An order needs at least one line</source>
            <translation>訂單至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>The order discount is larger than goods and shipping together</source>
            <translation>訂單優惠大於商品金額與運費之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Paid {paid} is more than the total {total}</source>
            <translation>已付 {paid} 超過總額 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>Order {order_no}: the address is incomplete ({fields})</source>
            <translation>訂單 {order_no}：地址不完整（{fields}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>Order {order_no}: the phone number is not valid</source>
            <translation>訂單 {order_no}：電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Order {order_no} was already {status} by {user} at {time}</source>
            <translation>訂單 {order_no} 已由 {user} 於 {time} 處理為「{status}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>Order {order_no} is on hold ({reason}); release the hold first</source>
            <translation>訂單 {order_no} 已掛起（{reason}），請先解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>Order {order_no}: SKU {sku} is not in the catalogue</source>
            <translation>訂單 {order_no}：SKU {sku} 不在商品目錄中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>Order {order_no} has no lines</source>
            <translation>訂單 {order_no} 沒有明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>Order {order_no} was changed by {user} at {time}; reload it and try again</source>
            <translation>訂單 {order_no} 已被 {user} 於 {time} 修改，請重新載入後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>{field}: not an amount of money</source>
            <translation>{field}：不是有效金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>Line {line}: no active product with SKU {sku}</source>
            <translation>第 {line} 行：沒有 SKU 為 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>Line {line}: the quantity must be a whole number above 0</source>
            <translation>第 {line} 行：數量須為大於 0 的整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>Line {line}: at most {limit} pieces</source>
            <translation>第 {line} 行：最多 {limit} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>Line {line}: the discount is larger than the line's value</source>
            <translation>第 {line} 行：優惠大於該行金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>Order {order_no} cannot be confirmed, not enough stock: {shortages}</source>
            <translation>訂單 {order_no} 無法確認，庫存不足：{shortages}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>Order {order_no} is already on hold ({reason})</source>
            <translation>訂單 {order_no} 已掛起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>Order {order_no} is {status}; only open orders can be held</source>
            <translation>訂單 {order_no} 當前為「{status}」，只有未完結的訂單可以掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>Order {order_no} is not on hold</source>
            <translation>訂單 {order_no} 未掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>No active carrier with id {carrier_id}</source>
            <translation>沒有編號為 {carrier_id} 的啟用中快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>Order {order_no} is {status}; its carrier can no longer change</source>
            <translation>訂單 {order_no} 當前為「{status}」，不能再更換快遞</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>Select at least two orders to merge</source>
            <translation>請至少選擇兩個訂單進行合併</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>Choose the lines and pieces to split off</source>
            <translation>請選擇要拆出的明細和件數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Order {order_no} is {status}; only orders not yet picked can be split</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能拆分尚未揀貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>Leave at least one piece on order {order_no}</source>
            <translation>訂單 {order_no} 至少要保留一件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>Order {order_no} is {status}; only orders not yet confirmed can be edited</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能修改尚未確認的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Paid {paid} does not match the order total {total}</source>
            <translation>已付 {paid} 與訂單總額 {total} 不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>No single warehouse holds every item of order {order_no}; split the order</source>
            <translation>沒有一個倉庫能備齊訂單 {order_no} 的全部商品，請拆分訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>Order {order_no} is {status}; only orders not yet picked can be merged</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能合併尚未揀貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Order {order_no} goes to another recipient or address than {other}</source>
            <translation>訂單 {order_no} 的收件人或地址與 {other} 不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>Line {line_id} is not part of order {order_no}</source>
            <translation>明細 {line_id} 不屬於訂單 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>Line {line}: split between 1 and {qty} pieces</source>
            <translation>第 {line} 行：可拆出 1 到 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>Orders changed while they were approved</source>
            <translation>稽核過程中訂單已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>Orders changed while they were confirmed</source>
            <translation>確認過程中訂單已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>Order {order_id} could not be saved: it breaks a rule of the database</source>
            <translation>訂單 {order_id} 無法儲存：違反了資料庫規則</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）無權執行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>Not logged in</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>{key}: enter an amount such as 2000.00</source>
            <translation>{key}：請輸入金額，例如 2000.00</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>{key}: enter a whole number from {minimum} to {maximum}</source>
            <translation>{key}：請輸入 {minimum} 到 {maximum} 之間的整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Expected a list of order ids</source>
            <translation>需要訂單編號列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>No review rule {code}</source>
            <translation>沒有審單規則 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>A rule either holds or flags an order, not {action}</source>
            <translation>規則只能掛起或標記訂單，不能是 {action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>Unknown setting {key}</source>
            <translation>未知的設定項 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：應為是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少為 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多為 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>{label}: expected text</source>
            <translation>{label}：應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>No product with id {product_id}</source>
            <translation>找不到編號為 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到編號為 {warehouse_id} 的倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 倉庫中 {sku} 僅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>該記錄已被他人修改，請重新整理後重試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>資料庫繁忙（已重試 {attempts} 次），請稍後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
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
