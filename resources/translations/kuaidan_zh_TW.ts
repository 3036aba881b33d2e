<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="242" />
            <source>Adjust stock</source>
            <translation>庫存調整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="250" />
            <source>Negative takes stock off the shelf, positive adds</source>
            <translation>負數為減少庫存，正數為增加</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Damaged</source>
            <translation>損壞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Lost</source>
            <translation>丟失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Found</source>
            <translation>盤盈找回</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Sample</source>
            <translation>樣品領用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="256" />
            <source>Expired</source>
            <translation>過期</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="258" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="259" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="260" />
            <source>&amp;Change (±):</source>
            <translation>調整數量 ±(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="261" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="262" />
            <source>Adjust</source>
            <translation>調整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="271" />
            <source>Choose a SKU first.</source>
            <translation>請先選擇 SKU。</translation>
        </message>
    </context>
    <context>
        <name>Aftersales</name>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="237" />
            <location filename="../../ui/aftersales/queues.py" line="85" />
            <location filename="../../ui/aftersales/queues.py" line="145" />
            <location filename="../../ui/aftersales/queues.py" line="161" />
            <source>After-sales</source>
            <translation>售後</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="17" />
            <source>Return</source>
            <translation>退貨退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="18" />
            <source>Exchange</source>
            <translation>換貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="19" />
            <source>Resend</source>
            <translation>補發</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="20" />
            <source>Refund only</source>
            <translation>僅退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="27" />
            <source>Requested</source>
            <translation>已申請</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="28" />
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="29" />
            <source>Awaiting return</source>
            <translation>待買家寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="30" />
            <source>Received</source>
            <translation>已收貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="31" />
            <source>Inspected</source>
            <translation>已驗貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="32" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="33" />
            <source>Sent again</source>
            <translation>已發出</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="34" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="35" />
            <source>Rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="52" />
            <source>&amp;Send the exchange…</source>
            <translation>發出換貨(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="54" />
            <source>&amp;Approve</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="55" />
            <source>Re&amp;ject…</source>
            <translation>拒絕(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="56" />
            <source>Awaiting re&amp;turn</source>
            <translation>等待寄回(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="57" />
            <source>Re&amp;ceive goods…</source>
            <translation>收貨(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="58" />
            <source>&amp;Inspection done</source>
            <translation>驗貨完成(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="59" />
            <source>Mark &amp;refunded</source>
            <translation>標記已退款(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="60" />
            <source>Re&amp;send…</source>
            <translation>補發(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="61" />
            <source>C&amp;lose case</source>
            <translation>關閉售後單(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="69" />
            <source>approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="70" />
            <source>rejected</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="71" />
            <source>marked awaiting return</source>
            <translation>標記為待寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="72" />
            <source>received</source>
            <translation>收貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="73" />
            <source>inspected</source>
            <translation>驗貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="74" />
            <source>marked refunded</source>
            <translation>標記為已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="75" />
            <source>sent again</source>
            <translation>發出替換商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="76" />
            <source>closed</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="83" />
            <source>Arrived damaged</source>
            <translation>到貨破損</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="84" />
            <source>Defective or poor quality</source>
            <translation>質量問題</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="85" />
            <source>Wrong item sent</source>
            <translation>發錯貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="86" />
            <source>Item missing from the parcel</source>
            <translation>少件/漏發</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="87" />
            <source>Wrong size or does not fit</source>
            <translation>尺碼不合適</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="88" />
            <source>Not as described</source>
            <translation>與描述不符</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="89" />
            <source>Changed mind (7-day no-reason return)</source>
            <translation>七天無理由退貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="92" />
            <source>Lost in transit</source>
            <translation>運輸途中丟件</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="93" />
            <source>Delivered late</source>
            <translation>送達延遲</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="94" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="101" />
            <source>Resellable</source>
            <translation>可二次銷售</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="102" />
            <source>Damaged</source>
            <translation>殘損</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="109" />
            <source>Waiting for approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="110" />
            <location filename="../../ui/aftersales/labels.py" line="134" />
            <source>Refund approved</source>
            <translation>退款已批准</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="111" />
            <location filename="../../ui/aftersales/labels.py" line="135" />
            <source>Refund rejected</source>
            <translation>退款已駁回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="119" />
            <source>After-sales case opened</source>
            <translation>建立售後單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="120" />
            <source>After-sales case approved</source>
            <translation>售後單已同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="121" />
            <source>After-sales case rejected</source>
            <translation>售後單已拒絕</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="122" />
            <source>Awaiting the return</source>
            <translation>等待買家寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="123" />
            <source>Return received</source>
            <translation>退貨已收到</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="124" />
            <source>Returned to stock</source>
            <translation>退貨入庫</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="125" />
            <source>Returned to quarantine</source>
            <translation>退貨入隔離區</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="126" />
            <source>Return inspected</source>
            <translation>退貨已驗貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="127" />
            <source>After-sales case refunded</source>
            <translation>售後已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="128" />
            <source>Replacement sent</source>
            <translation>已發出替換商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="129" />
            <source>After-sales case closed</source>
            <translation>售後單已關閉</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="130" />
            <source>Replacement for after-sales case</source>
            <translation>售後替換訂單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="133" />
            <source>Refund requested</source>
            <translation>申請退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="143" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="144" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="145" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="146" />
            <source>Shipping</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="147" />
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="148" />
            <source>Barcode</source>
            <translation>條碼</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="149" />
            <source>Case no</source>
            <translation>售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="150" />
            <source>Lines</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="151" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="35" />
            <source>Select a refund that waits for approval</source>
            <translation>請選擇一筆待審批的退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="37" />
            <source>This refund is already decided</source>
            <translation>該退款已處理</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="38" />
            <source>Your role may not approve refunds</source>
            <translation>您的角色無權審批退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="39" />
            <source>You requested this refund; someone else must approve it</source>
            <translation>這筆退款是您申請的，須由他人審批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="42" />
            <source>Above the supervisor threshold: a supervisor must approve it</source>
            <translation>超過主管審批額度：須由主管審批</translation>
        </message>
    </context>
    <context>
        <name>AftersalesQueues</name>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="53" />
            <source>&amp;Open case</source>
            <translation>開啟售後單(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="55" />
            <source>Appro&amp;ve refund</source>
            <translation>批准退款(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="58" />
            <source>Reject re&amp;fund…</source>
            <translation>駁回退款(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="90" />
            <source>Open after-sales cases (%1)</source>
            <translation>處理中的售後單（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="93" />
            <source>Refunds waiting for approval (%1)</source>
            <translation>待審批的退款（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="108" />
            <source>Approve the selected refund (Ctrl+Shift+A)</source>
            <translation>批准選中的退款（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>Reject the refund</source>
            <translation>駁回退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>Re&amp;ject</source>
            <translation>駁回(&amp;J)</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../ui/audit_labels.py" line="21" />
            <source>Order created</source>
            <translation>建立訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="22" />
            <source>Order edited</source>
            <translation>修改訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="23" />
            <source>Payment recorded on order</source>
            <translation>訂單登記付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="24" />
            <source>Order approved</source>
            <translation>稽核透過</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="25" />
            <source>Order returned for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="28" />
            <source>Order resubmitted</source>
            <translation>重新提交稽核</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="29" />
            <source>Order confirmed (stock reserved)</source>
            <translation>確認訂單（鎖定庫存）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="30" />
            <source>Order picked</source>
            <translation>訂單揀貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="31" />
            <source>Order packed</source>
            <translation>訂單打包</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="32" />
            <source>Order shipped</source>
            <translation>訂單發貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="33" />
            <source>Order delivered</source>
            <translation>訂單簽收</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="34" />
            <source>Order completed</source>
            <translation>訂單完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="35" />
            <source>Order cancelled</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="36" />
            <source>Order stock released</source>
            <translation>釋放訂單庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="37" />
            <source>Order put on hold</source>
            <translation>掛起訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="38" />
            <source>Order hold released</source>
            <translation>解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="39" />
            <source>Review rules applied</source>
            <translation>執行審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="40" />
            <source>Order lines linked to SKUs</source>
            <translation>訂單商品關聯SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="41" />
            <source>Carrier assigned</source>
            <translation>指定快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="42" />
            <source>Orders merged</source>
            <translation>合併訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="43" />
            <source>Order merged into another</source>
            <translation>訂單被合併</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="44" />
            <source>Order split</source>
            <translation>拆分訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="45" />
            <source>Packing checked by scan</source>
            <translation>掃描驗貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="46" />
            <source>Payment recorded</source>
            <translation>登記付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="47" />
            <source>Payment problem resolved</source>
            <translation>處理付款異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="48" />
            <source>COD collected by carrier</source>
            <translation>快遞代收貨款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="49" />
            <source>COD remitted</source>
            <translation>代收貨款回款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="50" />
            <source>Refund requested</source>
            <translation>申請退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="51" />
            <source>Refund approved</source>
            <translation>批准退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="52" />
            <source>Refund rejected</source>
            <translation>駁回退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="53" />
            <source>Goods received</source>
            <translation>入庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="54" />
            <source>Stock reserved</source>
            <translation>鎖定庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="55" />
            <source>Stock reservation released</source>
            <translation>釋放庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="56" />
            <source>Stock shipped out</source>
            <translation>發貨出庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="57" />
            <source>Return put back in stock</source>
            <translation>退貨入庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="58" />
            <source>Return quarantined</source>
            <translation>退貨隔離</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="59" />
            <source>Stock adjusted</source>
            <translation>庫存調整</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="60" />
            <source>Transfer sent out</source>
            <translation>調撥出庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="61" />
            <source>Transfer received in</source>
            <translation>調撥入庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="62" />
            <source>Stocktake posted</source>
            <translation>盤點過賬</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="63" />
            <source>Stock figures repaired</source>
            <translation>庫存修復</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="64" />
            <source>Stock level settings changed</source>
            <translation>修改庫存設定</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="65" />
            <source>Transfer created</source>
            <translation>建立調撥單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="66" />
            <source>Transfer dispatched</source>
            <translation>調撥發出</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="67" />
            <source>Transfer received</source>
            <translation>調撥收貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="68" />
            <source>Transfer cancelled</source>
            <translation>取消調撥</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="69" />
            <source>Stock count started</source>
            <translation>建立盤點</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="70" />
            <source>Count recorded</source>
            <translation>錄入盤點數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="71" />
            <source>Stock count posted</source>
            <translation>盤點過賬完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="72" />
            <source>Stock count cancelled</source>
            <translation>取消盤點</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="73" />
            <source>Product created</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="74" />
            <source>Product changed</source>
            <translation>修改商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="75" />
            <source>Product cost changed</source>
            <translation>修改商品成本</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="76" />
            <source>Warehouse created</source>
            <translation>新建倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="77" />
            <source>Warehouse changed</source>
            <translation>修改倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="78" />
            <source>Pick wave created</source>
            <translation>建立揀貨波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="79" />
            <source>Pick wave picked</source>
            <translation>波次揀貨完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="80" />
            <source>Pick wave closed</source>
            <translation>關閉波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="81" />
            <source>Parcel label created</source>
            <translation>生成快遞面單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="82" />
            <source>Parcel weighed</source>
            <translation>包裹稱重</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="83" />
            <source>Parcels handed to carrier</source>
            <translation>交接快遞</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="84" />
            <source>Parcel label voided</source>
            <translation>作廢面單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="85" />
            <source>Parcel label reprinted</source>
            <translation>重打面單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="86" />
            <source>Parcel status changed</source>
            <translation>包裹狀態更新</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="87" />
            <source>Parcel delivered</source>
            <translation>包裹簽收</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="88" />
            <source>Parcel problem handled</source>
            <translation>處理物流異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="89" />
            <source>Tracking event added</source>
            <translation>新增物流軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="90" />
            <source>Tracking file imported</source>
            <translation>匯入物流軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="91" />
            <source>Carrier created</source>
            <translation>新建快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="92" />
            <source>Carrier changed</source>
            <translation>修改快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="93" />
            <source>Carrier service created</source>
            <translation>新建快遞服務</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="94" />
            <source>Carrier service changed</source>
            <translation>修改快遞服務</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="95" />
            <source>Carrier service deleted</source>
            <translation>刪除快遞服務</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="96" />
            <source>Carrier rule created</source>
            <translation>新建快遞分配規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="97" />
            <source>Carrier rule changed</source>
            <translation>修改快遞分配規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="98" />
            <source>Carrier rule deleted</source>
            <translation>刪除快遞分配規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="99" />
            <source>Shipping rate created</source>
            <translation>新建運費規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="100" />
            <source>Shipping rate changed</source>
            <translation>修改運費規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="101" />
            <source>Shipping rate deleted</source>
            <translation>刪除運費規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="102" />
            <source>Tracking number pool created</source>
            <translation>新建單號池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="103" />
            <source>Tracking number pool changed</source>
            <translation>修改單號池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="104" />
            <source>Customer created</source>
            <translation>新建客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="105" />
            <source>Customer changed</source>
            <translation>修改客戶資料</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="106" />
            <source>Customers merged</source>
            <translation>合併客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="107" />
            <source>Orders linked to customers</source>
            <translation>訂單關聯客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="108" />
            <source>Buyer account linked</source>
            <translation>關聯買家賬號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="109" />
            <source>Personal data revealed</source>
            <translation>檢視完整個人資訊</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="110" />
            <source>Customer blacklist changed</source>
            <translation>修改客戶黑名單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="111" />
            <source>Ticket created</source>
            <translation>新建工單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="112" />
            <source>Ticket changed</source>
            <translation>修改工單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="113" />
            <source>Ticket status changed</source>
            <translation>工單狀態變更</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="114" />
            <source>Ticket priority changed</source>
            <translation>修改工單優先順序</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="115" />
            <source>Ticket assigned</source>
            <translation>指派工單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="116" />
            <source>Ticket reply</source>
            <translation>工單回覆</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="117" />
            <source>Ticket rated</source>
            <translation>工單評價</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="118" />
            <source>Ticket linked to an order</source>
            <translation>工單關聯訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="119" />
            <source>Ticket linked to a case</source>
            <translation>工單關聯售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="120" />
            <source>Reply template created</source>
            <translation>新建回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="121" />
            <source>Reply template changed</source>
            <translation>修改回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="122" />
            <source>Reply template deleted</source>
            <translation>刪除回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="123" />
            <source>After-sales case created</source>
            <translation>新建售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="124" />
            <source>Returned item received</source>
            <translation>收到退貨商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="125" />
            <source>After-sales case approved</source>
            <translation>售後單稽核透過</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="126" />
            <source>After-sales case rejected</source>
            <translation>駁回售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="127" />
            <source>Waiting for the return</source>
            <translation>等待退貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="128" />
            <source>Return received</source>
            <translation>退貨已收到</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="129" />
            <source>Return inspected</source>
            <translation>退貨質檢</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="130" />
            <source>Case refunded</source>
            <translation>售後退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="131" />
            <source>Replacement sent</source>
            <translation>補發商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="132" />
            <source>After-sales case closed</source>
            <translation>關閉售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="133" />
            <source>Import started</source>
            <translation>開始匯入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="134" />
            <source>Orders imported (part)</source>
            <translation>匯入訂單（分批）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="135" />
            <source>Import finished</source>
            <translation>匯入完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="136" />
            <source>Import resumed</source>
            <translation>繼續匯入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="137" />
            <source>Import profile saved</source>
            <translation>儲存匯入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="138" />
            <source>Import profile deleted</source>
            <translation>刪除匯入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="139" />
            <source>SKU mapping saved</source>
            <translation>儲存SKU對應</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="140" />
            <source>SKU mapping deleted</source>
            <translation>刪除SKU對應</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="141" />
            <source>Orders exported</source>
            <translation>匯出訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="142" />
            <source>Shipping file exported</source>
            <translation>匯出發貨檔案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="143" />
            <source>Audit log exported</source>
            <translation>匯出操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="144" />
            <source>Exception assigned</source>
            <translation>指派異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="145" />
            <source>Exception handled</source>
            <translation>處理異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="146" />
            <source>Review rule changed</source>
            <translation>修改審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="147" />
            <source>Setting changed</source>
            <translation>修改設定</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="148" />
            <source>Saved view saved</source>
            <translation>儲存檢視</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="149" />
            <source>Saved view deleted</source>
            <translation>刪除檢視</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="150" />
            <source>User created</source>
            <translation>新建使用者</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="151" />
            <source>User changed</source>
            <translation>修改使用者</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="152" />
            <source>Logged in</source>
            <translation>登入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="153" />
            <source>Login failed</source>
            <translation>登入失敗</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="154" />
            <source>Password changed</source>
            <translation>修改密碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="155" />
            <source>Password reset</source>
            <translation>重置密碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="156" />
            <source>Account unlocked</source>
            <translation>解鎖賬號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="157" />
            <source>Backup made</source>
            <translation>建立備份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="158" />
            <source>Backup verified</source>
            <translation>校驗備份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="159" />
            <source>Backup restored</source>
            <translation>恢復備份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="160" />
            <source>Restore started</source>
            <translation>開始恢復備份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="161" />
            <source>Restore failed</source>
            <translation>恢復備份失敗</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="162" />
            <source>Moving the data to another database failed</source>
            <translation>遷移資料到其他資料庫失敗</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="165" />
            <source>Data moved in from another database</source>
            <translation>從其他資料庫遷入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="168" />
            <source>Data moved to another database</source>
            <translation>遷出到其他資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="171" />
            <source>Demo data generated</source>
            <translation>生成演示資料</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="172" />
            <source>Alert mail password changed</source>
            <translation>修改預警郵件密碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="173" />
            <source>Failed alert mails sent again</source>
            <translation>重發失敗的預警郵件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="179" />
            <location filename="../../ui/audit_labels.py" line="215" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="180" />
            <location filename="../../ui/audit_labels.py" line="224" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="181" />
            <location filename="../../ui/audit_labels.py" line="216" />
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="182" />
            <location filename="../../ui/audit_labels.py" line="217" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="183" />
            <location filename="../../ui/audit_labels.py" line="229" />
            <source>After-sales case</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="184" />
            <location filename="../../ui/audit_labels.py" line="228" />
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="185" />
            <location filename="../../ui/audit_labels.py" line="227" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="186" />
            <location filename="../../ui/audit_labels.py" line="221" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="187" />
            <location filename="../../ui/audit_labels.py" line="222" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="188" />
            <source>Stock level</source>
            <translation>庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="189" />
            <location filename="../../ui/audit_labels.py" line="219" />
            <source>Transfer</source>
            <translation>調撥單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="190" />
            <location filename="../../ui/audit_labels.py" line="220" />
            <source>Stock count</source>
            <translation>盤點單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="191" />
            <location filename="../../ui/audit_labels.py" line="223" />
            <source>Pick wave</source>
            <translation>揀貨波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="192" />
            <location filename="../../ui/audit_labels.py" line="226" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="193" />
            <location filename="../../ui/audit_labels.py" line="234" />
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="194" />
            <location filename="../../ui/audit_labels.py" line="233" />
            <source>Setting</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="195" />
            <location filename="../../ui/audit_labels.py" line="230" />
            <source>Import</source>
            <translation>匯入批次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="196" />
            <location filename="../../ui/audit_labels.py" line="232" />
            <source>Exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="197" />
            <source>Carrier service</source>
            <translation>快遞服務</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="198" />
            <source>Carrier rule</source>
            <translation>快遞分配規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="199" />
            <source>Shipping rate</source>
            <translation>運費規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="200" />
            <source>Tracking number pool</source>
            <translation>單號池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="201" />
            <source>Reply template</source>
            <translation>回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="202" />
            <source>Import profile</source>
            <translation>匯入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="203" />
            <source>SKU mapping</source>
            <translation>SKU對應</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="204" />
            <source>Review rule</source>
            <translation>審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="205" />
            <source>Saved view</source>
            <translation>檢視</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="206" />
            <location filename="../../ui/audit_labels.py" line="235" />
            <source>Backup</source>
            <translation>備份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="207" />
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="208" />
            <location filename="../../ui/audit_labels.py" line="236" />
            <source>Alert mail</source>
            <translation>預警郵件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="209" />
            <source>Audit log</source>
            <translation>操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="218" />
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="225" />
            <source>Tracking</source>
            <translation>物流軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="231" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="267" />
            <source>assignee</source>
            <translation>處理人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="268" />
            <source>audit sequence</source>
            <translation>審計序號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="269" />
            <source>bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="270" />
            <source>bins</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="271" />
            <source>blacklist reason</source>
            <translation>黑名單原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="272" />
            <location filename="../../ui/audit_labels.py" line="325" />
            <source>message</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="275" />
            <source>after-sales case</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="276" />
            <source>case number</source>
            <translation>售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="277" />
            <source>cases moved</source>
            <translation>轉移的售後單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="278" />
            <source>category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="279" />
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="280" />
            <source>channel buyer ID</source>
            <translation>平臺買家ID</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="281" />
            <source>checkpoint row</source>
            <translation>斷點行</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="282" />
            <source>code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="283" />
            <source>columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="284" />
            <source>unit cost</source>
            <translation>單位成本</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="285" />
            <source>count</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="286" />
            <source>counter</source>
            <translation>計數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="287" />
            <source>created</source>
            <translation>已建立</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="288" />
            <source>customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="289" />
            <source>customers created</source>
            <translation>新建客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="290" />
            <source>delivered at</source>
            <translation>簽收時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="291" />
            <source>disposition</source>
            <translation>處置方式</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="292" />
            <source>duplicates</source>
            <translation>重複</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="293" />
            <source>duplicates skipped</source>
            <translation>跳過的重複</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="294" />
            <source>end</source>
            <translation>結束</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="295" />
            <source>days to deliver</source>
            <translation>預計天數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="296" />
            <source>event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="297" />
            <source>events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="298" />
            <source>everyone's entries</source>
            <translation>全部人員記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="299" />
            <source>exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="300" />
            <source>expected</source>
            <translation>預期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="301" />
            <source>failed attempts</source>
            <translation>失敗次數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="303" />
            <source>file name</source>
            <translation>檔名</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="304" />
            <source>file checksum</source>
            <translation>檔案校驗值</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="305" />
            <source>filter</source>
            <translation>篩選條件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="306" />
            <source>format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="307" />
            <source>from</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="308" />
            <source>given buyer ID</source>
            <translation>提供的買家ID</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="309" />
            <source>held</source>
            <translation>已掛起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="311" />
            <source>internal</source>
            <translation>內部</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="312" />
            <source>active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="313" />
            <source>blacklisted</source>
            <translation>黑名單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="314" />
            <source>on hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="315" />
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="316" />
            <source>kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="317" />
            <source>label status</source>
            <translation>面單狀態</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="319" />
            <source>lines created</source>
            <translation>新建明細</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="320" />
            <source>locked until</source>
            <translation>鎖定至</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="321" />
            <source>column mapping</source>
            <translation>列對映</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="322" />
            <source>merged customer</source>
            <translation>被合併客戶</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="323" />
            <source>merged customer name</source>
            <translation>被合併客戶姓名</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="324" />
            <source>merged into</source>
            <translation>合併到</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="326" />
            <source>method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="329" />
            <source>order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="330" />
            <location filename="../../ui/audit_labels.py" line="332" />
            <source>orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="333" />
            <source>orders created</source>
            <translation>新建訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="334" />
            <source>orders moved</source>
            <translation>轉移的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="335" />
            <source>origin</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="336" />
            <source>owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="337" />
            <source>paid amount</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="338" />
            <source>paid at</source>
            <translation>付款時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="339" />
            <source>payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="340" />
            <source>personal data</source>
            <translation>個人資訊</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="341" />
            <source>platform</source>
            <translation>平臺</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="342" />
            <source>platform SKU</source>
            <translation>平臺SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="343" />
            <source>prefix</source>
            <translation>字首</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="344" />
            <source>priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="345" />
            <source>problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="346" />
            <source>product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="348" />
            <source>rating</source>
            <translation>評分</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="350" />
            <source>reason code</source>
            <translation>原因程式碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="351" />
            <source>reference</source>
            <translation>參考號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="352" />
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="353" />
            <source>refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="354" />
            <source>region</source>
            <translation>地區</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="355" />
            <source>remitted amount</source>
            <translation>回款金額</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="356" />
            <source>resolved at</source>
            <translation>解決時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="357" />
            <source>revealed</source>
            <translation>已檢視</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="360" />
            <source>rows failed</source>
            <translation>失敗行數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="361" />
            <source>rules</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="362" />
            <source>safety stock</source>
            <translation>安全庫存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="363" />
            <source>scans</source>
            <translation>掃描</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="364" />
            <source>seconds</source>
            <translation>秒數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="365" />
            <source>seed</source>
            <translation>隨機種子</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="366" />
            <source>parcels</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="367" />
            <source>shipped at</source>
            <translation>發貨時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="368" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="369" />
            <source>SKUs</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="370" />
            <source>due by</source>
            <translation>時限</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="371" />
            <source>sources</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="372" />
            <source>split into</source>
            <translation>拆分為</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="373" />
            <source>start</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="374" />
            <source>state</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="375" />
            <source>status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="395" />
            <source>replacement order</source>
            <translation>補發訂單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="396" />
            <source>received</source>
            <translation>已收貨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="397" />
            <source>price</source>
            <translation>價格</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="398" />
            <source>barcode</source>
            <translation>條碼</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="399" />
            <source>e-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="401" />
            <source>tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="402" />
            <source>unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="403" />
            <source>discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="404" />
            <source>shipping fee</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="405" />
            <source>currency</source>
            <translation>幣種</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="406" />
            <source>cash on delivery</source>
            <translation>貨到付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="407" />
            <source>remark</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="408" />
            <source>buyer note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="409" />
            <source>seller note</source>
            <translation>賣家備註</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="328" />
            <source>note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="349" />
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="347" />
            <source>quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="266" />
            <source>amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="380" />
            <source>total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="327" />
            <source>name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="358" />
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="331" />
            <source>order number</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="381" />
            <source>tracking number</source>
            <translation>快遞單號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="382" />
            <source>tracking numbers</source>
            <translation>快遞單號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="385" />
            <location filename="../../ui/audit_labels.py" line="386" />
            <source>warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="273" />
            <location filename="../../ui/audit_labels.py" line="274" />
            <source>carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="318" />
            <source>order lines</source>
            <translation>訂單明細</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="376" />
            <source>subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="377" />
            <source>ticket number</source>
            <translation>工單號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="378" />
            <source>tickets moved</source>
            <translation>轉移的工單</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="379" />
            <source>to</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="383" />
            <source>uncovered</source>
            <translation>未覆蓋</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="384" />
            <source>user name</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="387" />
            <source>wave number</source>
            <translation>波次號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="388" />
            <source>weight (g)</source>
            <translation>重量（克）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="389" />
            <source>width</source>
            <translation>寬度</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="390" />
            <source>workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="391" />
            <source>recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="392" />
            <location filename="../../ui/audit_labels.py" line="400" />
            <source>phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="393" />
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="310" />
            <source>hold reason</source>
            <translation>掛起原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="359" />
            <source>rows</source>
            <translation>行數</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="302" />
            <source>file</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="394" />
            <source>value</source>
            <translation>值</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location filename="../../ui/audit_view.py" line="77" />
            <source>Audit log</source>
            <translation>操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="77" />
            <source>My actions</source>
            <translation>我的操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="82" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="93" />
            <source>Only my actions</source>
            <translation>僅我的操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="97" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="104" />
            <source>Any object</source>
            <translation>全部物件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="109" />
            <location filename="../../ui/audit_view.py" line="301" />
            <source>Number or id</source>
            <translation>單號或編號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="115" />
            <source>All time</source>
            <translation>全部時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="116" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="117" />
            <source>Last 7 days</source>
            <translation>最近7天</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="118" />
            <source>Last 30 days</source>
            <translation>最近30天</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="119" />
            <source>Dates…</source>
            <translation>指定日期…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="133" />
            <source>User:</source>
            <translation>使用者：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="134" />
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="135" />
            <source>Object:</source>
            <translation>物件：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="137" />
            <source>Period:</source>
            <translation>時間：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>Object</source>
            <translation>物件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="149" />
            <source>Changes</source>
            <translation>修改內容</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="170" />
            <source>&amp;More</source>
            <translation>更多(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="173" />
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="176" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="262" />
            <source>%1 entries shown</source>
            <translation>顯示 %1 條</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="264" />
            <source>more below</source>
            <translation>下面還有</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="293" />
            <location filename="../../ui/audit_view.py" line="310" />
            <source>Export the audit log</source>
            <translation>匯出操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="293" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel 檔案 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="301" />
            <location filename="../../ui/audit_view.py" line="329" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="301" />
            <location filename="../../ui/audit_view.py" line="330" />
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="301" />
            <location filename="../../ui/audit_view.py" line="331" />
            <source>After</source>
            <translation>修改後</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="302" />
            <location filename="../../ui/audit_view.py" line="328" />
            <source>Entry no.</source>
            <translation>記錄號</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="311" />
            <source>%1 rows written to %2</source>
            <translation>已寫入 %1 行到 %2</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="327" />
            <source>not yet sealed</source>
            <translation>尚未封存</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="37" />
            <source>Not usable: %1</source>
            <translation>不可用：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="39" />
            <source>File: %1</source>
            <translation>檔案：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="40" />
            <source>Made at: %1 by %2 on %3</source>
            <translation>建立時間：%1，建立人 %2，電腦 %3</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="44" />
            <source>From: %1 (%2)</source>
            <translation>來源：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="47" />
            <source>Kuaidan %1, schema %2</source>
            <translation>快單 %1，資料結構 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="50" />
            <source>Audit chain head: seq %1</source>
            <translation>審計鏈頭：序號 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="53" />
            <source>Rows: %1 in %2 tables</source>
            <translation>行數：%1（%2 個資料表）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="135" />
            <source>&amp;Back up now</source>
            <translation>立即備份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="137" />
            <source>Restore &amp;drill</source>
            <translation>恢復演練(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="140" />
            <source>Verify the newest backup: restore it into a temporary database and check it</source>
            <translation>驗證最新備份：恢復到臨時資料庫並檢查</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="142" />
            <source>&amp;Verify selected</source>
            <translation>驗證所選(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="144" />
            <source>&amp;Restore selected…</source>
            <translation>恢復所選(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="146" />
            <source>Re&amp;fresh</source>
            <translation>重新整理(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="235" />
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="236" />
            <source>Made at</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="237" />
            <source>By</source>
            <translation>建立人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="238" />
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="239" />
            <source>Rows</source>
            <translation>行數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="240" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="241" />
            <source>Verified</source>
            <translation>驗證結果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="197" />
            <source>none yet</source>
            <translation>尚無</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="201" />
            <source>every %1 hours</source>
            <translation>每 %1 小時</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="203" />
            <source>no schedule</source>
            <translation>未設定計劃</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="206" />
            <source>made here</source>
            <translation>由本機執行</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="208" />
            <source>made by %1</source>
            <translation>由 %1 執行</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="208" />
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="211" />
            <source>Last backup: %1 · Schedule: %2, %3 · Folder: %4</source>
            <translation>上次備份：%1 · 計劃：%2，%3 · 資料夾：%4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="228" />
            <source>not yet</source>
            <translation>尚未驗證</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="229" />
            <source>✔ ok</source>
            <translation>✔ 正常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="229" />
            <source>✘ failed</source>
            <translation>✘ 失敗</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="226" />
            <source>✘ unusable</source>
            <translation>✘ 不可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="221" />
            <source>No backups in this folder yet.</source>
            <translation>此資料夾中還沒有備份。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="259" />
            <source>Backup written: %1 (%2 MB, %3 s)</source>
            <translation>備份已寫入：%1（%2 MB，%3 秒）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="266" />
            <source>Backing up</source>
            <translation>正在備份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="285" />
            <source>Restore drill</source>
            <translation>恢復演練</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="285" />
            <source>No backup yet.</source>
            <translation>還沒有備份。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="296" />
            <source>Verifying %1…</source>
            <translation>正在驗證 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="302" />
            <source>✔ %1</source>
            <translation>✔ %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="302" />
            <source>✘ %1</source>
            <translation>✘ %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="307" />
            <source>%1 verified: it restores and checks clean (%2 s).</source>
            <translation>%1 驗證透過：可以恢復且檢查無誤（%2 秒）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="309" />
            <source>%1 HAS PROBLEMS (%2 s).</source>
            <translation>%1 有問題（%2 秒）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="315" />
            <source>Verifying a backup</source>
            <translation>正在驗證備份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="325" />
            <source>Restore a backup</source>
            <translation>恢復備份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="335" />
            <source>Restoring %1…</source>
            <translation>正在恢復 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="340" />
            <source>Restored %1. The database as it was before is in %2. Kuaidan reloads now: log in again.</source>
            <translation>已恢復 %1。恢復前的資料庫已儲存在 %2。快單將重新載入：請重新登入。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="351" />
            <source>Restoring a backup</source>
            <translation>正在恢復備份</translation>
        </message>
    </context>
    <context>
        <name>BackupWatcher</name>
        <message>
            <location filename="../../ui/backup_watch.py" line="86" />
            <source>⚠ No backup yet</source>
            <translation>⚠ 尚無備份</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="88" />
            <source>⚠ Last backup %1 (cycle %2 h)</source>
            <translation>⚠ 上次備份 %1（週期 %2 小時）</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="96" />
            <source>⛔ %1 is restoring the database: please wait</source>
            <translation>⛔ %1 正在恢復資料庫：請稍候</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="100" />
            <source>⛔ Unfinished copy of a migration: do not use this database</source>
            <translation>⛔ 遷移未完成的副本：請勿使用此資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="117" />
            <source>The database was restored from a backup. Kuaidan reloads: log in again.</source>
            <translation>資料庫已從備份恢復。快單將重新載入：請重新登入。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="142" />
            <source>⚠ Scheduled backup failed: %1</source>
            <translation>⚠ 定時備份失敗：%1</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="146" />
            <source>Scheduled backup</source>
            <translation>定時備份</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="161" />
            <source>Database restored</source>
            <translation>資料庫已恢復</translation>
        </message>
    </context>
    <context>
        <name>BatchResultDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="323" />
            <source>%1: result</source>
            <translation>%1：結果</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="324" />
            <source>%1 of %2 orders done, %3 failed.</source>
            <translation>%2 個訂單中已完成 %1 個，失敗 %3 個。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="331" />
            <source>Stopped before the end: the rest was not touched.</source>
            <translation>已中途停止：其餘訂單未處理。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="336" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="337" />
            <source>Why it failed</source>
            <translation>失敗原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="348" />
            <source>&amp;Retry failed</source>
            <translation>重試失敗項(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="582" />
            <source>Suggested: %1, %2, %3</source>
            <translation>建議：%1，%2，%3</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="587" />
            <source>No carrier has a rate for this destination.</source>
            <translation>沒有快遞公司設定了到該地區的運費。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="607" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="608" />
            <source>Price</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="610" />
            <source>Delivery</source>
            <translation>時效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="612" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="593" />
            <source>suggested</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="595" />
            <source>cheapest</source>
            <translation>最便宜</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="597" />
            <source>fastest</source>
            <translation>最快</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="599" />
            <source>current</source>
            <translation>當前</translation>
        </message>
    </context>
    <context>
        <name>CarrierEditorDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="480" />
            <source>Carriers and rates</source>
            <translation>快遞公司與運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="493" />
            <source>&amp;New carrier…</source>
            <translation>新建快遞公司(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="494" />
            <source>&amp;Edit carrier…</source>
            <translation>編輯快遞公司(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="495" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="552" />
            <source>In use on/off</source>
            <translation>啟用 / 停用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="673" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="722" />
            <source>Code</source>
            <translation>程式碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="674" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="722" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="506" />
            <source>Days</source>
            <translation>時效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="519" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="716" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="785" />
            <source>Region</source>
            <translation>地區</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="788" />
            <source>First weight (g)</source>
            <translation>首重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="786" />
            <source>First price</source>
            <translation>首重價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="789" />
            <source>Step (g)</source>
            <translation>續重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="787" />
            <source>Step price</source>
            <translation>續重價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="861" />
            <source>Prefix</source>
            <translation>字首</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="862" />
            <source>From</source>
            <translation>起始號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="863" />
            <source>To</source>
            <translation>結束號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <source>Next</source>
            <translation>下一個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="512" />
            <source>Left</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="512" />
            <source>In use</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Position</source>
            <translation>順序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="931" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="518" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="932" />
            <source>Max weight (g)</source>
            <translation>最大重量(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="518" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="930" />
            <source>Min amount</source>
            <translation>最低金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="518" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="666" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="519" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="911" />
            <source>Enabled</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="539" />
            <source>Add service…</source>
            <translation>新增服務…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="540" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="546" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="558" />
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="541" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="547" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="559" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="542" />
            <source>Services</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="545" />
            <source>Add rate…</source>
            <translation>新增運費…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="548" />
            <source>Rate table</source>
            <translation>運費表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="551" />
            <source>Add number range…</source>
            <translation>新增單號段…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="553" />
            <source>Tracking numbers</source>
            <translation>電子面單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="555" />
            <source>Carriers</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="557" />
            <source>Add rule…</source>
            <translation>新增規則…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="560" />
            <source>Automatic carrier choice</source>
            <translation>自動選擇快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="586" />
            <source>(not in use)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="633" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="652" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="633" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="652" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="647" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="648" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="897" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="901" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="905" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="908" />
            <source>any</source>
            <translation>任意</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="675" />
            <source>Tracking page</source>
            <translation>查件網址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="677" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="723" />
            <source>&amp;Code:</source>
            <translation>程式碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="678" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="724" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="679" />
            <source>&amp;Tracking page:</source>
            <translation>查件網址(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="725" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="797" />
            <source>&amp;Delivery days:</source>
            <translation>時效天數(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="747" />
            <source>Delete service</source>
            <translation>刪除服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="748" />
            <source>Delete the service and its rates? Services used by parcels are kept.</source>
            <translation>刪除該服務及其運費？已被包裹使用的服務不會刪除。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="760" />
            <source>Rate</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="762" />
            <source>every service</source>
            <translation>所有服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="768" />
            <source>A province exactly as orders write it (广东省), or * for all</source>
            <translation>與訂單中寫法完全一致的省份（如 廣東省），或 * 表示其他所有地區</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="791" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="940" />
            <source>&amp;Service:</source>
            <translation>服務(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="792" />
            <source>&amp;Region:</source>
            <translation>地區(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="793" />
            <source>&amp;First weight:</source>
            <translation>首重(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="794" />
            <source>First &amp;price:</source>
            <translation>首重價格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="795" />
            <source>&amp;Each further:</source>
            <translation>每續重(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="796" />
            <source>Further p&amp;rice:</source>
            <translation>續重價格(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="820" />
            <source>Delete rate</source>
            <translation>刪除運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="820" />
            <source>Delete this rate?</source>
            <translation>刪除這條運費？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="830" />
            <source>Tracking-number range</source>
            <translation>電子面單號段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="843" />
            <source>Enter the first and last number of the range</source>
            <translation>請輸入號段的起始號和結束號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="849" />
            <source>%1 … %2 (%3 numbers)</source>
            <translation>%1 … %2（共 %3 個單號）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="864" />
            <source>Digits</source>
            <translation>位數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="866" />
            <source>&amp;Prefix:</source>
            <translation>字首(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="867" />
            <source>&amp;First number:</source>
            <translation>起始號(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="868" />
            <source>&amp;Last number:</source>
            <translation>結束號(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="869" />
            <source>&amp;Digits:</source>
            <translation>位數(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="870" />
            <source>Numbers:</source>
            <translation>單號：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="892" />
            <source>Carrier rule</source>
            <translation>快遞規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="916" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="934" />
            <source>&amp;Position (lower first):</source>
            <translation>順序(&amp;P)（小的優先）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="935" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="936" />
            <source>&amp;Province:</source>
            <translation>省份(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="937" />
            <source>&amp;Up to weight:</source>
            <translation>重量不超過(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="938" />
            <source>&amp;From order amount:</source>
            <translation>訂單金額不低於(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="939" />
            <source>&amp;Carrier:</source>
            <translation>快遞公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="971" />
            <source>Delete rule</source>
            <translation>刪除規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="971" />
            <source>Delete this rule?</source>
            <translation>刪除這條規則？</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="108" />
            <source>After-sales case</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="147" />
            <source>Lines</source>
            <translation>售後明細</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="167" />
            <source>&amp;Link ticket</source>
            <translation>關聯工單(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="170" />
            <source>Tickets:</source>
            <translation>工單：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="180" />
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="182" />
            <source>&amp;Request refund…</source>
            <translation>申請退款(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="184" />
            <source>Request a refund on this case (Ctrl+R)</source>
            <translation>為此售後單申請退款（Ctrl+R）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="186" />
            <source>Appro&amp;ve refund</source>
            <translation>批准退款(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="189" />
            <source>Reject re&amp;fund…</source>
            <translation>駁回退款(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="213" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="225" />
            <location filename="../../ui/aftersales/case_editor.py" line="344" />
            <source>Approve the selected refund (Ctrl+Shift+A)</source>
            <translation>批准選中的退款（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="249" />
            <source>After-sales case %1</source>
            <translation>售後單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="258" />
            <source>Customer: %1</source>
            <translation>客戶：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="259" />
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="260" />
            <source>Opened %1 by %2</source>
            <translation>%2 建立於 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="276" />
            <source>%1: paid %2 · refunded %3 · waiting %4</source>
            <translation>%1：已付 %2 · 已退 %3 · 待審批 %4</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="285" />
            <source>Replacement order: %1</source>
            <translation>替換訂單：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="307" />
            <source>Waiting for the warehouse to receive the goods</source>
            <translation>等待倉庫收貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="310" />
            <source>Waiting for the refund to be approved</source>
            <translation>等待退款審批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="311" />
            <source>Request the refund to finish the case</source>
            <translation>申請退款以完結售後單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="313" />
            <source>Waiting for a decision on the case</source>
            <translation>等待處理售後申請</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="379" />
            <source>Reject %1</source>
            <translation>拒絕 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="380" />
            <location filename="../../ui/aftersales/case_editor.py" line="469" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="380" />
            <location filename="../../ui/aftersales/case_editor.py" line="469" />
            <source>Re&amp;ject</source>
            <translation>拒絕(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="402" />
            <source>Case %1: %2</source>
            <translation>售後單 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="413" />
            <source>Send the case's items again? A new order at no charge is created for the customer's address and waits for review.</source>
            <translation>重新發出售後單中的商品？將按客戶地址生成一張免費的新訂單，進入待稽核。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="416" />
            <source>Resend</source>
            <translation>補發</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="448" />
            <source>Refund requested on case %1</source>
            <translation>已為售後單 %1 申請退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="462" />
            <source>Refund approved on case %1</source>
            <translation>已批准售後單 %1 的退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="469" />
            <source>Reject the refund</source>
            <translation>駁回退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="478" />
            <source>Refund rejected on case %1</source>
            <translation>已駁回售後單 %1 的退款</translation>
        </message>
    </context>
    <context>
        <name>CaseLinesModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="65" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="65" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="65" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="65" />
            <source>Pieces</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Received</source>
            <translation>已收回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Disposition</source>
            <translation>處置</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="67" />
            <source>Paid per piece</source>
            <translation>每件實付</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="67" />
            <source>Order status</source>
            <translation>訂單狀態</translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Case no</source>
            <translation>售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="35" />
            <source>Pieces</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="35" />
            <source>Received</source>
            <translation>已收回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="35" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="35" />
            <source>Waiting</source>
            <translation>待審批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Replacement order</source>
            <translation>替換訂單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Opened</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="39" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/accounts.py" line="48" />
            <location filename="../../ui/accounts.py" line="85" />
            <source>Change password</source>
            <translation>修改密碼</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="57" />
            <source>The password of %1 has expired. Choose a new one to continue.</source>
            <translation>%1 的密碼已過期，請設定新密碼後繼續。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="62" />
            <source>Change the password of %1.</source>
            <translation>修改 %1 的密碼。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="69" />
            <source>&amp;Current password:</source>
            <translation>當前密碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="73" />
            <source>&amp;New password:</source>
            <translation>新密碼(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="74" />
            <source>&amp;Repeat new password:</source>
            <translation>再次輸入新密碼(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="87" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="106" />
            <source>Enter your current password.</source>
            <translation>請輸入當前密碼。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/accounts.py" line="108" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密碼至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="110" />
            <source>The new password must differ from the current one.</source>
            <translation>新密碼不能與當前密碼相同。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="112" />
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../ui/i18n.py" line="96" />
            <source>Manual</source>
            <translation>手工錄入</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="97" />
            <source>Taobao</source>
            <translation>淘寶</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="98" />
            <source>Tmall</source>
            <translation>天貓</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="99" />
            <source>JD</source>
            <translation>京東</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="100" />
            <source>Pinduoduo</source>
            <translation>拼多多</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="101" />
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="102" />
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="103" />
            <source>Amazon</source>
            <translation>亞馬遜</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="104" />
            <source>eBay</source>
            <translation>eBay</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="105" />
            <source>WooCommerce</source>
            <translation>WooCommerce</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="106" />
            <source>Etsy</source>
            <translation>Etsy</translation>
        </message>
    </context>
    <context>
        <name>CodDialogs</name>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="74" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="75" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="76" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="77" />
            <source>Collected</source>
            <translation>代收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="78" />
            <source>Remitted</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="79" />
            <source>Difference</source>
            <translation>差額</translation>
        </message>
    </context>
    <context>
        <name>CodReportDialog</name>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="97" />
            <source>Cash on delivery by carrier</source>
            <translation>各快遞代收貨款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Parcels outstanding</source>
            <translation>未回款包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Outstanding</source>
            <translation>未回款金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="102" />
            <source>Collected</source>
            <translation>代收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="102" />
            <source>Remitted</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="102" />
            <source>Difference</source>
            <translation>差額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="115" />
            <source>Remitted differs from collected:</source>
            <translation>回款與代收金額不符：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="119" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="196" />
            <source>Type or scan a phone number, its last 4 digits and the name, an order no, a tracking no or a customer name, then press Enter.</source>
            <translation>輸入或掃描電話號碼、尾號4位加姓名、訂單號、運單號或客戶姓名，然後按回車。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="230" />
            <source>Re&amp;veal</source>
            <translation>檢視完整(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="233" />
            <source>Show the full phone numbers and addresses. Every reveal is audited.</source>
            <translation>顯示完整電話和地址。每次檢視都會記入審計日誌。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="249" />
            <source>Phone:</source>
            <translation>電話：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="250" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="251" />
            <source>Shop / buyer:</source>
            <translation>店鋪 / 買家：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="252" />
            <source>Note:</source>
            <translation>備註：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="253" />
            <source>Lifetime:</source>
            <translation>累計：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="257" />
            <source>&amp;New ticket…</source>
            <translation>新建工單(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="259" />
            <source>New ticket for this customer (Ctrl+N)</source>
            <translation>為該客戶新建工單 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="261" />
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="266" />
            <source>&amp;Merge duplicate…</source>
            <translation>合併重複客戶(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="290" />
            <source>◀ Newer</source>
            <translation>◀ 較新</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="291" />
            <source>Older ▶</source>
            <translation>更早 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="295" />
            <source>&amp;Hold order…</source>
            <translation>掛起訂單(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="297" />
            <source>Put the selected order on hold (e.g. address change)</source>
            <translation>掛起選中的訂單（如客戶改地址）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="306" />
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="311" />
            <source>Shipments</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="318" />
            <source>Tickets</source>
            <translation>工單</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="320" />
            <source>Cases &amp;&amp; refunds</source>
            <translation>售後與退款</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="324" />
            <source>Phones &amp;&amp; addresses used</source>
            <translation>用過的電話與地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="333" />
            <source>New after-sales &amp;case…</source>
            <translation>新建售後單(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="336" />
            <source>Return, exchange, resend or refund for this customer's orders (Ctrl+Shift+N)</source>
            <translation>為該客戶的訂單辦理退貨、換貨、補發或退款（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="358" />
            <source>After-sales cases (Enter opens one)</source>
            <translation>售後單（回車開啟）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="359" />
            <source>Refunds on this customer's orders</source>
            <translation>該客戶訂單的退款</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="416" />
            <source>Blacklisted: %1</source>
            <translation>黑名單：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="419" />
            <source>Remove from &amp;blacklist…</source>
            <translation>移出黑名單(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="419" />
            <source>&amp;Blacklist…</source>
            <translation>加入黑名單(&amp;B)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="430" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 個訂單</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="431" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>已取消 %n 單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="432" />
            <source>spend %1</source>
            <translation>消費 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="436" />
            <source>refunded %1</source>
            <translation>已退款 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="437" />
            <source>%n return(s)</source>
            <translation>
                <numerusform>售後 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="439" />
            <source>customer since %1</source>
            <translation>首單 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="448" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 個售後單</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="450" />
            <source>%n refund(s)</source>
            <translation>
                <numerusform>%n 筆退款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="451" />
            <source>%n waiting for approval</source>
            <translation>
                <numerusform>%n 筆待審批</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="453" />
            <source>Tickets (%1)</source>
            <translation>工單 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="454" />
            <source>Shipments (%1)</source>
            <translation>發貨 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="456" />
            <source>Cases &amp;&amp; refunds (%1)</source>
            <translation>售後與退款（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="477" />
            <source>Phone: %1</source>
            <translation>電話：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="479" />
            <source>Address: %1</source>
            <translation>地址：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="486" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 條，共 %3 條</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="492" />
            <source>No orders yet</source>
            <translation>暫無訂單</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="495" />
            <source>Orders (%1)</source>
            <translation>訂單 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="517" />
            <source>Select the order to hold first.</source>
            <translation>請先選擇要掛起的訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="529" />
            <source>Put %1 on hold</source>
            <translation>已掛起 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="635" />
            <source>Blacklist</source>
            <translation>黑名單</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="636" />
            <source>Take %1 off the blacklist? Their orders are no longer flagged.</source>
            <translation>將 %1 移出黑名單？其訂單將不再被標記。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="645" />
            <source>Blacklist %1</source>
            <translation>將 %1 加入黑名單</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="649" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="650" />
            <source>&amp;Blacklist</source>
            <translation>加入黑名單(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="676" />
            <source>Merge customers</source>
            <translation>合併客戶</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../ui/login.py" line="312" />
            <source>Database password</source>
            <translation>資料庫密碼</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="313" />
            <source>Password for %1:</source>
            <translation>%1 的密碼：</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <location filename="../../ui/kit/dialog.py" line="57" />
            <source>OK</source>
            <translation>確定</translation>
        </message>
        <message>
            <location filename="../../ui/kit/dialog.py" line="60" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/kit/dialog.py" line="180" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>DrillPage</name>
        <message numerus="yes">
            <location filename="../../ui/tabs/reports_tab.py" line="316" />
            <source>%n order(s): %1</source>
            <translation>
                <numerusform>%n 個訂單：%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="321" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="322" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="323" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="324" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="325" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="81" />
            <source>Filter: row, column, value or reason</source>
            <translation>篩選：行號、列、值或原因</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="115" />
            <source>Every problem</source>
            <translation>全部問題</translation>
        </message>
    </context>
    <context>
        <name>ExceptionCenter</name>
        <message>
            <location filename="../../ui/exception_center.py" line="39" />
            <source>Pending review too long</source>
            <translation>待稽核超時</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="42" />
            <source>Approved, not confirmed</source>
            <translation>已稽核未確認</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="43" />
            <source>Not shipped by the promise</source>
            <translation>超時未發貨</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="46" />
            <source>Unpaid too long</source>
            <translation>待付款超時</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="47" />
            <source>Out of stock</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="48" />
            <source>Payment mismatch</source>
            <translation>付款金額不符</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="49" />
            <source>Ticket past its SLA</source>
            <translation>工單超時</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="50" />
            <source>After-sales case overdue</source>
            <translation>售後單超時</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="53" />
            <source>No tracking movement</source>
            <translation>物流無更新</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="54" />
            <source>Parcel lost</source>
            <translation>包裹丟失</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="55" />
            <source>Parcel damaged</source>
            <translation>包裹破損</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="56" />
            <source>Parcel returned</source>
            <translation>包裹退回</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="57" />
            <source>Address problem</source>
            <translation>地址異常</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="58" />
            <source>Parcel delayed</source>
            <translation>包裹滯留</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="65" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="66" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="67" />
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="68" />
            <source>After-sales case</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="74" />
            <location filename="../../ui/exception_center.py" line="118" />
            <source>Open</source>
            <translation>未處理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="75" />
            <location filename="../../ui/exception_center.py" line="119" />
            <source>Handled</source>
            <translation>已處理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="76" />
            <location filename="../../ui/exception_center.py" line="121" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="82" />
            <source>Critical</source>
            <translation>嚴重</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="83" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="110" />
            <source>Exception center</source>
            <translation>異常中心</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="120" />
            <source>Open and handled</source>
            <translation>未處理和已處理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="124" />
            <source>Assigned to me</source>
            <translation>分派給我的</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="127" />
            <source>Order, tracking, ticket or case number</source>
            <translation>訂單號、運單號、工單號或售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="130" />
            <source>Kind:</source>
            <translation>型別：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="132" />
            <source>State:</source>
            <translation>狀態：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="275" />
            <source>Severity</source>
            <translation>級別</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="276" />
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="277" />
            <source>Object</source>
            <translation>物件</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="279" />
            <source>Since</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="280" />
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="281" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="282" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="145" />
            <source>&amp;Assign</source>
            <translation>分派(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="148" />
            <source>&amp;Take it</source>
            <translation>我來處理(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="150" />
            <source>Assign to me (Ctrl+T)</source>
            <translation>分派給我 (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="154" />
            <source>What was done (Ctrl+Enter: mark handled)</source>
            <translation>處理說明（Ctrl+Enter：標記已處理）</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="155" />
            <source>Mark &amp;handled</source>
            <translation>標記已處理(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="157" />
            <source>Mark handled with the note (Ctrl+Enter)</source>
            <translation>帶備註標記為已處理 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="159" />
            <source>&amp;Open</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="161" />
            <source>Show the order, parcel or ticket (Enter)</source>
            <translation>檢視訂單、包裹或工單 (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="163" />
            <source>Stock &amp;plan…</source>
            <translation>調配方案(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="166" />
            <source>Where the missing stock could come from (out of stock only; Ctrl+P)</source>
            <translation>缺少的庫存可從哪裡調來（僅缺貨；Ctrl+P）</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="169" />
            <source>Check again</source>
            <translation>重新檢查</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="171" />
            <source>Look for new exceptions now (F5)</source>
            <translation>立即檢查新異常 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="173" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="177" />
            <source>Owner:</source>
            <translation>負責人：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="229" />
            <source>All kinds (%1)</source>
            <translation>全部型別 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="265" />
            <source>%1 at %2: %3</source>
            <translation>%1 於 %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="254" />
            <source>%1 shown</source>
            <translation>顯示 %1 條</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="309" />
            <source>(nobody)</source>
            <translation>（無人）</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="57" />
            <source>Send the exchange — %1</source>
            <translation>發出換貨 — %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/aftersales/case_editor.py" line="63" />
            <source>%n piece(s) came back. Type the SKU to send for each (e.g. the other size); the new order costs the customer nothing and waits for review.</source>
            <translation>
                <numerusform>已收回 %n 件。請為每件填寫要發出的 SKU（例如另一個尺碼）；新訂單對客戶免費，並進入待稽核。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="86" />
            <source>Instead of %1 (%2):</source>
            <translation>替換 %1（%2）：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="91" />
            <source>&amp;Create the exchange order</source>
            <translation>生成換貨訂單(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="54" />
            <location filename="../../ui/importing/export_dialog.py" line="229" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="60" />
            <source>&amp;Orders to Excel</source>
            <translation>訂單匯出為 Excel(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="61" />
            <source>&amp;Shipping back-fill</source>
            <translation>發貨回傳(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="65" />
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="69" />
            <source>&amp;Close</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="87" />
            <source>The orders of the current view</source>
            <translation>當前檢視中的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="88" />
            <source>All orders</source>
            <translation>全部訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="99" />
            <source>Tick &amp;all</source>
            <translation>全選(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="101" />
            <source>&amp;Usual columns</source>
            <translation>常用列(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="108" />
            <source>W&amp;hich orders:</source>
            <translation>匯出哪些訂單(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="111" />
            <source>Columns:</source>
            <translation>列：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="139" />
            <source>The platform's own orders</source>
            <translation>該平臺自己的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="143" />
            <source>Only parcels shipped from</source>
            <translation>僅限發貨日期從</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="152" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="156" />
            <source>&amp;Platform:</source>
            <translation>平臺(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="157" />
            <source>Or&amp;ders of:</source>
            <translation>訂單渠道(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="160" />
            <source>One row per parcel of a shipped order: the platform's order number, the carrier and the tracking number, in the layout the platform's bulk-shipping upload takes.</source>
            <translation>已發貨訂單的每個包裹一行：平臺訂單號、快遞公司和快遞單號，按平臺批次發貨上傳所需的格式。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="186" />
            <source>Text file (*.txt)</source>
            <translation>文字檔案 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="186" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="189" />
            <source>Shipping back-fill</source>
            <translation>發貨回傳</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="194" />
            <source>Export orders</source>
            <translation>匯出訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="196" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="228" />
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="234" />
            <source>%1 rows written to %2.</source>
            <translation>已將 %1 行寫入 %2。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/login.py" line="244" />
            <source>Welcome to Kuaidan</source>
            <translation>歡迎使用快單</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="251" />
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>此資料庫還沒有使用者。請建立管理員賬號，之後由管理員為其他人建立賬號。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="263" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="264" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="265" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="266" />
            <source>&amp;Repeat password:</source>
            <translation>確認密碼(&amp;R)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/login.py" line="286" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密碼至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="290" />
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>Fulfilment</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="59" />
            <source>Picking</source>
            <translation>揀貨中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="60" />
            <source>Picked</source>
            <translation>已揀完</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="61" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="527" />
            <source>Hold</source>
            <translation>掛起</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/dialogs.py" line="530" />
            <source>Hold %n order(s). Reason:</source>
            <translation>
                <numerusform>掛起 %n 個訂單。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="536" />
            <source>Customer is changing the address</source>
            <translation>客戶要改地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="537" />
            <source>Customer asked us to wait</source>
            <translation>客戶要求暫緩發貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="538" />
            <source>Check the payment first</source>
            <translation>先核對付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="542" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../ui/importing/entry.py" line="52" />
            <source>&amp;Import…</source>
            <translation>匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="55" />
            <source>Download import &amp;template…</source>
            <translation>下載匯入模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="61" />
            <source>Unknown &amp;SKUs…</source>
            <translation>未知 SKU(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="64" />
            <source>E&amp;xport…</source>
            <translation>匯出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="141" />
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="143" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="36" />
            <source>Row</source>
            <translation>行號</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="37" />
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="38" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="39" />
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="40" />
            <source>Detail</source>
            <translation>詳情</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="16" />
            <location filename="../../ui/importing/labels.py" line="54" />
            <source>Platform order no</source>
            <translation>平臺單號</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="17" />
            <source>Order status</source>
            <translation>訂單狀態</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="18" />
            <source>Order time</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="19" />
            <source>Payment time</source>
            <translation>付款時間</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="20" />
            <source>Buyer account</source>
            <translation>買家賬號</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="21" />
            <location filename="../../ui/importing/labels.py" line="58" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="22" />
            <location filename="../../ui/importing/labels.py" line="59" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="23" />
            <source>Province / state</source>
            <translation>省 / 州</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="24" />
            <location filename="../../ui/importing/labels.py" line="61" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="25" />
            <location filename="../../ui/importing/labels.py" line="62" />
            <source>District</source>
            <translation>區縣</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="26" />
            <source>Street address</source>
            <translation>詳細地址</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="27" />
            <source>Full address (split automatically)</source>
            <translation>完整地址（自動拆分）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="28" />
            <location filename="../../ui/importing/labels.py" line="64" />
            <source>Postcode</source>
            <translation>郵編</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="29" />
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="30" />
            <source>Email</source>
            <translation>郵箱</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="31" />
            <location filename="../../ui/importing/labels.py" line="65" />
            <source>Buyer note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="32" />
            <location filename="../../ui/importing/labels.py" line="66" />
            <source>Seller note</source>
            <translation>賣家備註</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="33" />
            <location filename="../../ui/importing/labels.py" line="69" />
            <source>Currency</source>
            <translation>幣種</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="34" />
            <source>Goods amount</source>
            <translation>商品金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="35" />
            <location filename="../../ui/importing/labels.py" line="71" />
            <source>Shipping fee</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="36" />
            <source>Order discount</source>
            <translation>訂單優惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="37" />
            <source>Order total</source>
            <translation>訂單總額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="38" />
            <source>Amount paid</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="39" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="40" />
            <source>Product name</source>
            <translation>商品名稱</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="41" />
            <source>Product options</source>
            <translation>商品規格</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="42" />
            <location filename="../../ui/importing/labels.py" line="68" />
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="43" />
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="44" />
            <source>Line total</source>
            <translation>行合計</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="45" />
            <source>Line discount</source>
            <translation>行優惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="52" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="53" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="55" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="56" />
            <source>On hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="57" />
            <source>Hold reason</source>
            <translation>掛起原因</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="60" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="63" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="67" />
            <source>Items</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="70" />
            <source>Goods</source>
            <translation>商品金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="72" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="73" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="74" />
            <source>Paid</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="75" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="76" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="77" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="78" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="79" />
            <source>Paid at</source>
            <translation>付款時間</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="86" />
            <source>Kuaidan template</source>
            <translation>快單模板</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="140" />
            <source>Taobao (CSV: order no, carrier, tracking no)</source>
            <translation>淘寶（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="143" />
            <source>Tmall (CSV: order no, carrier, tracking no)</source>
            <translation>天貓（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="146" />
            <source>JD (CSV: order no, carrier, tracking no)</source>
            <translation>京東（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="147" />
            <source>Pinduoduo (CSV: order no, carrier, tracking no)</source>
            <translation>拼多多（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="150" />
            <source>Douyin (CSV: order no, carrier, tracking no)</source>
            <translation>抖音（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="153" />
            <source>All channels (CSV: order no, carrier, tracking no)</source>
            <translation>所有渠道（CSV：訂單號、快遞公司、快遞單號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="156" />
            <source>Shopify (bulk fulfilment CSV)</source>
            <translation>Shopify（批次發貨 CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="157" />
            <source>Amazon (shipping confirmation, tab-separated .txt)</source>
            <translation>亞馬遜（發貨確認，製表符分隔 .txt）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="160" />
            <source>eBay (File Exchange CSV)</source>
            <translation>eBay（File Exchange CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="168" />
            <source>Not an amount of money</source>
            <translation>不是金額</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="169" />
            <source>An amount with more than two decimal places</source>
            <translation>金額超過兩位小數</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="172" />
            <source>A negative amount</source>
            <translation>金額為負數</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="173" />
            <source>An amount above 100,000,000: not a price</source>
            <translation>金額超過 1 億，不是有效價格</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="176" />
            <source>A negative price</source>
            <translation>價格為負數</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="177" />
            <source>The price is empty</source>
            <translation>價格為空</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="178" />
            <source>The quantity must be a whole number above 0</source>
            <translation>數量必須是大於 0 的整數</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="181" />
            <source>The quantity is empty</source>
            <translation>數量為空</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="182" />
            <source>Not a date or time</source>
            <translation>不是日期或時間</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="183" />
            <source>Excel turned the phone number into 1.38E+10: digits are lost</source>
            <translation>Excel 把手機號變成了 1.38E+10：數字已丟失</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="186" />
            <source>Excel turned the number into 1.23E+18: digits are lost; export the file again</source>
            <translation>Excel 把號碼變成了 1.23E+18：數字已丟失；請重新匯出檔案</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="190" />
            <source>Not a three-letter currency code</source>
            <translation>不是三位字母的幣種程式碼</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="193" />
            <source>Order status not recognised</source>
            <translation>無法識別的訂單狀態</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="194" />
            <source>No recipient, but the order still has to be shipped</source>
            <translation>沒有收貨人，但訂單仍需發貨</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="197" />
            <source>Text longer than the field allows</source>
            <translation>文字超過欄位允許的長度</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="198" />
            <source>A cell longer than a spreadsheet allows</source>
            <translation>單元格內容超過電子表格允許的長度</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="201" />
            <source>A cell holds binary data (NUL byte)</source>
            <translation>單元格含有二進位制資料（NUL 位元組）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="202" />
            <source>A row with neither SKU nor product name</source>
            <translation>既無 SKU 也無商品名稱的行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="205" />
            <source>An item that cannot be read</source>
            <translation>無法讀取的商品</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="206" />
            <source>An order without any item</source>
            <translation>訂單沒有任何商品</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="207" />
            <source>A row with an item but no order number</source>
            <translation>有商品但沒有訂單號的行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="210" />
            <source>An item whose order is not in the order list</source>
            <translation>商品所屬訂單不在訂單列表中</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="213" />
            <source>The same order again further down the file</source>
            <translation>同一訂單在檔案後面再次出現</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="216" />
            <source>The database refused the order</source>
            <translation>資料庫拒絕了該訂單</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="137" />
            <source>Import orders</source>
            <translation>匯入訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="166" />
            <source>An order export: .xlsx, .xls, .csv or .txt</source>
            <translation>訂單匯出檔案：.xlsx、.xls、.csv 或 .txt</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="167" />
            <source>&amp;Browse…</source>
            <translation>瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="172" />
            <source>Only for Taobao and Etsy, whose items come in a second file</source>
            <translation>僅淘寶和 Etsy 需要：其商品明細在另一個檔案中</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="174" />
            <source>B&amp;rowse…</source>
            <translation>瀏覽(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="178" />
            <source>Recognise from the headers</source>
            <translation>按表頭自動識別</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="189" />
            <source>&amp;Order file:</source>
            <translation>訂單檔案(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="190" />
            <source>&amp;Items file:</source>
            <translation>商品明細檔案(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="191" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="198" />
            <source>Choose the file the shop platform gave you, or drop it on this window. Shopify, Taobao/Tmall, JD, Pinduoduo, Douyin, Amazon, eBay, WooCommerce, Etsy and our own template are recognised from their headers.</source>
            <translation>請選擇店鋪平臺匯出的檔案，或把檔案拖到本視窗。Shopify、淘寶/天貓、京東、拼多多、抖音、亞馬遜、eBay、WooCommerce、Etsy 以及快單自己的模板都能按表頭自動識別。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="209" />
            <source>&amp;Next ›</source>
            <translation>下一步(&amp;N) ›</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="213" />
            <source>Download import &amp;template…</source>
            <translation>下載匯入模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="229" />
            <source>Order file</source>
            <translation>訂單檔案</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="230" />
            <location filename="../../ui/importing/import_dialog.py" line="238" />
            <source>Order files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
            <translation>訂單檔案 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="237" />
            <source>Items file</source>
            <translation>商品明細檔案</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="247" />
            <source>Import template</source>
            <translation>匯入模板</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="248" />
            <location filename="../../ui/importing/import_dialog.py" line="741" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="289" />
            <source>&amp;Save mapping…</source>
            <translation>儲存列對應(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="291" />
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="293" />
            <source>Saved &amp;mappings:</source>
            <translation>已儲存的列對應(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="305" />
            <source>Kuaidan field</source>
            <translation>快單欄位</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="305" />
            <source>Column in the file</source>
            <translation>檔案中的列</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="332" />
            <location filename="../../ui/importing/import_dialog.py" line="493" />
            <source>‹ &amp;Back</source>
            <translation>‹ 上一步(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="334" />
            <source>&amp;Check (dry run)</source>
            <translation>檢查（試執行）(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="338" />
            <location filename="../../ui/importing/import_dialog.py" line="497" />
            <source>&amp;Import</source>
            <translation>匯入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="340" />
            <source>Import the good rows now (Ctrl+Enter)</source>
            <translation>現在匯入正確的行（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="360" />
            <source>Choose the order file first.</source>
            <translation>請先選擇訂單檔案。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="378" />
            <source>%1 is read with your saved mapping “%2”; its header is row %3.</source>
            <translation>%1 按您儲存的列對應“%2”讀取；表頭在第 %3 行。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="382" />
            <source>%1 is a %2 file (%3% sure); its header is row %4.</source>
            <translation>%1 是 %2 檔案（把握 %3%）；表頭在第 %4 行。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="387" />
            <source>%1: the layout was not recognised. Map the columns yourself.</source>
            <translation>%1：未能識別檔案格式，請手動對應各列。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="392" />
            <source>This format needs its items file too: %1. Add it on the first page.</source>
            <translation>此格式還需要商品明細檔案：%1。請在第一頁新增。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="403" />
            <source>(the format's own)</source>
            <translation>（格式自帶）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="412" />
            <source>— not used —</source>
            <translation>— 不使用 —</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="465" />
            <source>Save mapping</source>
            <translation>儲存列對應</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="466" />
            <source>Name of the mapping (used for this channel's files from now on):</source>
            <translation>列對應方案名稱（今後該渠道的檔案都會使用）：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="495" />
            <location filename="../../ui/importing/import_dialog.py" line="714" />
            <source>Save &amp;error workbook…</source>
            <translation>儲存錯誤工作簿(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="522" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="527" />
            <source>You can keep working in the other windows meanwhile. Orders are written in chunks: after a cancel, importing the file again adds the rest.</source>
            <translation>匯入期間可以繼續在其他視窗工作。訂單分批寫入：取消後再次匯入同一檔案即可補齊其餘訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="580" />
            <source>Checking %1…</source>
            <translation>正在檢查 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="580" />
            <source>Importing %1…</source>
            <translation>正在匯入 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="587" />
            <source>Import %1</source>
            <translation>匯入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="598" />
            <source>%1 of %2 rows · %3 rows/s</source>
            <translation>%1 / %2 行 · 每秒 %3 行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="601" />
            <source>about %1 left</source>
            <translation>約剩 %1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="610" />
            <source>Stopping after the current chunk…</source>
            <translation>當前批次寫完後停止…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="638" />
            <source>%1 orders (%2 lines) will be created.</source>
            <translation>將建立 %1 個訂單（%2 行商品）。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="644" />
            <source>%1 orders (%2 lines) created.</source>
            <translation>已建立 %1 個訂單（%2 行商品）。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="649" />
            <source>Already imported, skipped: %1.</source>
            <translation>已匯入過，跳過：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="654" />
            <source>Rows not imported: %1.</source>
            <translation>未匯入的行：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="659" />
            <source>%1 orders have no items in this file (an order-level report): open ones are held until you import the items file for them.</source>
            <translation>%1 個訂單在此檔案中沒有商品明細（訂單級報表）：未完結的訂單將被掛起，請匯入商品明細檔案後再處理。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="665" />
            <source>Held on intake (no items or review rules): %1.</source>
            <translation>匯入時掛起（缺商品明細或審單規則）：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="670" />
            <source>Held by the review rules: %1.</source>
            <translation>被審單規則掛起：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="674" />
            <source>Already shipped, kept as history (stock untouched): %1.</source>
            <translation>已發貨，作為歷史記錄儲存（不動庫存）：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="679" />
            <source>SKUs not in the catalogue (their orders wait until mapped): %1</source>
            <translation>不在商品目錄中的 SKU（相關訂單等待對應）：%1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="685" />
            <source>Continued an interrupted import of this file after row %1.</source>
            <translation>已從第 %1 行之後繼續此前中斷的匯入。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="689" />
            <source>This file was imported before; only new orders were added.</source>
            <translation>此檔案以前匯入過；只新增了新訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="692" />
            <source>Cancelled: what was written is kept; import the file again for the rest.</source>
            <translation>已取消：已寫入的訂單保留；再次匯入該檔案可補齊其餘訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="694" />
            <source>%1 rows in %2 s.</source>
            <translation>%1 行，用時 %2 秒。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="698" />
            <source>Of that, %1 s paused so that the other workstations stayed fast.</source>
            <translation>其中暫停讓路 %1 秒，以免拖慢其他工作站。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="717" />
            <source>&amp;Unknown SKUs…</source>
            <translation>未知 SKU(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="719" />
            <source>&amp;Close</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="741" />
            <source>Save error workbook</source>
            <translation>儲存錯誤工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="748" />
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="755" />
            <source>Error workbook</source>
            <translation>錯誤工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="756" />
            <source>%1 rows saved to %2. Fix them there and import that workbook.</source>
            <translation>已將 %1 行儲存到 %2。請在其中修改後匯入該工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="772" />
            <source>Import running</source>
            <translation>正在匯入</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="773" />
            <source>Stop the import? The orders written so far are kept.</source>
            <translation>停止匯入嗎？已寫入的訂單會保留。</translation>
        </message>
    </context>
    <context>
        <name>ImportFormat</name>
        <message>
            <location filename="../../ui/importing/labels.py" line="93" />
            <source>Shopify orders export (orders_export.csv)</source>
            <translation>Shopify 訂單匯出（orders_export.csv）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="96" />
            <source>Shopify Transporter order import (orders.csv)</source>
            <translation>Shopify 遷移工具訂單檔案（orders.csv）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="99" />
            <source>Amazon order report (tab-separated .txt)</source>
            <translation>亞馬遜 訂單報告（製表符分隔的 .txt）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="102" />
            <source>Amazon unshipped orders report</source>
            <translation>亞馬遜 未發貨訂單報告</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="105" />
            <source>Amazon all orders report (no buyer data)</source>
            <translation>亞馬遜 全部訂單報告（無買家資訊）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="108" />
            <source>eBay Seller Hub orders report (US)</source>
            <translation>eBay 賣家中心訂單報告（美國站）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="109" />
            <source>eBay Seller Hub orders report (UK)</source>
            <translation>eBay 賣家中心訂單報告（英國站）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="110" />
            <source>eBay Bestellbericht (DE, ';' and decimal commas)</source>
            <translation>eBay 訂單報告（德國站，分號分隔，小數用逗號）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="113" />
            <source>WooCommerce order export (WebToffee, line_item_N columns)</source>
            <translation>WooCommerce 訂單匯出（每個商品佔一組列）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="116" />
            <source>WooCommerce Advanced Order Export (one row per product)</source>
            <translation>WooCommerce 高階訂單匯出（每個商品一行）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="119" />
            <source>Etsy sold orders (EtsySoldOrders + EtsySoldOrderItems)</source>
            <translation>Etsy 已售訂單（訂單檔案 + 商品明細檔案）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="122" />
            <source>Etsy sold order items (EtsySoldOrderItems)</source>
            <translation>Etsy 已售商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="125" />
            <source>Taobao/Tmall sold items (order list + item details files)</source>
            <translation>淘寶/天貓 已賣出的寶貝（訂單列表 + 寶貝明細兩個檔案）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="128" />
            <source>Taobao/Tmall item details (ExportOrderDetailList)</source>
            <translation>淘寶/天貓 寶貝明細</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="131" />
            <source>Tmall order report (order totals and addresses; no items)</source>
            <translation>天貓訂單報表（訂單金額與收貨地址；不含商品明細）</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Tracking import: %1</source>
            <translation>匯入物流軌跡：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="986" />
            <source>%1 rows: %2 events added, %3 already recorded, %4 rows not imported. %5 parcels changed status, %6 delivered.</source>
            <translation>共 %1 行：新增 %2 條軌跡，%3 條已存在，%4 行未匯入。%5 個包裹狀態變化，%6 個已簽收。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="995" />
            <source>Cancelled: import the file again to finish it.</source>
            <translation>已取消：再次匯入該檔案即可完成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1000" />
            <source>Row</source>
            <translation>行號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1000" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1000" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="241" />
            <source>Warehouses</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="245" />
            <source>Alerts</source>
            <translation>預警</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="250" />
            <source>All stock</source>
            <translation>全部庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="251" />
            <source>Low stock</source>
            <translation>低庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="252" />
            <source>Out of stock</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="285" />
            <location filename="../../ui/tabs/inventory_tab.py" line="604" />
            <source>Select a row to see its details</source>
            <translation>選擇一行檢視詳情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="293" />
            <source>Barcode:</source>
            <translation>條碼：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="293" />
            <source>Warehouse:</source>
            <translation>倉庫：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="294" />
            <source>Bin:</source>
            <translation>庫位：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="294" />
            <source>On hand:</source>
            <translation>在庫：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="295" />
            <source>Reserved:</source>
            <translation>預佔：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="295" />
            <source>Available:</source>
            <translation>可用：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="296" />
            <source>Safety stock:</source>
            <translation>安全庫存：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="296" />
            <source>Quarantined:</source>
            <translation>隔離：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="297" />
            <source>Incoming:</source>
            <translation>在途：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="305" />
            <source>Movement history</source>
            <translation>庫存流水</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="363" />
            <source>&amp;Receive…</source>
            <translation>入庫(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="366" />
            <source>&amp;Adjust…</source>
            <translation>調整(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="369" />
            <source>&amp;Transfer…</source>
            <translation>調撥(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="372" />
            <source>Transfers</source>
            <translation>調撥單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="376" />
            <source>&amp;Stock-take…</source>
            <translation>盤點(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="379" />
            <source>Reser&amp;ve…</source>
            <translation>預佔(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="382" />
            <source>Re&amp;lease…</source>
            <translation>釋放(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="385" />
            <source>&amp;Export xlsx…</source>
            <translation>匯出 xlsx(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="388" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="391" />
            <source>Check &amp;ledger…</source>
            <translation>核對臺賬(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="395" />
            <source>&amp;New product…</source>
            <translation>新建商品(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="398" />
            <source>Edit &amp;product…</source>
            <translation>編輯商品(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="401" />
            <source>&amp;Warehouses…</source>
            <translation>倉庫管理(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="404" />
            <source>Safety stock and &amp;bin…</source>
            <translation>安全庫存與庫位(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="408" />
            <source>Return recei&amp;pt…</source>
            <translation>退貨收貨(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="434" />
            <source>Search SKU, name or barcode (Ctrl+F)</source>
            <translation>搜尋 SKU、名稱或條碼（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="439" />
            <source>Search:</source>
            <translation>搜尋：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="521" />
            <source>All warehouses (%1)</source>
            <translation>全部倉庫（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="530" />
            <location filename="../../ui/tabs/inventory_tab.py" line="567" />
            <source>Low stock %1 · Out of stock %2</source>
            <translation>低庫存 %1 · 缺貨 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="547" />
            <source>All stock (%1)</source>
            <translation>全部庫存（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="548" />
            <source>Low stock (%1)</source>
            <translation>低庫存（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="549" />
            <source>Out of stock (%1)</source>
            <translation>缺貨（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_tab.py" line="556" />
            <source>%n row(s) shown</source>
            <translation>
                <numerusform>顯示 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="647" />
            <source>Goods received; the stock is updated.</source>
            <translation>已入庫，庫存已更新。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="652" />
            <source>Stock adjusted.</source>
            <translation>庫存已調整。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="658" />
            <source>Transfer created.</source>
            <translation>調撥單已建立。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="678" />
            <source>Stock reserved.</source>
            <translation>庫存已預留。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="684" />
            <source>Reservation released.</source>
            <translation>預留已釋放。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="689" />
            <source>Product created.</source>
            <translation>商品已建立。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="701" />
            <source>Product saved.</source>
            <translation>商品已儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="715" />
            <source>Stock level settings saved.</source>
            <translation>庫存設定已儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="734" />
            <source>Export stock</source>
            <translation>匯出庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="734" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Spec</source>
            <translation>規格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Barcode</source>
            <translation>條碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="746" />
            <location filename="../../ui/tabs/settings_tab.py" line="555" />
            <source>On hand</source>
            <translation>在庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="746" />
            <location filename="../../ui/tabs/settings_tab.py" line="556" />
            <source>Reserved</source>
            <translation>預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="746" />
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="747" />
            <location filename="../../ui/tabs/settings_tab.py" line="557" />
            <source>Quarantined</source>
            <translation>隔離</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="747" />
            <source>Safety stock</source>
            <translation>安全庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="747" />
            <source>Incoming</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="748" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_tab.py" line="754" />
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>已寫入 %n 行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="759" />
            <source>Exporting stock</source>
            <translation>正在匯出庫存</translation>
        </message>
    </context>
    <context>
        <name>LedgerCheckDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="877" />
            <source>Stock balances against the ledger</source>
            <translation>庫存餘額與臺賬核對</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="887" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="888" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="889" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="890" />
            <source>Balance</source>
            <translation>餘額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="891" />
            <source>Ledger</source>
            <translation>臺賬</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="900" />
            <source>Check &amp;again</source>
            <translation>重新核對(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="901" />
            <source>&amp;Repair balances…</source>
            <translation>修復餘額(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="903" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="917" />
            <source>On hand</source>
            <translation>在庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="918" />
            <source>Reserved</source>
            <translation>預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="919" />
            <source>Quarantined</source>
            <translation>隔離</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="929" />
            <source>%n balance(s) differ from the ledger.</source>
            <translation>
                <numerusform>有 %n 個餘額與臺賬不符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="934" />
            <source>Every balance equals the sum of its ledger: 0 differences.</source>
            <translation>所有餘額均等於臺賬合計：0 處差異。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="944" />
            <source>Repair balances</source>
            <translation>修復餘額</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="946" />
            <source>Set %n balance(s) back to what the ledger says? The ledger is the record of every movement; each correction is written to the audit log.</source>
            <translation>
                <numerusform>將 %n 個餘額恢復為臺賬的數值？臺賬記錄了每一筆庫存變動；每次修正都會寫入審計日誌。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="960" />
            <source>%n difference(s) could not be repaired: the ledger itself breaks a rule.</source>
            <translation>
                <numerusform>有 %n 處差異無法修復：臺賬本身違反了規則。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="844" />
            <source>%1 in %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="856" />
            <source>&amp;Safety stock:</source>
            <translation>安全庫存(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="857" />
            <source>&amp;Bin:</source>
            <translation>庫位(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="858" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="132" />
            <source>Scan a barcode or type a SKU, then Enter</source>
            <translation>掃描條碼或輸入 SKU，然後按回車</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="136" />
            <source>&amp;Add</source>
            <translation>新增(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="138" />
            <source>Qty:</source>
            <translation>數量：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="146" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="147" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="148" />
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="157" />
            <source>&amp;Remove line</source>
            <translation>刪除行(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="80" />
            <source>Enter your password to continue.</source>
            <translation>請輸入密碼以繼續。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="89" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="98" />
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="102" />
            <source>Log &amp;out</source>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="116" />
            <source>Locked — %1</source>
            <translation>已鎖定 — %1</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="54" />
            <location filename="../../ui/login.py" line="75" />
            <source>Kuaidan 快单</source>
            <translation>快單 Kuaidan</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="152" />
            <source>Log in — Kuaidan</source>
            <translation>登入 — 快單</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="154" />
            <source>Order-processing workstation</source>
            <translation>訂單處理工作臺</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="155" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="156" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="157" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="159" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="182" />
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="158" />
            <source>Log in</source>
            <translation>登入</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="197" />
            <source>Enter your user name.</source>
            <translation>請輸入使用者名稱。</translation>
        </message>
    </context>
    <context>
        <name>Logistics</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="75" />
            <source>In transit</source>
            <translation>運輸中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="77" />
            <source>Delivered</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="81" />
            <source>Exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="63" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="78" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="64" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="79" />
            <source>Lost</source>
            <translation>丟失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="62" />
            <source>No movement</source>
            <translation>停滯未更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="65" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="80" />
            <source>Address problem</source>
            <translation>地址異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="66" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="82" />
            <source>Damaged</source>
            <translation>破損</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="67" />
            <source>Other exception</source>
            <translation>其他異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="74" />
            <source>Picked up</source>
            <translation>已攬收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="76" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="89" />
            <source>Shipping labels</source>
            <translation>快遞面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="90" />
            <source>Invoices</source>
            <translation>銷售單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="91" />
            <source>Packing slips</source>
            <translation>裝箱單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="92" />
            <source>Pick list</source>
            <translation>揀貨單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="172" />
            <source>New parcel</source>
            <translation>新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="277" />
            <source>Add tracking event to %1</source>
            <translation>為包裹 %1 新增物流記錄</translation>
        </message>
    </context>
    <context>
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="203" />
            <source>Tracking or order number (scan or type, Enter)</source>
            <translation>運單號或訂單號（掃描或輸入後回車）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="211" />
            <source>All states</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="216" />
            <source>All labels</source>
            <translation>全部面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="219" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="221" />
            <source>Reload (F5)</source>
            <translation>重新載入 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="231" />
            <source>&amp;New parcel…</source>
            <translation>新建包裹(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="232" />
            <source>&amp;Print queue…</source>
            <translation>列印佇列(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="234" />
            <source>Re&amp;print label…</source>
            <translation>補打面單(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="236" />
            <source>&amp;Void label…</source>
            <translation>作廢面單(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="237" />
            <source>Add &amp;event…</source>
            <translation>新增軌跡(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="239" />
            <source>Mark &amp;handled…</source>
            <translation>標記已處理(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="241" />
            <source>&amp;Import tracking file…</source>
            <translation>匯入物流軌跡檔案(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="243" />
            <source>Compare &amp;rates…</source>
            <translation>比較運費(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="245" />
            <source>&amp;Carriers and rates…</source>
            <translation>快遞公司與運費(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="261" />
            <source>Fulfilment:</source>
            <translation>發貨作業：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="263" />
            <source>Pick &amp;waves…</source>
            <translation>揀貨波次(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="265" />
            <source>Pac&amp;k station</source>
            <translation>打包臺(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="266" />
            <source>Print &amp;labels…</source>
            <translation>批次列印面單(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="268" />
            <source>S&amp;hip packed orders…</source>
            <translation>已打包訂單發貨(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="270" />
            <source>Import COD re&amp;mittance…</source>
            <translation>匯入代收貨款回款(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="272" />
            <source>C&amp;OD report…</source>
            <translation>代收貨款報表(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="292" />
            <source>Queues</source>
            <translation>佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Copy tracking number</source>
            <translation>複製運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="333" />
            <source>Compare rates for this order</source>
            <translation>比較此訂單的運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="334" />
            <source>New parcel for this order</source>
            <translation>為此訂單新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="386" />
            <source>All carriers</source>
            <translation>全部快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="395" />
            <source>All parcels</source>
            <translation>全部包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="406" />
            <source>Handled exceptions</source>
            <translation>已處理的異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="418" />
            <source>Tracking numbers running out: %1</source>
            <translation>電子面單號即將用完：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="426" />
            <source>Logistics exceptions: %1</source>
            <translation>物流異常：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="428" />
            <source>Tracking numbers low: %1</source>
            <translation>面單號不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="517" />
            <source>Select a parcel to see its tracking.</source>
            <translation>選擇一個包裹以檢視物流軌跡。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="529" />
            <source>Order %1 · %2</source>
            <translation>訂單 %1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="532" />
            <source>Label: %1, printed %n time(s)</source>
            <translation>
                <numerusform>面單：%1，已列印 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="540" />
            <source>Voided: %1</source>
            <translation>已作廢：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="543" />
            <source>%1, handled by %2 at %3</source>
            <translation>%1，%2 於 %3 處理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="591" />
            <source>Parcel created.</source>
            <translation>包裹已建立。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="598" />
            <source>Void label</source>
            <translation>作廢面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="600" />
            <source>Void the label of %1 (order %2)? Its tracking number is no longer used; a new label needs a new parcel.</source>
            <translation>作廢 %1（訂單 %2）的面單？該運單號將不再使用；重新列印面單需要新建包裹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="609" />
            <source>Label %1 voided.</source>
            <translation>面單 %1 已作廢。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="616" />
            <location filename="../../ui/tabs/logistics_tab.py" line="634" />
            <source>Reprint labels</source>
            <translation>補打面單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="617" />
            <source>Print the labels of %n parcel(s) again?</source>
            <translation>
                <numerusform>重新列印 %n 個包裹的面單？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="623" />
            <source>Save labels as PDF</source>
            <translation>將面單儲存為 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="624" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="635" />
            <source>Not printed:</source>
            <translation>未列印：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="640" />
            <source>Labels saved again.</source>
            <translation>面單已重新生成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="649" />
            <source>Tracking event added to parcel %1.</source>
            <translation>已為包裹 %1 新增物流記錄。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="658" />
            <source>Mark exception handled</source>
            <translation>標記異常已處理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="659" />
            <source>Parcel %1 (%2) of order %3: %4. What was done?</source>
            <translation>包裹 %1（%2），訂單 %3：%4。做了什麼處理？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="672" />
            <source>Exception of parcel %1 marked handled.</source>
            <translation>包裹 %1 的異常已標記為已處理。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="678" />
            <source>Import a carrier's tracking file</source>
            <translation>匯入快遞公司的物流軌跡檔案</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="680" />
            <source>Tracking files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>物流軌跡檔案 (*.xlsx *.xls *.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="694" />
            <source>Importing tracking</source>
            <translation>正在匯入物流軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="702" />
            <source>Import a carrier's COD remittance</source>
            <translation>匯入快遞公司的代收貨款回款檔案</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="704" />
            <source>Remittance files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>回款檔案 (*.xlsx *.xls *.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="721" />
            <source>Importing COD remittance</source>
            <translation>正在匯入代收貨款回款</translation>
        </message>
    </context>
    <context>
        <name>MailPage</name>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="88" />
            <source>Mail server</source>
            <translation>郵件伺服器</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="91" />
            <source>e.g. smtp.exmail.qq.com</source>
            <translation>例如騰訊企業郵箱的 SMTP 伺服器</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="96" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS 加密（埠 587）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="97" />
            <source>SSL/TLS (port 465)</source>
            <translation>SSL/TLS 加密（埠 465）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="98" />
            <source>None (not encrypted)</source>
            <translation>不加密</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="106" />
            <source>e.g. kuaidan@shop.cn</source>
            <translation>例如 kuaidan@shop.cn</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="111" />
            <source>SMTP password</source>
            <translation>SMTP 密碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="115" />
            <source>Who gets what</source>
            <translation>發給誰、發什麼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="118" />
            <source>e.g. boss@shop.cn, warehouse@shop.cn</source>
            <translation>例如 boss@shop.cn, warehouse@shop.cn</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="121" />
            <source>Warnings and critical</source>
            <translation>警告和嚴重</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="122" />
            <source>Critical only</source>
            <translation>僅嚴重</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="123" />
            <source>Daily digest at</source>
            <translation>每日彙總時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="153" />
            <source>&amp;Save e-mail settings</source>
            <translation>儲存郵件設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="155" />
            <source>Send &amp;test e-mail</source>
            <translation>傳送測試郵件(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="157" />
            <source>&amp;Retry failed e-mails</source>
            <translation>重試失敗的郵件(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="159" />
            <source>Re&amp;fresh</source>
            <translation>重新整理(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Queued</source>
            <translation>排隊時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Attempts</source>
            <translation>嘗試次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="179" />
            <source>Next try / sent</source>
            <translation>下次嘗試/傳送時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="179" />
            <source>Last error</source>
            <translation>最近錯誤</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="253" />
            <source>Choose at least one kind of exception to e-mail.</source>
            <translation>請至少選擇一種要發郵件的異常型別。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="270" />
            <source>E-mail settings saved.</source>
            <translation>郵件設定已儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="274" />
            <source>Saved, but no keyring works on this computer: the password was not kept. This workstation cannot send; a scheduled task can take the password from the KUAIDAN_SMTP_PASSWORD environment variable.</source>
            <translation>已儲存，但本機沒有可用的金鑰環：密碼未儲存。本工作站無法發信；計劃任務可從環境變數 KUAIDAN_SMTP_PASSWORD 讀取密碼。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="290" />
            <source>Sending a test e-mail…</source>
            <translation>正在傳送測試郵件……</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="301" />
            <source>Test e-mail sent to %1.</source>
            <translation>測試郵件已傳送至 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="305" />
            <source>Sending failed: %1</source>
            <translation>傳送失敗：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/mail_page.py" line="313" />
            <source>%n e-mail(s) will be tried again.</source>
            <translation>
                <numerusform>將重新傳送 %n 封郵件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="331" />
            <source>kept in this workstation's keyring; type to change</source>
            <translation>已儲存在本工作站的金鑰環中；輸入新密碼可更改</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="343" />
            <source>E-mail alerts are off: enter a server and recipients.</source>
            <translation>郵件提醒未開啟：請填寫伺服器和收件人。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="347" />
            <source>This workstation has no SMTP password: it leaves the sending to one that has.</source>
            <translation>本工作站沒有 SMTP 密碼：由有密碼的工作站傳送。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="351" />
            <source>Outbox: %1 waiting, %2 given up, %3 sent in the last 24 hours.</source>
            <translation>發件箱：%1 封待發，%2 封已放棄，最近 24 小時已傳送 %3 封。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="358" />
            <source>Last error (after %1 attempt(s); next try %2): %3</source>
            <translation>最近錯誤（已嘗試 %1 次；下次嘗試 %2）：%3</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="367" />
            <source>Waiting</source>
            <translation>待傳送</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="368" />
            <source>Sending</source>
            <translation>傳送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="369" />
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="370" />
            <source>Given up</source>
            <translation>已放棄</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>Kuaidan 快单 — %1</source>
            <translation>快單 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="234" />
            <source>&amp;Session</source>
            <translation>會話(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>&amp;Lock screen</source>
            <translation>鎖定螢幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="239" />
            <source>Log &amp;out</source>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="243" />
            <source>&amp;Exception center</source>
            <translation>異常中心(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>&amp;Notifications</source>
            <translation>通知(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="252" />
            <source>My &amp;actions</source>
            <translation>我的操作記錄(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>Change &amp;password…</source>
            <translation>修改密碼(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="269" />
            <source>&amp;About Kuaidan</source>
            <translation>關於快單(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>User: %1</source>
            <translation>使用者：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="284" />
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <location filename="../../ui/main_window.py" line="345" />
            <source>⚠</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>Exception center (F8) · my notifications (F7)</source>
            <translation>異常中心 (F8) · 我的通知 (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>⚠ %1</source>
            <translation>異常 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>✉ %1</source>
            <translation>通知 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="517" />
            <source>Account locked</source>
            <translation>賬號已鎖定</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="530" />
            <source>Your password has been changed.</source>
            <translation>密碼已修改。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="542" />
            <source>About Kuaidan</source>
            <translation>關於快單</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>&lt;h3&gt;Kuaidan 快单 %1&lt;/h3&gt;&lt;p&gt;Order-processing workstation for online shops: import, review, stock, picking, packing, labels, tracking and after-sales.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;快單 Kuaidan %1&lt;/h3&gt;&lt;p&gt;網店訂單處理工作臺：匯入、審單、庫存、揀貨、打包、面單、物流跟蹤和售後。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>Background work is running</source>
            <translation>後臺任務正在執行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>Stop the running work and close? Finished items are kept.</source>
            <translation>停止正在執行的任務並關閉？已完成的部分會保留。</translation>
        </message>
    </context>
    <context>
        <name>MaintenancePage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="530" />
            <source>&amp;Check database</source>
            <translation>檢查資料庫(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="532" />
            <source>&amp;Verify audit log</source>
            <translation>校驗審計日誌(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="552" />
            <source>Checking…</source>
            <translation>正在檢查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="575" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>發現 %n 個問題</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="584" />
            <source>Checking the database</source>
            <translation>正在檢查資料庫</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="598" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>審計鏈完整：已校驗 %n 條記錄。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="602" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>審計鏈已被破壞：%1</translation>
        </message>
    </context>
    <context>
        <name>MovementModel</name>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Type</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>On hand ±</source>
            <translation>在庫 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Reserved ±</source>
            <translation>預佔 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Quarantined ±</source>
            <translation>隔離 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Reference</source>
            <translation>關聯單據</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="155" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="155" />
            <source>User</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="160" />
            <source>Receive</source>
            <translation>入庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="161" />
            <source>Reserve</source>
            <translation>預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="162" />
            <source>Release</source>
            <translation>釋放</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="163" />
            <source>Ship</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="164" />
            <source>Return to stock</source>
            <translation>退貨入庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="165" />
            <source>Return to quarantine</source>
            <translation>退貨隔離</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="166" />
            <source>Adjust</source>
            <translation>調整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="167" />
            <source>Transfer out</source>
            <translation>調撥出庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="168" />
            <source>Transfer in</source>
            <translation>調撥入庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="169" />
            <source>Stock-take</source>
            <translation>盤點</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="53" />
            <source>New after-sales case for %1</source>
            <translation>為 %1 新建售後單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="68" />
            <source>What the customer said, photos received, …</source>
            <translation>客戶的描述、收到的照片等…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="69" />
            <source>&amp;Kind:</source>
            <translation>型別(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="70" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="71" />
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>Order status</source>
            <translation>訂單狀態</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="81" />
            <source>Ordered</source>
            <translation>訂購數</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="81" />
            <source>On other cases</source>
            <translation>其他售後單已佔</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="81" />
            <source>At most</source>
            <translation>最多</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="82" />
            <source>Pieces for this case</source>
            <translation>本售後單件數</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="94" />
            <source>&amp;Open case</source>
            <translation>建立售後單(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="108" />
            <source>The customer sends the goods back and gets the money back. Only shipped pieces can be returned.</source>
            <translation>客戶寄回商品並獲得退款。只有已發貨的商品可以退貨。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="112" />
            <source>The customer sends the goods back and gets other SKUs (a new order at no charge).</source>
            <translation>客戶寄回商品並換成其他 SKU（生成一張免費的新訂單）。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="115" />
            <source>The same items are sent again (lost or missing), in a new order at no charge.</source>
            <translation>重新發出相同的商品（丟件或少件），生成一張免費的新訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="118" />
            <source>Money back without a return; also possible for paid orders not yet shipped.</source>
            <translation>無需退貨直接退款；已付款但未發貨的訂單也可以辦理。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="145" />
            <source>Paid per piece: %1</source>
            <translation>每件實付：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="155" />
            <source>Nothing left: other cases already cover these pieces</source>
            <translation>已無可申請件數：其他售後單已包含這些商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="162" />
            <source>This customer has no order lines a case of this kind can cover.</source>
            <translation>該客戶沒有可辦理此類售後的訂單明細。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="183" />
            <source>Enter the pieces for at least one line.</source>
            <translation>請至少為一行填寫件數。</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="188" />
            <source>from the catalogue</source>
            <translation>按商品資料計算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="196" />
            <source>empty: the carrier's rate</source>
            <translation>留空：按快遞運費計算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="198" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="199" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="200" />
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="201" />
            <source>Cost</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="202" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="203" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="205" />
            <source>&amp;Order no:</source>
            <translation>訂單號(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="206" />
            <source>&amp;Carrier:</source>
            <translation>快遞公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="207" />
            <source>&amp;Service:</source>
            <translation>服務(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="208" />
            <source>&amp;Tracking no:</source>
            <translation>運單號(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="209" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="210" />
            <source>Length × width × height:</source>
            <translation>長 × 寬 × 高：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="211" />
            <source>C&amp;ost:</source>
            <translation>運費(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="219" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="225" />
            <source>empty: the next number from the carrier's pool</source>
            <translation>留空：自動取該快遞的下一個電子面單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="227" />
            <source>required: this carrier has no number pool</source>
            <translation>必填：該快遞沒有電子面單號段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="235" />
            <source>Cost: enter an amount like 12.50</source>
            <translation>運費：請輸入金額，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="237" />
            <source>Choose a carrier</source>
            <translation>請選擇快遞公司</translation>
        </message>
    </context>
    <context>
        <name>NewTicketDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="84" />
            <source>New ticket</source>
            <translation>新建工單</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="87" />
            <source>(no customer)</source>
            <translation>（無客戶）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="89" />
            <source>Customer:</source>
            <translation>客戶：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="105" />
            <source>What is it about, in a few words</source>
            <translation>簡要說明問題</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="108" />
            <source>— no order —</source>
            <translation>— 不關聯訂單 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="116" />
            <source>&amp;Rating:</source>
            <translation>評分(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="120" />
            <source>What the customer said (optional)</source>
            <translation>客戶反映的內容（可選）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="121" />
            <source>&amp;Kind:</source>
            <translation>型別(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="122" />
            <source>&amp;Priority:</source>
            <translation>優先順序(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="123" />
            <source>C&amp;ategory:</source>
            <translation>分類(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="124" />
            <source>&amp;Subject:</source>
            <translation>主題(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="125" />
            <source>&amp;Order:</source>
            <translation>訂單(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="127" />
            <source>&amp;Message:</source>
            <translation>內容(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="133" />
            <source>&amp;Create</source>
            <translation>建立(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="94" />
            <source>New user</source>
            <translation>新建使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="107" />
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="108" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="109" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="110" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="122" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密碼至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewWaveDialog</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="149" />
            <source>New pick wave</source>
            <translation>新建揀貨波次</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="159" />
            <source>All carriers</source>
            <translation>全部快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="162" />
            <source>Single-item orders only</source>
            <translation>只看單品單件訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="163" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="165" />
            <source>&amp;Carrier:</source>
            <translation>快遞公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Ordered</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="174" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="174" />
            <source>Units</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="174" />
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="180" />
            <source>Select &amp;all</source>
            <translation>全選(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="182" />
            <source>Select &amp;none</source>
            <translation>全不選(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="189" />
            <source>&amp;Create wave from ticked orders</source>
            <translation>用勾選的訂單建波次(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="200" />
            <source>single-item orders first</source>
            <translation>單品單件優先</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="202" />
            <source>Wave by &amp;rule</source>
            <translation>按規則建波次(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="204" />
            <source>By rule: up to</source>
            <translation>按規則：最多</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="206" />
            <source>orders of this warehouse and carrier,</source>
            <translation>單（本倉庫、所選快遞公司），</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="215" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="215" />
            <source>Why it did not join</source>
            <translation>未加入的原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="268" />
            <source>%1 of %2 ticked</source>
            <translation>已勾選 %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="277" />
            <source>Tick the orders for the wave first (Space ticks a row).</source>
            <translation>請先勾選要加入波次的訂單（空格鍵勾選當前行）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="305" />
            <source>No wave was made: none of the orders could join.</source>
            <translation>未建立波次：沒有訂單可以加入。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="308" />
            <source>Wave %1: %n order(s) to pick.</source>
            <translation>
                <numerusform>波次 %1：%n 個訂單待揀貨。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="312" />
            <source>%n order(s) could not join:</source>
            <translation>
                <numerusform>%n 個訂單未能加入：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <location filename="../../ui/exception_center.py" line="410" />
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="415" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="431" />
            <source>%1 assigned to you: %2 %3</source>
            <translation>%1 指派給你：%2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="433" />
            <source>Closed by itself: %2 %3</source>
            <translation>已自動關閉：%2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="446" />
            <source>No notifications</source>
            <translation>沒有通知</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPane</name>
        <message>
            <location filename="../../ui/orders/detail.py" line="79" />
            <source>Select an order</source>
            <translation>請選擇一個訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/detail.py" line="83" />
            <source>%n orders selected</source>
            <translation>
                <numerusform>已選擇 %n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="94" />
            <source>On hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="95" />
            <source>Returned for correction</source>
            <translation>已退回修正</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="96" />
            <source>Review rules fired</source>
            <translation>命中的審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="97" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="98" />
            <source>Personal data is masked</source>
            <translation>個人資訊已打碼</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="99" />
            <source>Lines</source>
            <translation>商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="100" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="101" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="102" />
            <source>Split or merged from %1</source>
            <translation>由 %1 拆分或合併而來</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="103" />
            <location filename="../../ui/orders/detail.py" line="262" />
            <source>Payments</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="104" />
            <source>Shipments</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="105" />
            <source>History</source>
            <translation>歷史記錄</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="126" />
            <source>holds</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="126" />
            <source>flags</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="144" />
            <source>Buyer note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="145" />
            <source>Seller note</source>
            <translation>賣家備註</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="156" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="157" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="158" />
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="159" />
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="160" />
            <location filename="../../ui/orders/detail.py" line="177" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="161" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="175" />
            <source>Goods</source>
            <translation>商品金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="176" />
            <source>Shipping</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="178" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="179" />
            <source>Paid</source>
            <translation>實付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="206" />
            <location filename="../../ui/orders/detail.py" line="289" />
            <source>refund requested %1</source>
            <translation>已申請退款 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="245" />
            <source>Audit log</source>
            <translation>操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="264" />
            <source>Cash on delivery</source>
            <translation>貨到付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="268" />
            <source>To collect on delivery: %1</source>
            <translation>到付代收：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="268" />
            <source>Still due: %1</source>
            <translation>待付：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="283" />
            <source>remitted %1</source>
            <translation>回款 %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="91" />
            <source>Edit order %1</source>
            <translation>修改訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="93" />
            <source>New phone order</source>
            <translation>新建電話訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Recipient:</source>
            <translation>收件人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Phone:</source>
            <translation>電話(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>Pro&amp;vince:</source>
            <translation>省份(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="100" />
            <source>C&amp;ity:</source>
            <translation>城市(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>&amp;District:</source>
            <translation>區縣(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>&amp;Street address:</source>
            <translation>詳細地址(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="102" />
            <source>Post&amp;code:</source>
            <translation>郵編(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="102" />
            <source>&amp;Buyer note:</source>
            <translation>買家留言(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="103" />
            <source>S&amp;eller note:</source>
            <translation>賣家備註(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="103" />
            <source>Shipping &amp;fee:</source>
            <translation>運費(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="104" />
            <source>Order disc&amp;ount:</source>
            <translation>訂單優惠(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="104" />
            <source>P&amp;aid:</source>
            <translation>已付(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="116" />
            <source>Payment &amp;method:</source>
            <translation>支付方式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="123" />
            <source>Add &amp;line</source>
            <translation>新增明細(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="125" />
            <source>Remove li&amp;ne</source>
            <translation>刪除明細(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="143" />
            <source>Lines (leave the price empty for the catalogue price)</source>
            <translation>明細（單價留空則使用商品價格）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="227" />
            <source>Enter the recipient's name</source>
            <translation>請輸入收件人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="228" />
            <source>Enter the province</source>
            <translation>請輸入省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="229" />
            <source>Enter the city</source>
            <translation>請輸入城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="230" />
            <source>Enter the street address</source>
            <translation>請輸入詳細地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="235" />
            <source>Enter a valid mobile or landline number</source>
            <translation>請輸入有效的手機或固定電話號碼</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="239" />
            <source>Enter an amount such as 12.50</source>
            <translation>請輸入金額，例如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="241" />
            <source>Add at least one line with a SKU</source>
            <translation>請至少新增一行帶 SKU 的明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="246" />
            <source>Line %1: enter a quantity above 0</source>
            <translation>第 %1 行：數量須大於 0</translation>
        </message>
    </context>
    <context>
        <name>OrderDialogs</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="52" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="53" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="54" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="55" />
            <source>OK</source>
            <translation>確定</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="647" />
            <source>no rate</source>
            <translation>無運費</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="654" />
            <source>%n day(s)</source>
            <translation>%n 天</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <location filename="../../ui/orders/detail.py" line="54" />
            <source>Review rules</source>
            <translation>審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="17" />
            <source>Record payment</source>
            <translation>確認收款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="18" />
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="19" />
            <source>COD collected by carrier</source>
            <translation>快遞已代收貨款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="20" />
            <source>COD remitted</source>
            <translation>代收貨款已回款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="21" />
            <source>Approve</source>
            <translation>稽核透過</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="22" />
            <source>Return for correction</source>
            <translation>退回修正</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="23" />
            <source>Resubmit</source>
            <translation>重新提交</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="24" />
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="25" />
            <source>Pick</source>
            <translation>揀貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="26" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="27" />
            <source>Ship</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="28" />
            <source>Deliver</source>
            <translation>簽收</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="29" />
            <source>Complete</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="30" />
            <source>Cancel order</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="31" />
            <source>Release stock</source>
            <translation>釋放庫存</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="32" />
            <source>Created</source>
            <translation>建立</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="33" />
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="34" />
            <source>Hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="35" />
            <source>Release hold</source>
            <translation>解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="36" />
            <source>Merge</source>
            <translation>合併</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="37" />
            <source>Split</source>
            <translation>拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="38" />
            <location filename="../../ui/orders/labels.py" line="39" />
            <source>Assign carrier</source>
            <translation>指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="40" />
            <source>Demo data</source>
            <translation>演示資料</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="41" />
            <source>Imported</source>
            <translation>已匯入</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="48" />
            <source>Incomplete address</source>
            <translation>地址不完整</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="49" />
            <source>Invalid phone number</source>
            <translation>電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="50" />
            <source>Blacklisted customer</source>
            <translation>黑名單客戶</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="51" />
            <source>Amount above threshold</source>
            <translation>金額超過閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="52" />
            <source>Quantity above threshold</source>
            <translation>數量超過閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="53" />
            <source>Buyer note present</source>
            <translation>有買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="54" />
            <source>Payment does not match total</source>
            <translation>付款與總額不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="55" />
            <source>Suspected duplicate</source>
            <translation>疑似重複訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="56" />
            <source>SKU not in catalogue</source>
            <translation>SKU 不在商品目錄中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="57" />
            <source>SKU out of stock</source>
            <translation>SKU 缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="64" />
            <source>recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="65" />
            <source>province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="66" />
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="67" />
            <source>street address</source>
            <translation>詳細地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="76" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="77" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="78" />
            <source>District</source>
            <translation>區縣</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="80" />
            <source>Postcode</source>
            <translation>郵編</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="81" />
            <source>Buyer note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="82" />
            <source>Seller note</source>
            <translation>賣家備註</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="83" />
            <source>Shipping</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="84" />
            <source>Discount</source>
            <translation>優惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="85" />
            <source>Goods</source>
            <translation>商品金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="87" />
            <source>Currency</source>
            <translation>幣種</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="89" />
            <source>Lines</source>
            <translation>商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="91" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="100" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="103" />
            <source>automatically</source>
            <translation>自動</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="105" />
            <source>Merged into %1</source>
            <translation>已合併為 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="106" />
            <source>Merged from %1</source>
            <translation>由 %1 合併而來</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="113" />
            <source>Split from %1: %2</source>
            <translation>從 %1 拆出：%2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="130" />
            <source>Address incomplete: %1 missing or too short</source>
            <translation>地址不完整：缺少%1或過短</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="134" />
            <source>The recipient's phone number is not a valid number</source>
            <translation>收件人電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="139" />
            <source>Customer is blacklisted: %1</source>
            <translation>客戶在黑名單中：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="143" />
            <source>Order total %1 is above the review threshold %2</source>
            <translation>訂單金額 %1 超過稽核閾值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="149" />
            <source>%1 items, more than the threshold %2</source>
            <translation>共 %1 件，超過閾值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="155" />
            <source>The buyer left a note: %1</source>
            <translation>買家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="159" />
            <source>Paid %1 does not match the order total %2</source>
            <translation>已付 %1 與訂單總額 %2 不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="164" />
            <source>Possible duplicate of order %1: same phone, address and items within %2 hours</source>
            <translation>疑似與訂單 %1 重複：%2 小時內電話、地址和商品相同</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="172" />
            <source>SKU not in catalogue: %1 (map it or create it)</source>
            <translation>SKU 不在商品目錄中：%1（請對應或新建該商品）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="177" />
            <source>Not enough stock: %1</source>
            <translation>庫存不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="178" />
            <source>No single warehouse holds every item; the order must be split</source>
            <translation>沒有一個倉庫能備齊全部商品，訂單需要拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="186" />
            <source>Held by review rules</source>
            <translation>被審單規則掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="188" />
            <source>No items in the imported file: import the items file for this order</source>
            <translation>匯入的檔案中沒有商品明細：請匯入該訂單的商品明細檔案</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="198" />
            <source>Address incomplete or wrong</source>
            <translation>地址不全或有誤</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="199" />
            <source>Phone number wrong</source>
            <translation>電話號碼有誤</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="200" />
            <source>Item or quantity wrong</source>
            <translation>商品或數量有誤</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="201" />
            <source>Price or discount wrong</source>
            <translation>價格或優惠有誤</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="202" />
            <source>Payment not received</source>
            <translation>未收到付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="203" />
            <source>Buyer note needs an answer</source>
            <translation>買家留言需回覆</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="57" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="90" />
            <location filename="../../ui/orders/table_model.py" line="58" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="88" />
            <location filename="../../ui/orders/table_model.py" line="59" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="74" />
            <location filename="../../ui/orders/table_model.py" line="60" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="75" />
            <location filename="../../ui/orders/table_model.py" line="61" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="79" />
            <location filename="../../ui/orders/table_model.py" line="62" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="63" />
            <source>Items</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="86" />
            <location filename="../../ui/orders/table_model.py" line="64" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="65" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="66" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="67" />
            <source>Rules fired</source>
            <translation>規則命中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="68" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="108" />
            <source>Click to sort</source>
            <translation>點選排序</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="83" />
            <source>on hold</source>
            <translation>已掛起</translation>
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Ordered at</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Platform order no</source>
            <translation>平臺單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Total</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Paid</source>
            <translation>實付</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="99" />
            <source> (on hold)</source>
            <translation>（掛起）</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="132" />
            <source>Order no, platform no, phone or last 4 digits, name, tracking no, SKU</source>
            <translation>訂單號、平臺單號、電話或尾號 4 位、姓名、運單號、SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="155" />
            <source>Queues</source>
            <translation>佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="157" />
            <source>Saved views</source>
            <translation>已儲存的檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="163" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="166" />
            <source>All warehouses</source>
            <translation>全部倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="169" />
            <source>Any rule</source>
            <translation>任意規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="174" />
            <source>Held or not</source>
            <translation>是否掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="175" />
            <location filename="../../ui/tabs/orders_tab.py" line="407" />
            <source>On hold</source>
            <translation>掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="176" />
            <source>Not on hold</source>
            <translation>未掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="177" />
            <source>Ordered from</source>
            <translation>下單日期從</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="197" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="246" />
            <location filename="../../ui/tabs/orders_tab.py" line="376" />
            <source>Record &amp;payment…</source>
            <translation>登記付款(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="248" />
            <location filename="../../ui/tabs/orders_tab.py" line="380" />
            <location filename="../../ui/tabs/orders_tab.py" line="1096" />
            <source>Complete order</source>
            <translation>完成訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="275" />
            <source>Search:</source>
            <translation>搜尋：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="314" />
            <source>&amp;New order</source>
            <translation>新建訂單(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="317" />
            <source>&amp;Edit</source>
            <translation>修改(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="321" />
            <source>&amp;Approve</source>
            <translation>稽核透過(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="324" />
            <source>&amp;Return for correction</source>
            <translation>退回修正(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="331" />
            <source>&amp;Confirm</source>
            <translation>確認(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="334" />
            <source>&amp;Hold</source>
            <translation>掛起(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="337" />
            <source>Release hold</source>
            <translation>解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="344" />
            <source>Cancel order</source>
            <translation>取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="352" />
            <source>&amp;Merge</source>
            <translation>合併(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="355" />
            <source>&amp;Split</source>
            <translation>拆分(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="358" />
            <location filename="../../ui/tabs/orders_tab.py" line="995" />
            <source>Assign carrier</source>
            <translation>指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="365" />
            <source>Run review rules</source>
            <translation>執行審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="368" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="369" />
            <source>Find</source>
            <translation>查詢</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="371" />
            <source>Save view…</source>
            <translation>儲存檢視…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="373" />
            <source>Review rules…</source>
            <translation>審單規則…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="407" />
            <source>All orders</source>
            <translation>全部訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="408" />
            <source>Rules fired</source>
            <translation>規則命中</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="487" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="489" />
            <source>%1+ orders, loading…</source>
            <translation>%1+ 個訂單，載入中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="503" />
            <source>Searching only in “%1”</source>
            <translation>僅在“%1”中搜尋</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="505" />
            <source>Searching all queues</source>
            <translation>在全部佇列中搜尋</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="540" />
            <source>Save view</source>
            <translation>儲存檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="540" />
            <source>Name of the view:</source>
            <translation>檢視名稱：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="555" />
            <source>Delete the saved view “%1”? Orders are not affected.</source>
            <translation>刪除已儲存的檢視“%1”？訂單不受影響。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="556" />
            <source>Delete view</source>
            <translation>刪除檢視</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="609" />
            <source>Waiting for review %1 · on hold %2</source>
            <translation>待稽核 %1 · 掛起 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="747" />
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="820" />
            <source>%1 of %2 orders done</source>
            <translation>%2 個訂單中已完成 %1 個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="844" />
            <location filename="../../ui/tabs/orders_tab.py" line="853" />
            <source>Approved %1</source>
            <translation>已稽核透過 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="850" />
            <source>Approving %n orders</source>
            <translation>正在稽核 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="865" />
            <source>Confirm order %1</source>
            <translation>確認訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="866" />
            <source>Reserve the stock and ship with the carrier chosen below.</source>
            <translation>預留庫存，並用下面選中的快遞公司發貨。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="871" />
            <location filename="../../ui/tabs/orders_tab.py" line="884" />
            <source>Confirming %n orders</source>
            <translation>正在確認 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="878" />
            <source>Confirmed %1: stock reserved, carrier set</source>
            <translation>已確認 %1：庫存已預留，快遞已指定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="887" />
            <source>Confirmed %1: stock reserved</source>
            <translation>已確認 %1：庫存已預留</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="925" />
            <source>Returned %1 for correction</source>
            <translation>已將 %1 退回修正</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="975" />
            <source>Cancelled %1</source>
            <translation>已取消 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="990" />
            <source>Carrier for %n orders; prices and delivery times of order %1.</source>
            <translation>
                <numerusform>為 %n 個訂單指定快遞公司；運費和時效按訂單 %1 計算。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="993" />
            <source>Carrier for order %1.</source>
            <translation>訂單 %1 的快遞公司。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1124" />
            <source>Saved %1</source>
            <translation>已儲存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="920" />
            <source>Returning %n orders</source>
            <translation>正在退回 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="942" />
            <source>Holding %n orders</source>
            <translation>正在掛起 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="945" />
            <source>Put %1 on hold</source>
            <translation>已掛起 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="951" />
            <source>Releasing %n orders</source>
            <translation>正在解除 %n 個訂單的掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="954" />
            <source>Released the hold on %1</source>
            <translation>已解除 %1 的掛起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="962" />
            <source>Cancel orders</source>
            <translation>取消訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="964" />
            <source>Cancel %n order(s)? Reserved stock is released and paid orders get a refund request. Reason:</source>
            <translation>
                <numerusform>取消 %n 個訂單？預佔庫存將釋放，已付款訂單將生成退款申請。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="972" />
            <source>Cancelling %n orders</source>
            <translation>正在取消 %n 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1005" />
            <source>Assigning a carrier to %n orders</source>
            <translation>正在為 %n 個訂單指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1010" />
            <source>Carrier of %1 set</source>
            <translation>已為 %1 指定快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1025" />
            <source>Rules checked %1 orders, %2 held</source>
            <translation>已按規則檢查 %1 個訂單，掛起 %2 個</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1030" />
            <source>Running the review rules</source>
            <translation>正在執行審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1037" />
            <source>Merge orders</source>
            <translation>合併訂單</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="1038" />
            <source>Merge %n orders into one new order? The originals are cancelled and point to it; their payments move to it.</source>
            <translation>
                <numerusform>將 %n 個訂單合併為一個新訂單？原訂單將取消並指向新訂單，其付款轉入新訂單。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1047" />
            <source>Merged into %1</source>
            <translation>已合併為 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1067" />
            <source>Split off %1</source>
            <translation>已拆出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1086" />
            <source>Payment recorded on %1: paid in full, waiting for review</source>
            <translation>%1 已登記付款：已付清，等待稽核</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1087" />
            <source>Payment recorded on %1</source>
            <translation>%1 已登記付款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1097" />
            <source>Complete this order now? After-sales stays open for the configured days.</source>
            <translation>現在完成此訂單？完成後在設定的天數內仍可申請售後。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1110" />
            <source>Created %1</source>
            <translation>已建立 %1</translation>
        </message>
    </context>
    <context>
        <name>PackStation</name>
        <message>
            <location filename="../../ui/pack_station.py" line="144" />
            <location filename="../../ui/pack_station.py" line="152" />
            <location filename="../../ui/pack_station.py" line="526" />
            <source>Pack station</source>
            <translation>打包臺</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="283" />
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="284" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="285" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="286" />
            <source>Barcode</source>
            <translation>條碼</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="287" />
            <source>Scanned</source>
            <translation>已掃 / 應掃</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="227" />
            <source>Enter: scan · Ctrl+Z: undo the last scan · F8: drop this order · F11: full screen · Esc: leave</source>
            <translation>回車：掃描 · Ctrl+Z：撤銷上一次掃描 · F8：放棄本單 · F11：全屏 · Esc：離開</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="265" />
            <source>Today %1 · last hour %2</source>
            <translation>今日 %1 · 近一小時 %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="266" />
            <location filename="../../ui/pack_station.py" line="267" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="300" />
            <source>Scan the order number, packing slip or label</source>
            <translation>請掃描訂單號、發貨單或面單</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="301" />
            <location filename="../../ui/pack_station.py" line="457" />
            <source>order number…</source>
            <translation>訂單號…</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="305" />
            <source>Scan an order to start</source>
            <translation>掃描訂單開始打包</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="325" />
            <source>Buyer note: %1</source>
            <translation>買家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="331" />
            <location filename="../../ui/pack_station.py" line="497" />
            <source>Scan each item</source>
            <translation>請逐件掃描商品</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="332" />
            <location filename="../../ui/pack_station.py" line="498" />
            <source>item barcode…</source>
            <translation>商品條碼…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="334" />
            <source>Order %1: scan the %n item(s)</source>
            <translation>
                <numerusform>訂單 %1：請掃描 %n 件商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="356" />
            <source>✗ Not in this order: %1</source>
            <translation>✗ 不是本單商品：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="363" />
            <source>✗ One too many: %1 — the order has %n</source>
            <translation>
                <numerusform>✗ 多掃了一件：%1 — 本單隻有 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="374" />
            <source>✓ %1  %2 / %3</source>
            <translation>✓ %1  %2 / %3</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="389" />
            <source>Weigh the parcel and enter its weight in grams</source>
            <translation>請稱重並輸入包裹重量（克）</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="390" />
            <source>grams…</source>
            <translation>克…</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="392" />
            <source>All items verified. Weigh the parcel</source>
            <translation>商品已全部核對，請稱重</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="394" />
            <source>(about %1 g)</source>
            <translation>（約 %1 克）</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="401" />
            <source>Enter the weight in grams, e.g. 1250</source>
            <translation>請輸入以克為單位的重量，例如 1250</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="407" />
            <source>✗ %1 g — expected about %2 g (± %3 %): check the parcel</source>
            <translation>✗ %1 克 — 應約為 %2 克（± %3 %）：請檢查包裹</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="437" />
            <source>Packed %1, but the label did not print: %2</source>
            <translation>%1 已打包，但面單未能列印：%2</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="443" />
            <source>✓ %1 packed — label %2</source>
            <translation>✓ %1 已打包 — 面單 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="449" />
            <source>The label was printed before; stick that one on the parcel.</source>
            <translation>面單之前已列印，請貼上那張面單。</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="451" />
            <source>Label sent to %1</source>
            <translation>面單已傳送到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="453" />
            <source>Label saved: %1</source>
            <translation>面單已儲存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="456" />
            <source>Scan the next order</source>
            <translation>請掃描下一單</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="493" />
            <source>Nothing to undo</source>
            <translation>沒有可撤銷的掃描</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="503" />
            <source>Last scan undone: %1  %2 / %3</source>
            <translation>已撤銷上一次掃描：%1  %2 / %3</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="519" />
            <source>Leave the pack station?</source>
            <translation>離開打包臺？</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="521" />
            <source>The scans of order %1 are not kept.</source>
            <translation>訂單 %1 的掃描記錄不會保留。</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <location filename="../../ui/i18n.py" line="140" />
            <source>Alipay</source>
            <translation>支付寶</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <location filename="../../ui/i18n.py" line="142" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="143" />
            <source>Bank card</source>
            <translation>銀行卡</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="144" />
            <source>Bank transfer</source>
            <translation>銀行轉賬</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="145" />
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="146" />
            <source>Cash on delivery</source>
            <translation>貨到付款</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="147" />
            <source>PayPal</source>
            <translation>PayPal</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="148" />
            <source>Paid on the platform</source>
            <translation>平臺代收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="165" />
            <source>Order cancelled: %1</source>
            <translation>訂單取消：%1</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="169" />
            <source>Order cancelled</source>
            <translation>訂單取消</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="172" />
            <source>Case rejected: %1</source>
            <translation>售後單駁回：%1</translation>
        </message>
    </context>
    <context>
        <name>Payments</name>
        <message>
            <location filename="../../ui/orders/payments.py" line="35" />
            <source>Bank transfer</source>
            <translation>銀行轉賬</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="36" />
            <source>Alipay</source>
            <translation>支付寶</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="37" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="38" />
            <source>Card</source>
            <translation>銀行卡</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="39" />
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="40" />
            <source>Cash on delivery</source>
            <translation>貨到付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="41" />
            <source>Manual</source>
            <translation>手工錄入</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="48" />
            <source>paid</source>
            <translation>已到賬</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="49" />
            <source>pending</source>
            <translation>待確認</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="50" />
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="51" />
            <source>collected by carrier</source>
            <translation>快遞已代收</translation>
        </message>
    </context>
    <context>
        <name>PickCustomerDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="117" />
            <source>Merge a duplicate into this customer</source>
            <translation>把重複客戶合併到當前客戶</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="121" />
            <source>Find the duplicate (phone, last 4 + name, order no, name):</source>
            <translation>查詢重複的客戶（電話、尾號+姓名、訂單號、姓名）：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="130" />
            <source>&amp;Merge…</source>
            <translation>合併(&amp;M)…</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1064" />
            <source>Print queue</source>
            <translation>列印佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1069" />
            <source>&amp;Orders (one number a line):</source>
            <translation>訂單(&amp;O)（每行一個訂單號）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1090" />
            <source>Label roll (thermal printer)</source>
            <translation>熱敏面單捲紙</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1091" />
            <source>A4, one label a page</source>
            <translation>A4 紙，每頁 1 張面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1092" />
            <source>A4, four labels a page</source>
            <translation>A4 紙，每頁 4 張面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1097" />
            <source>only to print labels again</source>
            <translation>僅在重新列印面單時填寫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1098" />
            <source>Label &amp;size:</source>
            <translation>面單尺寸(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1099" />
            <source>Label p&amp;aper:</source>
            <translation>面單紙張(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1100" />
            <source>&amp;Reprint reason:</source>
            <translation>補打原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1104" />
            <source>&amp;Save as PDF…</source>
            <translation>儲存為 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1106" />
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1108" />
            <source>&amp;Retry failed</source>
            <translation>重試失敗項(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Document</source>
            <translation>單據</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1145" />
            <source>Save as PDF</source>
            <translation>儲存為 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1145" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1148" />
            <source>Folder for the PDF files</source>
            <translation>選擇儲存 PDF 的資料夾</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1162" />
            <source>Enter order numbers and choose at least one document.</source>
            <translation>請輸入訂單號並至少選擇一種單據。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1202" />
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1204" />
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
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1243" />
            <source>%1 ok, %2 failed.</source>
            <translation>成功 %1，失敗 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1248" />
            <source>Saved: %1</source>
            <translation>已儲存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1256" />
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1258" />
            <source>Printing directly needs the Qt PDF module (PySide6-Addons), which is not installed. The documents were saved as PDF and open in your PDF viewer, where you can print them: %1</source>
            <translation>直接列印需要 Qt PDF 模組（PySide6-Addons），當前未安裝。單據已儲存為 PDF，並會在 PDF 閱讀器中開啟，可在其中列印：%1</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="661" />
            <source>Edit product</source>
            <translation>編輯商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="661" />
            <source>New product</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="681" />
            <source>Unit cost for stock valuation; receipts with a cost update it as a moving average.</source>
            <translation>用於庫存估值的單位成本；帶成本的入庫會按移動加權平均更新它。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="689" />
            <source>Active (inactive SKUs are hidden from the stock table)</source>
            <translation>啟用（停用的 SKU 不在庫存表中顯示）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="692" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="693" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="694" />
            <source>&amp;Barcode:</source>
            <translation>條碼(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="695" />
            <source>S&amp;pec:</source>
            <translation>規格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="696" />
            <source>&amp;Unit price:</source>
            <translation>單價(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="697" />
            <source>C&amp;ost per unit:</source>
            <translation>單位成本(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="698" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="701" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
    </context>
    <context>
        <name>ProductField</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="84" />
            <source>Scan a barcode or type a SKU, then Enter</source>
            <translation>掃描條碼或輸入 SKU，然後按回車</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="60" />
            <source>Edit customer %1</source>
            <translation>編輯客戶 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="66" />
            <source>Customer &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="67" />
            <source>&amp;Phone:</source>
            <translation>電話(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="68" />
            <source>&amp;E-mail:</source>
            <translation>郵箱(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="69" />
            <source>P&amp;rovince:</source>
            <translation>省份(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="70" />
            <source>&amp;City:</source>
            <translation>城市(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="71" />
            <source>&amp;District:</source>
            <translation>區縣(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="72" />
            <source>&amp;Address:</source>
            <translation>詳細地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="73" />
            <source>&amp;Tags (comma-separated):</source>
            <translation>標籤，逗號分隔(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="80" />
            <source>Phone and address are masked; reveal them to edit.</source>
            <translation>電話和地址已脫敏，需先檢視完整資訊才能編輯。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="88" />
            <source>N&amp;ote:</source>
            <translation>備註(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="93" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>RateComparisonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="331" />
            <source>Compare carriers</source>
            <translation>比較快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="337" />
            <source>Order number</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="339" />
            <source>or province, e.g. 广东省</source>
            <translation>或省份，如 廣東省</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="343" />
            <source>order weight</source>
            <translation>訂單重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="344" />
            <source>&amp;Compare</source>
            <translation>比較(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Rate region</source>
            <translation>運費地區</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="354" />
            <source>Days</source>
            <translation>時效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="354" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="359" />
            <source>&amp;Use this carrier</source>
            <translation>使用此快遞公司(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="361" />
            <source>Set the selected carrier on the order</source>
            <translation>把選中的快遞公司設為該訂單的快遞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="403" />
            <source>To %1, %2 g, order amount %3.</source>
            <translation>寄往 %1，%2 克，訂單金額 %3。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>by carrier rule</source>
            <translation>按快遞規則</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="420" />
            <source>cheapest</source>
            <translation>最便宜</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="410" />
            <source>Suggested: %1 (%2).</source>
            <translation>建議：%1（%2）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="414" />
            <source>No carrier has a rate for this destination.</source>
            <translation>沒有快遞公司設定了到該地區的運費。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="422" />
            <source>fastest</source>
            <translation>最快</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="457" />
            <source>Order %1 ships with %2.</source>
            <translation>訂單 %1 改由 %2 發貨。</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="263" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>ReceiptScreen</name>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="51" />
            <source>Return receipt</source>
            <translation>退貨收貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="66" />
            <source>Scan the case number, then every item</source>
            <translation>先掃描售後單號，再逐件掃描商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="79" />
            <source>Where the returned items are booked</source>
            <translation>退回商品入賬的倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="84" />
            <source>Warehouse:</source>
            <translation>倉庫：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="92" />
            <source>Expected returns</source>
            <translation>待收退貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="110" />
            <source>F1  Resellable</source>
            <translation>F1  可二次銷售</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="113" />
            <source>F2  Damaged (next item)</source>
            <translation>F2  殘損（下一件）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="116" />
            <source>F12  Inspection done</source>
            <translation>F12  驗貨完成</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="119" />
            <source>Esc  Close</source>
            <translation>Esc  關閉</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="138" />
            <source>Scan the after-sales case number on the parcel</source>
            <translation>請掃描包裹上的售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="175" />
            <source>No case</source>
            <translation>未選售後單</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="187" />
            <source>Received %1 of %2</source>
            <translation>已收 %1 / %2 件</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="206" />
            <source>Next item: DAMAGED → quarantine</source>
            <translation>下一件：殘損 → 隔離區</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="234" />
            <source>Case %1: scan every item</source>
            <translation>售後單 %1：請逐件掃描</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="237" />
            <source>Case %1 is %2: nothing to receive</source>
            <translation>售後單 %1 為%2：無需收貨</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="274" />
            <source>back to stock</source>
            <translation>已入庫</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="276" />
            <source>to quarantine</source>
            <translation>已入隔離區</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="293" />
            <source>Case %1 inspected. Scan the next case.</source>
            <translation>售後單 %1 已驗貨。請掃描下一個售後單。</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="210" />
            <source>Receive goods</source>
            <translation>採購入庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="216" />
            <source>Delivery note or supplier, e.g. PO-2024-118</source>
            <translation>送貨單號或供應商，如 PO-2024-118</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="217" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="219" />
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="220" />
            <source>Receive</source>
            <translation>入庫</translation>
        </message>
    </context>
    <context>
        <name>RecordPaymentDialog</name>
        <message>
            <location filename="../../ui/orders/payments.py" line="85" />
            <source>Record payment for %1</source>
            <translation>登記付款 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="87" />
            <source>Total %1 · paid %2 · due %3</source>
            <translation>合計 %1 · 已付 %2 · 待付 %3</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="105" />
            <source>Transaction or slip number</source>
            <translation>交易號或憑證號</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="112" />
            <source>Why it failed or is pending</source>
            <translation>失敗或待確認的原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="114" />
            <source>&amp;Method:</source>
            <translation>支付方式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="115" />
            <source>&amp;Amount:</source>
            <translation>金額(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="116" />
            <source>&amp;Reference:</source>
            <translation>憑證號(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="117" />
            <source>&amp;Time:</source>
            <translation>時間(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="118" />
            <source>&amp;Status:</source>
            <translation>狀態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="119" />
            <source>R&amp;eason:</source>
            <translation>原因(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="127" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="128" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="158" />
            <source>Enter an amount above 0, such as 68.00</source>
            <translation>請輸入大於 0 的金額，例如 68.00</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="160" />
            <source>More than the %1 still due</source>
            <translation>超過待付金額 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="163" />
            <source>Say why the payment failed or is pending</source>
            <translation>請說明支付失敗或待確認的原因</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="75" />
            <source>Request a refund — %1</source>
            <translation>申請退款 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="87" />
            <source>%1 × %2 (%3) — at most %4:</source>
            <translation>%1 × %2（%3）— 最多 %4：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="101" />
            <source>Shipping of %1 — at most %2:</source>
            <translation>%1 的運費 — 最多 %2：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="111" />
            <source>Other amount on %1 (compensation, price difference):</source>
            <translation>%1 的其他金額（補償、差價）：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="118" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="121" />
            <source>%1: paid %2, refunded %3, waiting %4</source>
            <translation>%1：已付 %2，已退 %3，待審批 %4</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="131" />
            <source>&amp;Full refund of the lines</source>
            <translation>按明細全額退款(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="145" />
            <source>&amp;Request refund</source>
            <translation>申請退款(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="169" />
            <source>Total %1</source>
            <translation>合計 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="178" />
            <source>Request a refund</source>
            <translation>申請退款</translation>
        </message>
    </context>
    <context>
        <name>RefundsModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Case no</source>
            <translation>售後單號</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Requested by</source>
            <translation>申請人</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Requested at</source>
            <translation>申請時間</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="89" />
            <source>Decided by</source>
            <translation>審批人</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="89" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="95" />
            <source>withdrawn by %1</source>
            <translation>%1 已撤回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="98" />
            <source> (supervisor)</source>
            <translation>（需主管）</translation>
        </message>
    </context>
    <context>
        <name>RemittanceResultDialog</name>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="40" />
            <source>COD remittance: %1</source>
            <translation>代收貨款回款：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="44" />
            <source>%1 rows: %2 parcels settled, %3 already settled, %4 rows not used, %5 with a different amount.</source>
            <translation>共 %1 行：結算 %2 個包裹，%3 個此前已結算，%4 行未能使用，%5 個金額不符。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Row</source>
            <translation>行號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="63" />
            <source>Remitted differs from collected:</source>
            <translation>回款與代收金額不符：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="67" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="250" />
            <location filename="../../ui/tabs/reports_tab.py" line="294" />
            <source>Click to list the orders</source>
            <translation>點選列出這些訂單</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="438" />
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="443" />
            <source>&amp;Export to Excel…</source>
            <translation>匯出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="451" />
            <source>Period:</source>
            <translation>時間範圍：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="647" />
            <location filename="../../ui/tabs/reports_tab.py" line="668" />
            <location filename="../../ui/tabs/reports_tab.py" line="676" />
            <location filename="../../ui/tabs/reports_tab.py" line="694" />
            <location filename="../../ui/tabs/reports_tab.py" line="704" />
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <source>Orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="648" />
            <location filename="../../ui/tabs/reports_tab.py" line="658" />
            <location filename="../../ui/tabs/reports_tab.py" line="663" />
            <location filename="../../ui/tabs/reports_tab.py" line="664" />
            <location filename="../../ui/tabs/reports_tab.py" line="668" />
            <location filename="../../ui/tabs/reports_tab.py" line="676" />
            <source>Revenue</source>
            <translation>銷售額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="649" />
            <location filename="../../ui/tabs/reports_tab.py" line="669" />
            <source>Average order</source>
            <translation>客單價</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="689" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="676" />
            <location filename="../../ui/tabs/reports_tab.py" line="726" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="432" />
            <location filename="../../ui/tabs/reports_tab.py" line="719" />
            <location filename="../../ui/tabs/reports_tab.py" line="812" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="358" />
            <source>Sales</source>
            <translation>銷售</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="359" />
            <source>Conversion</source>
            <translation>轉化與流失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="360" />
            <source>Returns</source>
            <translation>退貨退款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="361" />
            <source>Processing speed</source>
            <translation>處理時效</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="362" />
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="363" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="364" />
            <location filename="../../ui/tabs/reports_tab.py" line="881" />
            <source>Carriers</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="385" />
            <location filename="../../ui/tabs/reports_tab.py" line="611" />
            <location filename="../../ui/tabs/reports_tab.py" line="618" />
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="404" />
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="404" />
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="405" />
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="405" />
            <source>Last month</source>
            <translation>上個月</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="406" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="406" />
            <source>Last 365 days</source>
            <translation>最近 365 天</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="407" />
            <source>Custom</source>
            <translation>自定義</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="421" />
            <source>By day</source>
            <translation>按日</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="421" />
            <source>By week</source>
            <translation>按周</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="422" />
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="435" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="436" />
            <source>All warehouses</source>
            <translation>全部倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="437" />
            <source>All carriers</source>
            <translation>全部快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="441" />
            <source>Refresh (F5)</source>
            <translation>重新整理 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="447" />
            <source>&amp;Print to PDF…</source>
            <translation>列印為 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="622" />
            <source>Preparing processing times… %p%</source>
            <translation>正在準備處理時效資料… %p%</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="650" />
            <source>Orders vs previous period</source>
            <translation>訂單數環比</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="651" />
            <source>Revenue vs previous period</source>
            <translation>銷售額環比</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="653" />
            <source>Previous period revenue</source>
            <translation>上期銷售額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="667" />
            <source>By period</source>
            <translation>按時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="668" />
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="675" />
            <location filename="../../ui/tabs/reports_tab.py" line="725" />
            <source>By channel</source>
            <translation>按渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="686" />
            <source>Orders created</source>
            <translation>建立訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="687" />
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="688" />
            <source>Paid ÷ created</source>
            <translation>付款率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="690" />
            <source>Unpaid timeouts</source>
            <translation>超時未付</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="691" />
            <source>Cancelled after payment</source>
            <translation>付款後取消</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="693" />
            <source>Why orders were cancelled</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="694" />
            <location filename="../../ui/tabs/reports_tab.py" line="734" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="696" />
            <location filename="../../ui/tabs/reports_tab.py" line="703" />
            <source>(no reason given)</source>
            <translation>（未填寫原因）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="702" />
            <source>Cancelled orders by reason</source>
            <translation>按原因統計的取消訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="710" />
            <source>Return rate (units)</source>
            <translation>退貨率（件數）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="711" />
            <source>Units returned</source>
            <translation>退貨件數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="712" />
            <source>Orders with returns</source>
            <translation>有退貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="713" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="714" />
            <source>Refunded ÷ revenue</source>
            <translation>退款率（金額）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="715" />
            <source>Exchanges</source>
            <translation>換貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="716" />
            <source>Resends</source>
            <translation>補發</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="718" />
            <source>Return rate by SKU, worst first</source>
            <translation>各 SKU 退貨率（從高到低）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="719" />
            <location filename="../../ui/tabs/reports_tab.py" line="812" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="719" />
            <location filename="../../ui/tabs/reports_tab.py" line="726" />
            <source>Sold</source>
            <translation>售出</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="719" />
            <location filename="../../ui/tabs/reports_tab.py" line="726" />
            <location filename="../../ui/tabs/reports_tab.py" line="887" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="720" />
            <location filename="../../ui/tabs/reports_tab.py" line="727" />
            <location filename="../../ui/tabs/reports_tab.py" line="742" />
            <source>Return rate</source>
            <translation>退貨率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="733" />
            <source>By reason</source>
            <translation>按原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="734" />
            <source>Cases</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="741" />
            <source>Return rate by SKU (%)</source>
            <translation>各 SKU 退貨率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="746" />
            <source>Returns count the units returned of the orders placed in the period. Refunds count by the day they were approved, whatever the order's day; refunded ÷ revenue uses the period's revenue.</source>
            <translation>退貨按統計期內下單訂單的退回件數統計。退款按審批透過的日期統計（不論訂單是哪天下的）；退款額 ÷ 銷售額使用本期銷售額。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Review</source>
            <translation>稽核</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Pick</source>
            <translation>揀貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="755" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="755" />
            <source>Ship</source>
            <translation>發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="759" />
            <source>Payment → shipment, median (h)</source>
            <translation>付款到發貨中位數（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="761" />
            <source>Payment → shipment, p90 (h)</source>
            <translation>付款到發貨 P90（小時）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/reports_tab.py" line="763" />
            <source>Shipped within %n hour(s)</source>
            <translation>
                <numerusform>%n 小時內發貨率</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="765" />
            <source>Shipped late</source>
            <translation>超時發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="766" />
            <source>Completion rate</source>
            <translation>完成率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="768" />
            <source>Time in each stage (hours)</source>
            <translation>各環節耗時（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <source>Stage</source>
            <translation>環節</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <location filename="../../ui/tabs/reports_tab.py" line="780" />
            <location filename="../../ui/tabs/reports_tab.py" line="899" />
            <source>Median</source>
            <translation>中位數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="770" />
            <location filename="../../ui/tabs/reports_tab.py" line="781" />
            <location filename="../../ui/tabs/reports_tab.py" line="900" />
            <source>p90</source>
            <translation>P90</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="772" />
            <source>Payment → shipment</source>
            <translation>付款到發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="779" />
            <source>Hours in each stage</source>
            <translation>各環節耗時（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="784" />
            <source>Time in a stage: from the order's first entry into the state to its first exit; medians and p90 of the orders placed in the period.</source>
            <translation>環節耗時：訂單首次進入該狀態到首次離開的時間；統計期內下單訂單的中位數與 P90。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="791" />
            <source>Stock value at cost</source>
            <translation>庫存成本金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="792" />
            <source>Units on hand</source>
            <translation>在庫件數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="793" />
            <source>SKUs</source>
            <translation>SKU 數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="798" />
            <location filename="../../ui/tabs/reports_tab.py" line="809" />
            <source>Overstock</source>
            <translation>積壓</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="809" />
            <source>Stock-out</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="810" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="811" />
            <source>SKUs by stock value</source>
            <translation>按庫存金額排列的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="812" />
            <source>On hand</source>
            <translation>在庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="813" />
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="813" />
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="813" />
            <location filename="../../ui/tabs/reports_tab.py" line="828" />
            <location filename="../../ui/tabs/reports_tab.py" line="950" />
            <source>Value</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Shipped</source>
            <translation>已發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Turnover</source>
            <translation>週轉率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Days of cover</source>
            <translation>可售天數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="815" />
            <source>Age (days)</source>
            <translation>庫齡（天）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="815" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="827" />
            <source>Stock value by age (days)</source>
            <translation>按庫齡（天）的庫存金額</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="834" />
            <location filename="../../ui/tabs/reports_tab.py" line="853" />
            <location filename="../../ui/tabs/reports_tab.py" line="860" />
            <location filename="../../ui/tabs/reports_tab.py" line="873" />
            <source>Tickets</source>
            <translation>工單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="835" />
            <source>First response, median (h)</source>
            <translation>首次響應中位數（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="837" />
            <source>First response, p90 (h)</source>
            <translation>首次響應 P90（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="839" />
            <source>Resolution, median (h)</source>
            <translation>解決時長中位數（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="841" />
            <source>Resolution, p90 (h)</source>
            <translation>解決時長 P90（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="843" />
            <source>Within SLA</source>
            <translation>SLA 達成率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="844" />
            <source>Complaints</source>
            <translation>投訴數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="845" />
            <source>Complaints per order</source>
            <translation>投訴率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="846" />
            <source>Average rating</source>
            <translation>平均評分</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="850" />
            <source>Inquiry</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="850" />
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="851" />
            <source>Feedback</source>
            <translation>反饋</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="851" />
            <source>After-sales</source>
            <translation>售後</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="852" />
            <source>Tickets by kind</source>
            <translation>按型別的工單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="853" />
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="859" />
            <source>Tickets by category</source>
            <translation>按分類的工單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="860" />
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="865" />
            <source>Ratings by week</source>
            <translation>每週評分</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="866" />
            <source>Week of</source>
            <translation>周起始</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="866" />
            <location filename="../../ui/tabs/reports_tab.py" line="872" />
            <source>Ratings</source>
            <translation>評分</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="866" />
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="880" />
            <location filename="../../ui/tabs/reports_tab.py" line="884" />
            <source>Parcels</source>
            <translation>包裹數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="883" />
            <source>Carriers, fastest first</source>
            <translation>快遞公司（由快到慢）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="884" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="884" />
            <source>Delivery median (h)</source>
            <translation>妥投中位數（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="885" />
            <source>Delivery p90 (h)</source>
            <translation>妥投 P90（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="885" />
            <source>Cost per parcel</source>
            <translation>單票運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Exception rate</source>
            <translation>異常率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Lost</source>
            <translation>丟件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Damaged</source>
            <translation>損壞</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="898" />
            <source>Delivery time (hours)</source>
            <translation>妥投時長（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="902" />
            <source>COD outstanding per carrier is shown once payments are recorded.</source>
            <translation>各快遞公司的代收貨款待回款將在記錄收款後顯示。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="950" />
            <source>Figure</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1009" />
            <source>Print to PDF</source>
            <translation>列印為 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1009" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1021" />
            <source>Cannot write %1</source>
            <translation>無法寫入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="961" />
            <source>Export report</source>
            <translation>匯出報表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="795" />
            <source>Out of stock</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="796" />
            <source>Low stock</source>
            <translation>低庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="797" />
            <source>SKUs with nothing available</source>
            <translation>無可用庫存的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="801" />
            <source>Out of stock and low stock count a SKU in each warehouse, as the status bar does: nothing available, or less than its safety stock. Stock-out: nothing available (on hand − reserved ≤ 0). Overstock: more than %1 days of cover, or stock that did not move in the period. Days of cover: available ÷ units shipped a day in the period. Turnover: units shipped ÷ on hand. Age: days since the oldest unit on hand was received (first in, first out).</source>
            <translation>缺貨與低庫存按每個倉庫中的每個 SKU 計數，與狀態列一致：無可用庫存，或低於安全庫存。缺貨：無可用庫存（在庫 − 預佔 ≤ 0）。積壓：可售天數超過 %1 天，或統計期內沒有出庫。可售天數：可用 ÷ 統計期內日均出庫件數。週轉率：出庫件數 ÷ 在庫。庫齡：在庫最早一件入庫至今的天數（先進先出）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="961" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel 檔案 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReserveDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="612" />
            <source>Release a reservation</source>
            <translation>釋放預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="612" />
            <source>Reserve for an order</source>
            <translation>為訂單預佔庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="624" />
            <source>all it holds</source>
            <translation>全部預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="625" />
            <source>&amp;Order no:</source>
            <translation>訂單號(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="626" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="627" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="628" />
            <source>&amp;Quantity:</source>
            <translation>數量(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="629" />
            <source>Release</source>
            <translation>釋放</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="629" />
            <source>Reserve</source>
            <translation>預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="644" />
            <source>Choose a SKU first.</source>
            <translation>請先選擇 SKU。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="76" />
            <source>Restore a backup</source>
            <translation>恢復備份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="84" />
            <source>The whole database will be replaced by this backup. The current database is backed up first. On a shared server the other workstations wait until the restore ends, then every workstation reloads.</source>
            <translation>整個資料庫將被此備份替換。恢復前會先備份當前資料庫。在共享伺服器上，其他工作站會等待恢復結束，然後所有工作站重新載入。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="93" />
            <source>Type %1 to confirm:</source>
            <translation>輸入 %1 以確認：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="102" />
            <source>Restore</source>
            <translation>恢復</translation>
        </message>
    </context>
    <context>
        <name>ReturnReasonDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="479" />
            <source>Return for correction</source>
            <translation>退回修正</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/dialogs.py" line="483" />
            <source>Return %n order(s) for correction. What must be fixed?</source>
            <translation>
                <numerusform>將 %n 個訂單退回修正。需要修正什麼？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="491" />
            <source>Other (type below)</source>
            <translation>其他（在下方填寫）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="495" />
            <source>Details for the clerk (optional with a preset)</source>
            <translation>給制單員的說明（選了預設原因可不填）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="496" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="497" />
            <source>&amp;Details:</source>
            <translation>說明(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>ReviewRulesDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="375" />
            <source>Review rules</source>
            <translation>審單規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Enabled</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Action</source>
            <translation>處理方式</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Parameter</source>
            <translation>引數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="396" />
            <source>Hold the order</source>
            <translation>掛起訂單</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="397" />
            <source>Only flag it</source>
            <translation>僅標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="406" />
            <source>Threshold</source>
            <translation>閾值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="406" />
            <source>Hours</source>
            <translation>小時數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="413" />
            <source>&amp;Try on the last 1,000 orders</source>
            <translation>在最近 1,000 個訂單上試執行(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="448" />
            <source>would hold</source>
            <translation>將掛起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="448" />
            <source>would flag</source>
            <translation>將標記</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="449" />
            <source>%1: %2 %3 of the last %4 orders</source>
            <translation>%1：最近 %4 個訂單中%2 %3 個</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/i18n.py" line="72" />
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="73" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="74" />
            <source>Order reviewer</source>
            <translation>審單員</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="76" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="77" />
            <source>Analyst</source>
            <translation>資料分析</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <location filename="../../ui/service/labels.py" line="15" />
            <source>Inquiry</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="16" />
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="17" />
            <source>Feedback</source>
            <translation>反饋</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="18" />
            <source>After-sales</source>
            <translation>售後</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="25" />
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="26" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="27" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="28" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="35" />
            <source>New</source>
            <translation>待受理</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="36" />
            <source>Open</source>
            <translation>處理中</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="37" />
            <source>Waiting on customer</source>
            <translation>待客戶回覆</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="38" />
            <source>Resolved</source>
            <translation>已解決</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="39" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="47" />
            <source>Re&amp;open</source>
            <translation>重新開啟(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="49" />
            <source>&amp;Resume</source>
            <translation>繼續處理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="51" />
            <source>&amp;Take on</source>
            <translation>受理(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="53" />
            <source>&amp;Wait for customer</source>
            <translation>等待客戶(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="54" />
            <source>Re&amp;solve</source>
            <translation>解決(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="55" />
            <source>C&amp;lose</source>
            <translation>關閉(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="62" />
            <source>on time</source>
            <translation>按時</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="63" />
            <source>due soon</source>
            <translation>即將超時</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="64" />
            <source>overdue</source>
            <translation>已超時</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="81" />
            <source>order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="82" />
            <source>platform order no</source>
            <translation>平臺單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="83" />
            <source>tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="84" />
            <source>phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="85" />
            <source>phone last 4 + name</source>
            <translation>尾號+姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="86" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="87" />
            <source>name starts with</source>
            <translation>姓名開頭</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="88" />
            <source>phone last 4</source>
            <translation>電話尾號</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="96" />
            <source>Subject</source>
            <translation>主題</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="97" />
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="98" />
            <source>Message</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="99" />
            <source>Template name</source>
            <translation>模板名稱</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="100" />
            <source>Template text</source>
            <translation>模板正文</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="101" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="102" />
            <source>E-mail</source>
            <translation>郵箱</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="103" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="104" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="105" />
            <source>District</source>
            <translation>區縣</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="106" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="107" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="108" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="119" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="121" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="61" />
            <source>Phone, last 4 digits + name, order no, tracking no or name (Ctrl+F)</source>
            <translation>電話、尾號4位+姓名、訂單號、運單號或姓名 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="68" />
            <source>&amp;Find</source>
            <translation>查詢(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="70" />
            <source>&amp;New ticket…</source>
            <translation>新建工單(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="72" />
            <source>New ticket (Ctrl+N)</source>
            <translation>新建工單 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="87" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="88" />
            <source>Ticket queue</source>
            <translation>工單佇列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="95" />
            <source>After-sales</source>
            <translation>售後</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="173" />
            <location filename="../../ui/tabs/service_tab.py" line="178" />
            <location filename="../../ui/tabs/service_tab.py" line="185" />
            <location filename="../../ui/tabs/service_tab.py" line="226" />
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="188" />
            <source>&amp;Priority:</source>
            <translation>優先順序(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="189" />
            <source>&amp;Kind:</source>
            <translation>型別(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="190" />
            <source>C&amp;ategory:</source>
            <translation>分類(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="191" />
            <source>&amp;Status:</source>
            <translation>狀態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="210" />
            <source>◀ Previous</source>
            <translation>◀ 上一頁</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="211" />
            <source>Next ▶</source>
            <translation>下一頁 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="262" />
            <source>No customer or order found for “%1”.</source>
            <translation>未找到與“%1”匹配的客戶或訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="277" />
            <source>%1 (no customer)</source>
            <translation>%1（無客戶檔案）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/service_tab.py" line="280" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="282" />
            <source>last %1</source>
            <translation>最近 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="283" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="288" />
            <source>⚠ blacklisted</source>
            <translation>⚠ 黑名單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="302" />
            <source>%1 (%2) has orders that are not linked to a customer yet.</source>
            <translation>%1（%2）的訂單尚未關聯到客戶。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="351" />
            <source>Ticket %1 opened</source>
            <translation>已建立工單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="408" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 條，共 %3 條</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="426" />
            <source>All open (%1)</source>
            <translation>全部未結 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="427" />
            <source>Mine (%1)</source>
            <translation>我的 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="428" />
            <source>Overdue (%1)</source>
            <translation>已超時 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="429" />
            <source>All tickets</source>
            <translation>全部工單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="435" />
            <source>Open %1 · overdue %2 · due soon %3 · mine %4</source>
            <translation>未結 %1 · 超時 %2 · 即將超時 %3 · 我的 %4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="446" />
            <source>Overdue tickets: %1</source>
            <translation>超時工單：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="458" />
            <source>After-sales (%1)</source>
            <translation>售後（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/service_tab.py" line="460" />
            <source>%n refund(s) to approve</source>
            <translation>
                <numerusform>%n 筆退款待審批</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="613" />
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="615" />
            <source>Shared settings</source>
            <translation>共享設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="619" />
            <source>E-mail alerts</source>
            <translation>郵件提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="620" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="621" />
            <source>Maintenance</source>
            <translation>維護</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="625" />
            <source>Backup and restore</source>
            <translation>備份與恢復</translation>
        </message>
    </context>
    <context>
        <name>SharedSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="336" />
            <source>&amp;Save settings</source>
            <translation>儲存設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="345" />
            <source>Failed logins before lockout</source>
            <translation>鎖定前允許的登入失敗次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="346" />
            <source>Lockout duration (minutes)</source>
            <translation>鎖定時長（分鐘）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="347" />
            <source>Idle auto-lock (minutes, 0 = off)</source>
            <translation>空閒自動鎖屏（分鐘，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="348" />
            <source>Passwords expire after (days, 0 = never)</source>
            <translation>密碼有效期（天，0 = 永不過期）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="349" />
            <source>Backup cycle (hours, 0 = off)</source>
            <translation>備份週期（小時，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="350" />
            <source>Backups to keep</source>
            <translation>保留備份份數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="351" />
            <source>Backup folder (empty: the data folder's backups)</source>
            <translation>備份資料夾（留空：資料資料夾下的 backups）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="353" />
            <source>Workstation that makes the scheduled backups (computer name; empty: this one on SQLite, none on a server)</source>
            <translation>執行定時備份的工作站（計算機名；留空：單機 SQLite 為本機，伺服器資料庫則不執行）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="356" />
            <source>Company name</source>
            <translation>公司名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="357" />
            <source>Company address</source>
            <translation>公司地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="358" />
            <source>Company phone</source>
            <translation>公司電話</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="359" />
            <source>Order number prefix</source>
            <translation>訂單號字首</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="361" />
            <source>Reasons offered when returning an order (separate with ;)</source>
            <translation>退回修正的預設原因（用分號 ; 分隔）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="363" />
            <source>Approve orders that pass every review rule</source>
            <translation>自動稽核透過所有審單規則都透過的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="364" />
            <source>Confirm auto-approved orders when in stock</source>
            <translation>有貨時自動確認自動稽核透過的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="365" />
            <source>Default carrier code on confirmation</source>
            <translation>確認訂單時預設的快遞公司程式碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="366" />
            <source>Allow splitting an order across warehouses</source>
            <translation>允許一個訂單從多個倉庫發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="367" />
            <source>Ticket SLA, urgent (hours)</source>
            <translation>工單 SLA：緊急（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="368" />
            <source>Ticket SLA, high (hours)</source>
            <translation>工單 SLA：高（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="369" />
            <source>Ticket SLA, normal (hours)</source>
            <translation>工單 SLA：普通（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="370" />
            <source>Ticket SLA, low (hours)</source>
            <translation>工單 SLA：低（小時）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="371" />
            <source>Company tax ID (on invoices)</source>
            <translation>公司稅號（列印在銷售單上）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="372" />
            <source>Invoice tax rate (%)</source>
            <translation>銷售單稅率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="373" />
            <source>Default carrier code (labels without a parcel)</source>
            <translation>預設快遞程式碼（無包裹時列印面單）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="374" />
            <source>Parcel without movement after (days)</source>
            <translation>包裹停滯天數（超過即異常）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="376" />
            <source>Days without movement per carrier (e.g. EMS=5, SF=2)</source>
            <translation>各快遞停滯天數（如 EMS=5, SF=2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="378" />
            <source>Warn below this many tracking numbers left</source>
            <translation>電子面單號剩餘少於此數時提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="379" />
            <source>Mask phone numbers on labels</source>
            <translation>面單隱藏手機號（隱私面單）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="381" />
            <source>Folder for pack-station labels (empty: the data folder's labels)</source>
            <translation>打包檯面單儲存資料夾（留空：資料資料夾下的 labels）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>Printer for pack-station labels (empty: save only; default: the system printer)</source>
            <translation>打包檯面單印表機（留空：只儲存；default：系統預設印表機）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="386" />
            <source>Weigh parcels at the pack station</source>
            <translation>打包臺稱重校驗</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="387" />
            <source>Pack-station weight tolerance (%)</source>
            <translation>打包臺稱重允許誤差（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="388" />
            <source>Ship-by promise (hours after payment)</source>
            <translation>承諾發貨時限（付款後小時數）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="390" />
            <source>Refunds above this amount need a supervisor (yuan)</source>
            <translation>退款超過此金額須主管審批（元）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="392" />
            <source>Cancel unpaid orders after (hours, 0 = never)</source>
            <translation>未付款訂單自動取消時限（小時，0 = 不取消）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="393" />
            <source>Complete delivered orders after (days)</source>
            <translation>簽收後自動完成天數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="395" />
            <source>After-sales may still open after completion for (days)</source>
            <translation>訂單完成後仍可申請售後的天數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="398" />
            <source>Alert: pending review over (hours, 0 = off)</source>
            <translation>預警：待稽核超過（小時，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="401" />
            <source>Alert: approved, not confirmed over (hours, 0 = off)</source>
            <translation>預警：已稽核未確認超過（小時，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="403" />
            <source>Alert: unpaid over (hours, 0 = off)</source>
            <translation>預警：待付款超過（小時，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="404" />
            <source>Alert: not shipped by the ship-by promise</source>
            <translation>預警：超過承諾時效未發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="405" />
            <source>Alert: parcels without tracking movement</source>
            <translation>預警：包裹物流無更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="406" />
            <source>Alert: out of stock blocks confirmation</source>
            <translation>預警：缺貨無法確認</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="407" />
            <source>Alert: payment mismatch</source>
            <translation>預警：付款金額不符</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="408" />
            <source>Alert: tickets past their SLA</source>
            <translation>預警：工單超過時限</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="410" />
            <source>Alert: after-sales cases open over (days, 0 = off)</source>
            <translation>預警：售後單未結超過（天，0 = 關閉）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="413" />
            <source>Alert: parcels lost, damaged, returned, address problem or delayed</source>
            <translation>預警：包裹丟失、破損、退回、地址異常或滯留</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="415" />
            <source>SMTP server (empty = no e-mail)</source>
            <translation>SMTP 伺服器（留空 = 不發郵件）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="416" />
            <source>SMTP port</source>
            <translation>SMTP 埠</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="417" />
            <source>Encryption</source>
            <translation>加密方式</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="418" />
            <source>SMTP user name (empty = no login)</source>
            <translation>SMTP 使用者名稱（留空 = 不登入）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="419" />
            <source>From address</source>
            <translation>發件人地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="420" />
            <source>Recipients (separate with ,)</source>
            <translation>收件人（用逗號分隔）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="421" />
            <source>E-mail each new exception</source>
            <translation>每出現新異常即發郵件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="422" />
            <source>Kinds to e-mail</source>
            <translation>發郵件的異常型別</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="423" />
            <source>Lowest severity to e-mail</source>
            <translation>發郵件的最低嚴重程度</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="424" />
            <source>Daily digest at (HH:MM, empty = none)</source>
            <translation>每日彙總時間（時:分，留空 = 不發）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="425" />
            <source>Language of the e-mails</source>
            <translation>郵件語言</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="468" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="470" />
            <source>Settings saved.</source>
            <translation>設定已儲存。</translation>
        </message>
    </context>
    <context>
        <name>ShipDialog</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="535" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="643" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="655" />
            <source>Ship packed orders</source>
            <translation>已打包訂單發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="541" />
            <source>Scan an order or tracking number to tick it</source>
            <translation>掃描訂單號或運單號即可勾選</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="542" />
            <source>&amp;Scan:</source>
            <translation>掃描(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="548" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="548" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="548" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Label</source>
            <translation>面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Packed</source>
            <translation>打包時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="555" />
            <source>Select &amp;all</source>
            <translation>全選(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="557" />
            <source>Select &amp;none</source>
            <translation>全不選(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="561" />
            <source>S&amp;hip ticked orders</source>
            <translation>勾選訂單發貨(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="566" />
            <source>&amp;Retry failed</source>
            <translation>重試失敗項(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="578" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="578" />
            <source>Why it was not shipped</source>
            <translation>未發貨原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="610" />
            <source>printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="610" />
            <source>not printed</source>
            <translation>未列印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="626" />
            <source>%1 of %2 ticked</source>
            <translation>已勾選 %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="639" />
            <source>Ticked %1</source>
            <translation>已勾選 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="644" />
            <source>%1 is not a packed order waiting to ship.</source>
            <translation>%1 不是待發貨的已打包訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="650" />
            <source>Tick the orders to ship first (Space ticks a row).</source>
            <translation>請先勾選要發貨的訂單（空格鍵勾選當前行）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="657" />
            <source>Hand %n order(s) to the carrier? Their goods are taken out of stock.</source>
            <translation>
                <numerusform>將 %n 個訂單交給快遞發貨？這些訂單的商品將從庫存中扣減。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="668" />
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="673" />
            <source>Shipping orders</source>
            <translation>正在發貨</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="683" />
            <source>%n order(s) shipped.</source>
            <translation>
                <numerusform>已發貨 %n 單。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="685" />
            <source>%n failed:</source>
            <translation>
                <numerusform>%n 單失敗：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="687" />
            <source>Stopped before the end.</source>
            <translation>已中途停止。</translation>
        </message>
    </context>
    <context>
        <name>Shipment</name>
        <message>
            <location filename="../../ui/i18n.py" line="113" />
            <source>Label created</source>
            <translation>已建面單</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>Handed over</source>
            <translation>已交接</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="115" />
            <source>In transit</source>
            <translation>運輸中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>Delivered</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="117" />
            <source>Exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="118" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="119" />
            <source>Lost</source>
            <translation>已丟失</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="126" />
            <source>Not printed</source>
            <translation>未列印</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="127" />
            <source>Printed</source>
            <translation>已列印</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="128" />
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Carrier</source>
            <translation>快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Shipped at</source>
            <translation>發貨時間</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Latest tracking</source>
            <translation>最新物流</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>At</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Where</source>
            <translation>地點</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Label</source>
            <translation>面單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Prints</source>
            <translation>列印次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="108" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="108" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="109" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="109" />
            <source>Weight (g)</source>
            <translation>重量(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="110" />
            <source>Cost</source>
            <translation>運費</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="110" />
            <source>Last event at</source>
            <translation>最新軌跡時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="111" />
            <source>Last event</source>
            <translation>最新軌跡</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="111" />
            <source>Exception</source>
            <translation>異常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="112" />
            <source>Created</source>
            <translation>已建立</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="163" />
            <source> (handled)</source>
            <translation>（已處理）</translation>
        </message>
    </context>
    <context>
        <name>SkuDialog</name>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="34" />
            <source>SKUs not in the catalogue</source>
            <translation>不在商品目錄中的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="40" />
            <source>Orders with these platform SKUs are held until each SKU names a product. Map a platform SKU to our SKU (remembered for later imports of the channel), or create the product in the catalogue and check again.</source>
            <translation>含有這些平臺 SKU 的訂單會被掛起，直到每個 SKU 都對應到商品。可以把平臺 SKU 對應到我們的 SKU（該渠道以後的匯入會記住），或在商品目錄中新建商品後重新檢查。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="49" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="50" />
            <source>Platform SKU</source>
            <translation>平臺 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="51" />
            <source>Product name</source>
            <translation>商品名稱</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="52" />
            <source>Open orders</source>
            <translation>未完成訂單</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="62" />
            <source>Our SKU, e.g. SKU-00012</source>
            <translation>我們的 SKU，例如 SKU-00012</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="64" />
            <source>&amp;Map</source>
            <translation>對應(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="67" />
            <source>Check &amp;again</source>
            <translation>重新核對(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="68" />
            <source>Link SKUs created in the catalogue since the import</source>
            <translation>關聯匯入後在商品目錄中新建的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="70" />
            <source>&amp;Close</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="76" />
            <source>Selected platform SKU is our:</source>
            <translation>所選平臺 SKU 對應我們的：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="106" />
            <source>%1 orders now name the product; %2 released from hold.</source>
            <translation>%1 個訂單已關聯到商品；%2 個已解除掛起。</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="281" />
            <source>Split order %1</source>
            <translation>拆分訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="284" />
            <source>Line</source>
            <translation>明細</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="285" />
            <source>Ordered</source>
            <translation>訂購數</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="286" />
            <source>To the new order</source>
            <translation>拆到新訂單</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/i18n.py" line="55" />
            <source>Pending payment</source>
            <translation>待付款</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="56" />
            <source>Pending review</source>
            <translation>待稽核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="57" />
            <source>Needs correction</source>
            <translation>待修正</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="58" />
            <source>Approved</source>
            <translation>已稽核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="59" />
            <source>Confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="60" />
            <source>Picking</source>
            <translation>揀貨中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="61" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="62" />
            <source>Shipped</source>
            <translation>已發貨</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="63" />
            <source>Delivered</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="64" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="65" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>StockPlanDialog</name>
        <message>
            <location filename="../../ui/exception_center.py" line="471" />
            <source>Stock plan for %1</source>
            <translation>%1 的調配方案</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="476" />
            <source>Transfer to %1:</source>
            <translation>調撥到 %1：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="480" />
            <source>%1 × %2 from %3</source>
            <translation>%1 × %2 從 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="491" />
            <source>To buy (no warehouse has them):</source>
            <translation>需採購（各倉庫均無貨）：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="497" />
            <source>Or split the order: every unit is in stock somewhere.</source>
            <translation>或拆分訂單：所有商品都有庫存，只是分散在不同倉庫。</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="499" />
            <source>The stock can fill this order now: confirm it.</source>
            <translation>現有庫存已足夠，可直接確認訂單。</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="503" />
            <source>&amp;Create the transfer</source>
            <translation>建立調撥單(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="508" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="521" />
            <source>Transfer created: %1</source>
            <translation>已建立調撥單：%1</translation>
        </message>
    </context>
    <context>
        <name>StockTableModel</name>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="104" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="105" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="106" />
            <source>Spec</source>
            <translation>規格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="107" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="108" />
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="109" />
            <source>On hand</source>
            <translation>在庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="110" />
            <source>Reserved</source>
            <translation>預佔</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="111" />
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="112" />
            <source>Safety stock</source>
            <translation>安全庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="113" />
            <source>Quarantined</source>
            <translation>隔離</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="114" />
            <source>Incoming</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="115" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="142" />
            <source>Low stock</source>
            <translation>低庫存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="143" />
            <source>Out of stock</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="144" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
    </context>
    <context>
        <name>StockTakeDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="420" />
            <source>Stock-take</source>
            <translation>盤點</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="428" />
            <source>New count sheet</source>
            <translation>新建盤點單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="435" />
            <source>first bin, e.g. A-01</source>
            <translation>起始庫位，如 A-01</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="437" />
            <source>last bin, e.g. B-10</source>
            <translation>結束庫位，如 B-10</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="443" />
            <source>&amp;Make count sheet</source>
            <translation>生成盤點單(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="444" />
            <source>&amp;Sheet:</source>
            <translation>盤點單(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="445" />
            <source>&amp;Warehouse:</source>
            <translation>倉庫(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="446" />
            <source>&amp;Bins (empty: all):</source>
            <translation>庫位範圍（空為全部）(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="447" />
            <source>&amp;Counted by:</source>
            <translation>盤點人(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Expected</source>
            <translation>賬面數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="456" />
            <source>On hand now</source>
            <translation>當前在庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="456" />
            <source>Counted</source>
            <translation>實盤數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="463" />
            <source>&amp;Save counts</source>
            <translation>儲存實盤數(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="464" />
            <source>&amp;Post variances</source>
            <translation>過賬差異(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="466" />
            <source>Cancel s&amp;heet</source>
            <translation>作廢盤點單(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="467" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="502" />
            <source>Count sheet %1 · %2 · %n line(s)</source>
            <translation>
                <numerusform>盤點單 %1 · %2 · 共 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="537" />
            <source>Row %1 (%2): the count must be a whole number of 0 or more.</source>
            <translation>第 %1 行（%2）：實盤數必須是大於等於 0 的整數。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="562" />
            <source>Post stock-take</source>
            <translation>盤點過賬</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="564" />
            <source>Post %1? On hand of the %n counted line(s) is set to the count; empty lines stay as they are.</source>
            <translation>
                <numerusform>過賬 %1？已盤點的 %n 行在庫數將改為實盤數；未填寫的行保持不變。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="580" />
            <source>Stock-take posted</source>
            <translation>盤點已過賬</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="581" />
            <source>%1 posted: %n variance(s) booked.</source>
            <translation>
                <numerusform>%1 已過賬：記錄了 %n 處差異。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../ui/i18n.py" line="84" />
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="85" />
            <source>Inventory</source>
            <translation>庫存</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="86" />
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="87" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="88" />
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="89" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="172" />
            <source>Reply templates</source>
            <translation>回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="184" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="185" />
            <source>C&amp;ategory:</source>
            <translation>分類(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="186" />
            <source>&amp;Text:</source>
            <translation>正文(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="189" />
            <source>Placeholders: %1</source>
            <translation>佔位符：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="202" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="203" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="204" />
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="205" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="275" />
            <source>Delete template</source>
            <translation>刪除模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="276" />
            <source>Delete the template %1? Tickets keep the replies already sent.</source>
            <translation>刪除模板 %1？已傳送的回覆仍保留在工單中。</translation>
        </message>
    </context>
    <context>
        <name>TicketEditor</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="334" />
            <source>Status:</source>
            <translation>狀態：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="349" />
            <source>Rating:</source>
            <translation>評分：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="352" />
            <source>Assignee:</source>
            <translation>處理人：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="356" />
            <source>Priority:</source>
            <translation>優先順序：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="368" />
            <source>Insert a saved reply with the ticket's details filled in</source>
            <translation>插入常用回覆，自動填入本工單的資訊</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="371" />
            <source>&amp;Templates…</source>
            <translation>模板管理(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="378" />
            <source>Reply to the customer, or an internal note</source>
            <translation>回覆客戶，或填寫內部備註</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="381" />
            <source>&amp;Internal note (not for the customer)</source>
            <translation>內部備註，客戶不可見(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="383" />
            <source>Sen&amp;d</source>
            <translation>傳送(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="385" />
            <source>Send (Ctrl+Enter)</source>
            <translation>傳送 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="413" />
            <source>— unassigned —</source>
            <translation>— 未分配 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="417" />
            <source>Insert reply template…</source>
            <translation>插入回覆模板…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="428" />
            <source>No ticket selected</source>
            <translation>未選擇工單</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="429" />
            <source>Pick a ticket in the queue or on the customer screen.</source>
            <translation>請在工單佇列或客戶頁面中選擇一個工單。</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="463" />
            <source>order %1</source>
            <translation>訂單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="465" />
            <source>case %1</source>
            <translation>售後單 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="466" />
            <source>created %1</source>
            <translation>建立於 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="470" />
            <source>Open the customer screen</source>
            <translation>開啟客戶頁面</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="498" />
            <source>SLA due %1</source>
            <translation>SLA 到期：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="502" />
            <source>Resolved %1</source>
            <translation>已於 %1 解決</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="562" />
            <source>Ticket %1: %2</source>
            <translation>工單 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="577" />
            <source>Ticket %1 assigned to %2</source>
            <translation>工單 %1 已分派給 %2</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="619" />
            <source>Internal note added to %1</source>
            <translation>已在 %1 新增內部備註</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="619" />
            <source>Reply sent on %1</source>
            <translation>已在 %1 回覆客戶</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Ticket no</source>
            <translation>工單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>SLA due</source>
            <translation>SLA 到期</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Category</source>
            <translation>分類</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="133" />
            <source>Assignee</source>
            <translation>處理人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="133" />
            <source>Subject</source>
            <translation>主題</translation>
        </message>
    </context>
    <context>
        <name>TrackingEventDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="284" />
            <source>Parcel %1 (%2) of order %3, to %4</source>
            <translation>包裹 %1（%2），訂單 %3，收件人 %4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="305" />
            <source>&amp;Time:</source>
            <translation>時間(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="306" />
            <source>&amp;Status:</source>
            <translation>狀態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="307" />
            <source>&amp;Location:</source>
            <translation>地點(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="308" />
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="290" />
            <source>Transfer between warehouses</source>
            <translation>倉庫間調撥</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="301" />
            <source>&amp;From:</source>
            <translation>調出倉(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="302" />
            <source>&amp;To:</source>
            <translation>調入倉(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="304" />
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="306" />
            <source>The goods leave the source now and are in transit until received.</source>
            <translation>貨物現在從調出倉出庫，簽收前處於在途狀態。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="310" />
            <source>Dispatch</source>
            <translation>調撥出庫</translation>
        </message>
    </context>
    <context>
        <name>TransfersDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="327" />
            <source>Transfers</source>
            <translation>調撥單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="333" />
            <source>Transfer no</source>
            <translation>調撥單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="334" />
            <source>From</source>
            <translation>調出倉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="335" />
            <source>To</source>
            <translation>調入倉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="336" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="337" />
            <source>Units</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="338" />
            <source>Dispatched</source>
            <translation>出庫時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="347" />
            <source>&amp;Receive at destination</source>
            <translation>調入倉簽收(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="348" />
            <source>Cancel &amp;transfer</source>
            <translation>取消調撥(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="349" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="367" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="368" />
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="369" />
            <source>Received</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="370" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="394" />
            <source>Cancel transfer</source>
            <translation>取消調撥</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="395" />
            <source>Cancel %1? Goods in transit go back into %2 (%n units).</source>
            <translation>
                <numerusform>取消 %1？在途貨物將退回 %2（%n 件）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../ui/i18n.py" line="157" />
            <source>System</source>
            <translation>系統</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="55" />
            <source>User name</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="55" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="55" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="55" />
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Failed logins</source>
            <translation>登入失敗次數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Locked until</source>
            <translation>鎖定至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Last login</source>
            <translation>上次登入</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="85" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="85" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="135" />
            <source>&amp;New user…</source>
            <translation>新建使用者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="136" />
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="138" />
            <source>&amp;Reset password…</source>
            <translation>重置密碼(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="140" />
            <source>Change r&amp;ole…</source>
            <translation>更改角色(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="142" />
            <source>&amp;Disable / enable</source>
            <translation>停用 / 啟用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="196" />
            <source>User %1 created as %2</source>
            <translation>已建立使用者 %1，角色：%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="205" />
            <source>%1 unlocked: they can log in again</source>
            <translation>%1 已解鎖，可以重新登入</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="213" />
            <source>Reset password of %1</source>
            <translation>重置 %1 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="218" />
            <source>New &amp;password:</source>
            <translation>新密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="228" />
            <source>Password of %1 reset: they choose their own at the next login</source>
            <translation>已重置 %1 的密碼：其下次登入時須設定自己的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="243" />
            <source>Change the role of %1</source>
            <translation>更改 %1 的角色</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="251" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="253" />
            <source>If %1 is logged in, their next action asks them to log in again.</source>
            <translation>如果 %1 正在登入中，其下一次操作時將被要求重新登入。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="273" />
            <source>%1 is now %2</source>
            <translation>%1 現在是%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="289" />
            <source>Disable user</source>
            <translation>停用使用者</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="290" />
            <source>Disable %1? They can no longer log in.</source>
            <translation>停用 %1？該使用者將無法再登入。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="298" />
            <source>%1 disabled</source>
            <translation>已停用 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="298" />
            <source>%1 enabled</source>
            <translation>已啟用 %1</translation>
        </message>
    </context>
    <context>
        <name>WarehouseDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="733" />
            <source>Edit warehouse</source>
            <translation>編輯倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="733" />
            <source>New warehouse</source>
            <translation>新建倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="742" />
            <source>Lower numbers are chosen first for orders</source>
            <translation>數字越小，訂單越優先從該倉發貨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="744" />
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="746" />
            <source>&amp;Code:</source>
            <translation>編碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="747" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="748" />
            <source>&amp;Priority:</source>
            <translation>優先順序(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="749" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="754" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="757" />
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="758" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="759" />
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="760" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
    </context>
    <context>
        <name>WarehousesDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="785" />
            <source>Warehouses</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="791" />
            <source>Code</source>
            <translation>編碼</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="792" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="793" />
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="794" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="795" />
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="804" />
            <source>&amp;New warehouse…</source>
            <translation>新建倉庫(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="805" />
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="806" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="796" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="796" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>WavesDialog</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="329" />
            <source>Pick waves</source>
            <translation>揀貨波次</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="334" />
            <source>Show &amp;closed waves</source>
            <translation>顯示已關閉的波次(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Wave</source>
            <translation>波次號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Warehouse</source>
            <translation>倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Picking</source>
            <translation>揀貨中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Created</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>By</source>
            <translation>建立人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="348" />
            <source>&amp;New wave…</source>
            <translation>新建波次(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="349" />
            <source>&amp;Save pick list…</source>
            <translation>儲存揀貨單(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="351" />
            <source>&amp;Print pick list…</source>
            <translation>列印揀貨單(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="353" />
            <source>Print &amp;labels…</source>
            <translation>列印本波次面單(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="355" />
            <source>Close &amp;wave…</source>
            <translation>關閉波次(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="372" />
            <source>Orders of the wave</source>
            <translation>本波次的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Order no</source>
            <translation>訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Units</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="375" />
            <source>Tracking no</source>
            <translation>運單號</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="472" />
            <source>Save pick list</source>
            <translation>儲存揀貨單</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="473" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="477" />
            <source>Pick list saved: %1</source>
            <translation>揀貨單已儲存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="506" />
            <source>Close wave %1?</source>
            <translation>關閉波次 %1？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="509" />
            <source>%n order(s) are still being picked; they stay so and can still be packed.</source>
            <translation>
                <numerusform>還有 %n 個訂單在揀貨中；關閉後它們保持揀貨中，仍可打包。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="513" />
            <source>Close wave</source>
            <translation>關閉波次</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="490" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本機內建資料庫（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="494" />
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="495" />
            <source>&amp;Database URL:</source>
            <translation>資料庫地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="499" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多臺工作站請使用共享伺服器，例如 postgresql://user@server/kuaidan。密碼只詢問一次，儲存在系統鑰匙串中，絕不寫入檔案。更改在下次啟動時生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="507" />
            <source>&amp;Save for this workstation</source>
            <translation>儲存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="519" />
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="519" />
            <source>Saved. The change applies when Kuaidan starts again.</source>
            <translation>已儲存。更改將在快單下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/app.py" line="47" />
            <location filename="../../ui/errors.py" line="112" />
            <source>Something went wrong that Kuaidan did not expect. Your data is safe; the action was not completed. Details are in the log.</source>
            <translation>快單遇到了意外錯誤。您的資料是安全的，本次操作沒有完成。詳細資訊已寫入日誌。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="154" />
            <source>Cannot open the database</source>
            <translation>無法開啟資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>The password needs at least {minimum} characters</source>
            <translation>密碼至少需要 {minimum} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>User names are 2–64 letters, digits, '.', '_' or '-'</source>
            <translation>使用者名稱須為 2–64 個字母、數字、“.”、“_”或“-”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>Wrong user name or password</source>
            <translation>使用者名稱或密碼錯誤</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>Account locked until {locked_until}</source>
            <translation>賬號已鎖定，請於 {locked_until} 後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>Too many failed logins; the account is locked until {locked_until}</source>
            <translation>登入失敗次數過多，賬號已鎖定，請於 {locked_until} 後再試，或聯絡管理員解鎖</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>No user with id {user_id}</source>
            <translation>找不到編號為 {user_id} 的使用者</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>An administrator already exists; log in instead</source>
            <translation>管理員已存在，請直接登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="112" />
            <source>You cannot demote or disable your own account</source>
            <translation>不能降級或停用自己的賬號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
            <source>The user name {username} is taken</source>
            <translation>使用者名稱 {username} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="32" />
            <source>Case {case_no} is {status}; it cannot be {action}</source>
            <translation>售後單 {case_no} 當前為{status}，不能{action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="34" />
            <source>{field}: a whole number from 1 to {limit}</source>
            <translation>{field}：須為 1 到 {limit} 的整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="35" />
            <source>No {what} with id {id}</source>
            <translation>找不到 ID 為 {id} 的{what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="9" />
            <source>Scan or enter at least one received item</source>
            <translation>請至少掃描或錄入一件收到的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="22" />
            <source>Expected received lines</source>
            <translation>應為收貨明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="23" />
            <source>Line {line_id} is not part of case {case_no}</source>
            <translation>明細 {line_id} 不屬於售後單 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="24" />
            <source>No active warehouse with id {warehouse_id}</source>
            <translation>找不到 ID 為 {warehouse_id} 的啟用倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="25" />
            <source>{sku}: {received} of {qty} already received; {more} more is too many</source>
            <translation>{sku}：{qty} 件中已收 {received} 件，再收 {more} 件就超出了</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="26" />
            <source>{sku} is not in the catalogue; it cannot go back to stock</source>
            <translation>{sku} 不在商品目錄中，無法入庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="10" />
            <source>Choose a reason from the list ({reason})</source>
            <translation>請從列表中選擇原因（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="11" />
            <source>Choose at least one order line</source>
            <translation>請至少選擇一行訂單明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="15" />
            <source>Ticket {ticket_no} belongs to another customer</source>
            <translation>工單 {ticket_no} 屬於另一位客戶</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="20" />
            <source>Choose the SKUs the customer gets in exchange</source>
            <translation>請選擇換給客戶的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="21" />
            <source>Case {case_no}: {back} piece(s) came back; the exchange can send at most that many, not {wanted}</source>
            <translation>售後單 {case_no}：已收回 {back} 件，換貨最多發出同樣件數，不能發 {wanted} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="37" />
            <source>Enter an amount to refund</source>
            <translation>請輸入退款金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="38" />
            <source>Give the reason for the amount refunded</source>
            <translation>請填寫退款金額的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="40" />
            <source>A refund of {amount} is more than what remains refundable on order {order_no}: paid {paid}, already refunded {refunded}, remaining {remaining}</source>
            <translation>退款 {amount} 超過訂單 {order_no} 的可退金額：已付 {paid}，已退 {refunded}，剩餘 {remaining}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="41" />
            <source>Refund requests of {pending} already wait on order {order_no}; with this {amount} they exceed the {remaining} left to refund, so not all of them can be approved. Request it anyway?</source>
            <translation>訂單 {order_no} 已有 {pending} 的退款申請待審批；加上這筆 {amount} 將超過剩餘可退的 {remaining}，無法全部批准。仍要申請嗎？</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="44" />
            <source>No refund with id {refund_id}</source>
            <translation>找不到 ID 為 {refund_id} 的退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="45" />
            <source>Refund {refund_id} was already {status} by {user} at {time}</source>
            <translation>退款 {refund_id} 已由 {user} 於 {time} 處理：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="31" />
            <source>Choose resellable or damaged for every item</source>
            <translation>請為每件商品選擇可二次銷售或殘損</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="12" />
            <source>No customer with id {customer_id}</source>
            <translation>沒有 ID 為 {customer_id} 的客戶</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="27" />
            <source>Order line {line_id} is listed twice</source>
            <translation>訂單明細 {line_id} 重複了</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="13" />
            <source>No order line with id {line_id}</source>
            <translation>找不到 ID 為 {line_id} 的訂單明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="16" />
            <source>Case {case_no} has approved refunds of {amount}; it cannot be rejected</source>
            <translation>售後單 {case_no} 已有 {amount} 的退款獲批，不能拒絕</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="17" />
            <source>{barcode} is not an item of case {case_no}</source>
            <translation>{barcode} 不是售後單 {case_no} 中的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="18" />
            <source>All {qty} of {sku} on case {case_no} are already received</source>
            <translation>售後單 {case_no} 中的 {sku} 共 {qty} 件已全部收到</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="19" />
            <source>Case {case_no} has no approved refund yet</source>
            <translation>售後單 {case_no} 還沒有獲批的退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="39" />
            <source>Case {case_no} is {status}; it takes no more refunds</source>
            <translation>售後單 {case_no} 當前為{status}，不能再申請退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="42" />
            <source>You requested refund {refund_id} yourself; someone else must approve it</source>
            <translation>退款 {refund_id} 是您本人申請的，須由他人審批</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="43" />
            <source>Refunds above {threshold} need a supervisor's approval (this one brings the total refunded to {total})</source>
            <translation>超過 {threshold} 的退款須主管審批（批准後累計退款將達 {total}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="29" />
            <source>{sku} on order {order_no}: at most {limit} piece(s) can go on this case ({reached} reached the customer, {claimed} on other cases)</source>
            <translation>訂單 {order_no} 的 {sku}：本售後單最多 {limit} 件（客戶收到 {reached} 件，其他售後單已佔 {claimed} 件）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="30" />
            <source>A resend sends the case's own items; use an exchange for others</source>
            <translation>補發只發出售後單中的原商品；其他商品請用換貨</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>{sku}: at most {max} can be refunded for {qty} piece(s)</source>
            <translation>{sku}：{qty} 件最多可退 {max}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>Order {order_id} is not part of case {case_no}</source>
            <translation>訂單 {order_id} 不屬於售後單 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>Shipping of order {order_no}: at most {max}</source>
            <translation>訂單 {order_no} 的運費最多 {max}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>A free amount is for refund-only cases; refund the lines instead</source>
            <translation>自定義金額僅適用於僅退款的售後單；請按明細退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="146" />
            <source>A customer needs a name</source>
            <translation>客戶必須有姓名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="497" />
            <source>The shared database is being restored from a backup by {by} (since {since}): nothing can be saved until the restore ends. Wait a few minutes; every workstation reloads when it is done, then do this again.</source>
            <translation>{by} 正在從備份恢復共享資料庫（開始於 {since}）：恢復結束前無法儲存任何內容。請等待幾分鐘；恢復完成後各工作站會重新載入，然後再執行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="498" />
            <source>This database is an unfinished copy: a migration into it was interrupted or has not been verified yet. Do not work in it; run migrate again from the original database (it starts over) and wait until it reports the copy verified.</source>
            <translation>此資料庫是未完成的副本：遷移到這裡的過程被中斷，或尚未校驗。請勿在其中工作；請從原資料庫重新執行遷移（會從頭開始），並等到它報告副本已校驗。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="499" />
            <source>The account {username} has been deactivated; ask an administrator</source>
            <translation>賬號 {username} 已被停用，請聯絡管理員</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="500" />
            <source>An administrator changed the role of {username}; log in again to continue</source>
            <translation>管理員已更改 {username} 的角色，請重新登入後繼續</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="502" />
            <source>The record is being changed on another workstation; try again</source>
            <translation>該記錄正在另一臺工作站上修改，請稍後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="508" />
            <source>{label} is required</source>
            <translation>請填寫{label}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="509" />
            <source>{label} is longer than {max_length} characters</source>
            <translation>{label}超過 {max_length} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="147" />
            <source>The phone number is masked; reveal it before editing</source>
            <translation>電話已脫敏，請先檢視完整資訊再編輯</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="148" />
            <source>{phone} is not a phone number</source>
            <translation>{phone} 不是有效的電話號碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="149" />
            <source>The address is masked; reveal it before editing</source>
            <translation>地址已脫敏，請先檢視完整資訊再編輯</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="150" />
            <source>A customer cannot be merged into itself</source>
            <translation>不能把客戶合併到其自身</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="151" />
            <source>Too many tags (255 characters at most)</source>
            <translation>標籤過多（最多 255 個字元）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="152" />
            <source>Merge {duplicate} into {kept}: {orders} orders, {tickets} tickets and {cases} after-sales cases move to {kept}, and {duplicate} is deleted.</source>
            <translation>將 {duplicate} 合併到 {kept}：{orders} 個訂單、{tickets} 個工單和 {cases} 個售後單將轉到 {kept} 名下，{duplicate} 將被刪除。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="153" />
            <source>Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb</source>
            <translation>不支援的資料庫 {backend}：請使用 sqlite、postgresql 或 mysql/mariadb</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="154" />
            <source>Not a database URL: {url}</source>
            <translation>不是有效的資料庫地址：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="155" />
            <source>The server refused the login for {url}</source>
            <translation>伺服器拒絕了 {url} 的登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="156" />
            <source>No password given for {url}</source>
            <translation>未輸入 {url} 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="157" />
            <source>The server refused the password for {url}</source>
            <translation>伺服器拒絕了 {url} 的密碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="158" />
            <source>Cannot reach the database at {url}: {reason}</source>
            <translation>無法連線資料庫 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="159" />
            <source>The SQLite file {path} is on a network share. SQLite cannot be shared safely over a network (its locking and WAL do not work there). Keep the file on a local disk, or use a PostgreSQL/MySQL server for several PCs.</source>
            <translation>SQLite 檔案 {path} 位於網路共享上。SQLite 無法透過網路安全共享（其加鎖和 WAL 機制在網路上無效）。請將檔案放在本地磁碟，多臺電腦請使用 PostgreSQL/MySQL 伺服器。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="160" />
            <source>The database already has orders; demo data is only for an empty one</source>
            <translation>資料庫中已有訂單；演示資料只能寫入空資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="161" />
            <source>{field_name} must be a Decimal, not {name}</source>
            <translation>{field_name} 必須是 Decimal 金額，而不是 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="162" />
            <source>{field_name} is not a finite amount</source>
            <translation>{field_name} 不是有效的金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="163" />
            <source>{field_name} must not be negative</source>
            <translation>{field_name} 不能為負數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="164" />
            <source>unsupported language {language!r}</source>
            <translation>不支援的語言 {language!r}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="165" />
            <source>tracking number must be 1-40 printable ASCII characters without spaces</source>
            <translation>運單號須為 1–40 個不含空格的可列印 ASCII 字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="166" />
            <source>recipient name is empty</source>
            <translation>收件人姓名為空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="167" />
            <source>piece count must be at least 1</source>
            <translation>件數至少為 1</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="168" />
            <source>weight must not be negative</source>
            <translation>重量不能為負數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="169" />
            <source>quantity must be positive</source>
            <translation>數量必須大於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="170" />
            <source>tax rate is a fraction (0.13), not a percentage</source>
            <translation>稅率應為小數（如 0.13），不是百分數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="171" />
            <source>line discount exceeds the line amount</source>
            <translation>行折扣超過了該行金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="172" />
            <source>an invoice needs at least one line</source>
            <translation>發票至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="173" />
            <source>the order discount exceeds the invoice total</source>
            <translation>訂單折扣超過了發票總額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="174" />
            <source>a packing slip needs at least one line</source>
            <translation>裝箱單至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="175" />
            <source>order quantities must be positive</source>
            <translation>訂單數量必須大於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="176" />
            <source>total quantity differs from the sum of the order quantities</source>
            <translation>總數量與各訂單數量之和不一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="177" />
            <source>a pick list needs at least one row</source>
            <translation>揀貨單至少需要一行</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="194" />
            <source>The scans do not match order {order_no}: {problems}</source>
            <translation>掃描結果與訂單 {order_no} 不符：{problems}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="211" />
            <source>Choose a warehouse</source>
            <translation>請選擇倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="213" />
            <source>No wave with id {wave_id}</source>
            <translation>沒有 ID 為 {wave_id} 的波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="205" />
            <source>Enter how many orders the wave takes</source>
            <translation>請輸入波次包含的訂單數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="207" />
            <source>Choose the orders for the wave</source>
            <translation>請選擇波次的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="208" />
            <source>A wave takes at most {limit} orders</source>
            <translation>一個波次最多 {limit} 個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="210" />
            <source>Nothing left to pick in wave {wave_no}</source>
            <translation>波次 {wave_no} 已沒有待揀貨的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="197" />
            <source>Choose the orders to ship</source>
            <translation>請選擇要發貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="202" />
            <source>Order {order_no} has no parcel: pack it or print its label first</source>
            <translation>訂單 {order_no} 還沒有包裹：請先打包或列印面單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="203" />
            <source>The label of {tracking_no} (order {order_no}) is not printed yet</source>
            <translation>運單 {tracking_no}（訂單 {order_no}）的面單尚未列印</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="186" />
            <source>Scan an order number</source>
            <translation>請掃描訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="187" />
            <source>Nothing found for {code}: scan the order number, packing slip or label</source>
            <translation>找不到 {code}：請掃描訂單號、發貨單或面單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="189" />
            <source>Order {order_no} is {status}: only orders being picked can be packed</source>
            <translation>訂單 {order_no} 狀態為{status}：只有揀貨中的訂單可以打包</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="198" />
            <source>Expected the list of scans</source>
            <translation>缺少掃描記錄</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="199" />
            <source>Enter the weight in grams (1 to 1,000,000)</source>
            <translation>請輸入重量（克，1 至 1,000,000）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="204" />
            <source>The orders ship from {count} warehouses ({warehouses}); a wave is picked in one warehouse: make one wave per warehouse</source>
            <translation>這些訂單來自 {count} 個倉庫（{warehouses}）；一個波次只在一個倉庫揀貨：請每個倉庫分別建波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="206" />
            <source>No confirmed order waits for picking in this warehouse</source>
            <translation>該倉庫沒有待揀貨的已確認訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="209" />
            <source>Wave {wave_no} is closed already</source>
            <translation>波次 {wave_no} 已關閉</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="190" />
            <source>{code} belongs to {count} orders: scan the order number</source>
            <translation>{code} 對應 {count} 個訂單：請掃描訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="191" />
            <source>Order {order_no} is not in a pick wave yet: put it in a wave first</source>
            <translation>訂單 {order_no} 尚未加入揀貨波次：請先建波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="200" />
            <source>Give the time packing started</source>
            <translation>請提供開始打包的時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="201" />
            <source>The label folder {folder} cannot be used: {reason}</source>
            <translation>面單資料夾 {folder} 無法使用：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="192" />
            <source>Weigh the parcel of order {order_no} and enter its weight</source>
            <translation>請為訂單 {order_no} 的包裹稱重並輸入重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>Pending review too long</source>
            <translation>待稽核超時</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>Approved, not confirmed</source>
            <translation>已稽核未確認</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>Not shipped by the promise</source>
            <translation>超時未發貨</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>Unpaid too long</source>
            <translation>待付款超時</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>Out of stock</source>
            <translation>缺貨</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>Payment mismatch</source>
            <translation>付款金額不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>Ticket past its SLA</source>
            <translation>工單超時</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>After-sales case overdue</source>
            <translation>售後單超時</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>No tracking movement</source>
            <translation>物流無更新</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>Parcel lost</source>
            <translation>包裹丟失</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Parcel damaged</source>
            <translation>包裹破損</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>Parcel returned</source>
            <translation>包裹退回</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>Address problem</source>
            <translation>地址異常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Parcel delayed</source>
            <translation>包裹滯留</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>After-sales case</source>
            <translation>售後單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>Critical</source>
            <translation>嚴重</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="69" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="70" />
            <source>{severity} · {kind} · {object} {ref} · since {since}</source>
            <translation>{severity} · {kind} · {object} {ref} · 自 {since} 起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="71" />
            <source>[Kuaidan] {count} new exception(s): {kinds}</source>
            <translation>【快單】新異常 {count} 條：{kinds}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>[Kuaidan] Daily exception digest {day}: {count} open</source>
            <translation>【快單】每日異常彙總 {day}：未處理 {count} 條</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>[Kuaidan] Test e-mail</source>
            <translation>【快單】測試郵件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>This is a test e-mail from Kuaidan. Exception alerts and the daily digest go to: {recipients}</source>
            <translation>這是快單傳送的測試郵件。異常提醒和每日彙總將傳送到：{recipients}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>Kuaidan found new exceptions that need someone:</source>
            <translation>快單發現以下新異常，需要有人處理：</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>Open the exception center (F8) to assign and handle them.</source>
            <translation>請在快單中開啟異常中心（F8）分派並處理。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>Open exceptions on {day}, by kind:</source>
            <translation>{day} 未處理的異常（按型別）：</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>assigned to {name}</source>
            <translation>負責人 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>… and {count} more</source>
            <translation>…… 另有 {count} 條</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>No open exceptions.</source>
            <translation>沒有未處理的異常。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Save the SMTP server and user name first</source>
            <translation>請先儲存 SMTP 伺服器和使用者名稱</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>Enter the password</source>
            <translation>請輸入密碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>Enter the SMTP server first</source>
            <translation>請先填寫 SMTP 伺服器</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Enter at least one recipient</source>
            <translation>請至少填寫一個收件人</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>No SMTP password on this workstation: enter it and save</source>
            <translation>本工作站沒有 SMTP 密碼：請輸入並儲存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Sending failed: {reason}</source>
            <translation>傳送失敗：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>Unknown figure {what}</source>
            <translation>未知指標 {what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{username} ({role}) may see only their own actions</source>
            <translation>{username}（{role}）只能檢視自己的操作記錄</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>Not an audit filter</source>
            <translation>不是有效的操作記錄篩選條件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>The filter is too long</source>
            <translation>篩選條件太長</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>Times must carry their time zone</source>
            <translation>時間必須帶時區</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Not a page cursor</source>
            <translation>不是有效的翻頁位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>Not an order id</source>
            <translation>不是有效的訂單編號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>The export needs nine column headers</source>
            <translation>匯出需要九個列標題</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>The new password must differ from the current one</source>
            <translation>新密碼不能與當前密碼相同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>An administrator has reset your password; choose one of your own to continue</source>
            <translation>管理員已重置您的密碼，請設定您自己的新密碼後繼續</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>Your password has expired; set a new one to continue</source>
            <translation>密碼已過期，請設定新密碼後繼續</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="113" />
            <source>No backup file at {path}</source>
            <translation>{path} 處沒有備份檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="114" />
            <source>{path} is not a Kuaidan backup (not a SQLite file), or it is damaged</source>
            <translation>{path} 不是快單備份（不是 SQLite 檔案），或已損壞</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="115" />
            <source>{path} was never finished (its manifest has no seal); use another backup</source>
            <translation>{path} 沒有寫完（清單缺少封印），請使用其他備份</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="116" />
            <source>The manifest of {path} was edited after the backup was made (its seal does not match); do not restore it</source>
            <translation>{path} 的清單在備份後被修改過（封印不符），請勿恢復</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="117" />
            <source>{path} was made by a newer Kuaidan (schema {revision}, app {version}); update Kuaidan before restoring it</source>
            <translation>{path} 由更新版本的快單建立（資料結構 {revision}，程式 {version}），請先升級快單再恢復</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="118" />
            <source>The backup could not be written to {path}: {reason}. The database is unchanged; free some space or choose another folder and try again.</source>
            <translation>無法寫入備份 {path}：{reason}。資料庫未受影響；請騰出磁碟空間或換一個資料夾後重試。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="119" />
            <source>The backup to {path} failed: {reason}. The database is unchanged.</source>
            <translation>備份到 {path} 失敗：{reason}。資料庫未受影響。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="120" />
            <source>{path} has backup format {format}, which this Kuaidan does not read</source>
            <translation>{path} 的備份格式為 {format}，本版本快單無法讀取</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="121" />
            <source>The manifest of {path} is damaged ({reason})</source>
            <translation>{path} 的清單已損壞（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="122" />
            <source>Could not copy the backup to {path}: {reason}</source>
            <translation>無法把備份複製到 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="123" />
            <source>Cannot restore into an in-memory database</source>
            <translation>不能恢復到記憶體資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="124" />
            <source>There is no database file to back up</source>
            <translation>沒有可備份的資料庫檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="125" />
            <source>The disk is full: the backup to {path} was not written. The database is unchanged; free some space or choose another folder and try again.</source>
            <translation>磁碟已滿：備份 {path} 沒有寫入。資料庫未受影響；請騰出磁碟空間或換一個資料夾後重試。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="126" />
            <source>{path} is damaged or truncated ({reason}); use another backup</source>
            <translation>{path} 已損壞或不完整（{reason}），請使用其他備份</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="127" />
            <source>{path} is damaged: {reason}</source>
            <translation>{path} 已損壞：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="128" />
            <source>{path} lists tables this Kuaidan does not know: {tables}</source>
            <translation>{path} 含有本版本快單不認識的資料表：{tables}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="129" />
            <source>{path} has no manifest: it is not a Kuaidan backup, or its writing was interrupted</source>
            <translation>{path} 沒有清單：不是快單備份，或寫入時被中斷</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="130" />
            <source>Table {table} in {path} does not match its manifest ({rows} rows, {expected} expected): the file was edited or damaged; do not restore it</source>
            <translation>{path} 中的資料表 {table} 與清單不符（{rows} 行，應為 {expected} 行）：檔案被修改或已損壞，請勿恢復</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="131" />
            <source>The copy to {url} stopped: {reason}. This database is unchanged; the target is marked as an unfinished copy and must not be used. Run migrate again: it starts over.</source>
            <translation>複製到 {url} 的過程已中止：{reason}。本資料庫未被改動；目標庫已標記為未完成的副本，不得使用。請重新執行遷移：它會從頭開始。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="132" />
            <source>The restore of {file} started by {user} at {time} did not finish (it was interrupted). A restore is all or nothing: the database is as it was before it. Restore again if you still need it.</source>
            <translation>{user} 於 {time} 開始的 {file} 恢復沒有完成（被中斷）。恢復要麼全部完成，要麼完全不做：資料庫仍是恢復之前的樣子。如仍需要，請再次恢復。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="133" />
            <source>The disk is full: the copy to {url} stopped ({reason}). This database is unchanged; the target is marked as an unfinished copy and must not be used. Free some space, then run migrate again: it starts over.</source>
            <translation>磁碟已滿：複製到 {url} 的過程已中止（{reason}）。本資料庫未被改動；目標庫已標記為未完成的副本，不得使用。請釋放一些空間，然後重新執行遷移：它會從頭開始。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="134" />
            <source>Type {word} to confirm: the database will be replaced by the backup</source>
            <translation>請輸入 {word} 確認：資料庫將被備份內容替換</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="135" />
            <source>Another workstation is restoring this database right now; wait until it ends, then check the data before restoring again</source>
            <translation>另一臺工作站正在恢復此資料庫；請等它結束，核對資料後再決定是否再次恢復</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="136" />
            <source>The target database is not empty ({table} has {count} rows): migrate only into a new, empty database</source>
            <translation>目標資料庫不是空的（{table} 有 {count} 行）：只能遷移到新建的空資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="137" />
            <source>The restore of {path} stopped: {reason}. The database is unchanged (a restore is all or nothing). Check the message, then restore again.</source>
            <translation>{path} 的恢復已中止：{reason}。資料庫未被改動（恢復要麼全部完成，要麼完全不做）。請檢視此資訊，然後再次恢復。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="138" />
            <source>The target is the database being copied</source>
            <translation>目標就是正在複製的資料庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="139" />
            <source>The disk is full: the restore of {path} stopped ({reason}). The database is unchanged (a restore is all or nothing). Free some space and restore again.</source>
            <translation>磁碟已滿：{path} 的恢復已中止（{reason}）。資料庫未被改動（恢復要麼全部完成，要麼完全不做）。請釋放一些空間後再次恢復。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="140" />
            <source>Other workstations kept saving for two minutes, so the restore did not start. Nothing was changed; ask them to pause and restore again.</source>
            <translation>其他工作站在兩分鐘內一直在儲存，恢復未能開始。沒有任何改動；請讓他們暫停操作後再次恢復。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="141" />
            <source>The file name must end in .xlsx or .csv</source>
            <translation>檔名必須以 .xlsx 或 .csv 結尾</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="142" />
            <source>The cost must be 0 or more, with at most 2 decimals</source>
            <translation>成本必須大於等於 0，最多 2 位小數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="144" />
            <source>The file is empty</source>
            <translation>檔案為空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="145" />
            <source>Cannot read {path}: {reason}</source>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="178" />
            <source>Enter a note</source>
            <translation>請輸入備註</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="179" />
            <source>At most {max} characters</source>
            <translation>最多 {max} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="180" />
            <source>{username} ({role}) may not act on exceptions</source>
            <translation>{username}（{role}）無權處理異常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="181" />
            <source>Exception {id} not found</source>
            <translation>找不到異常 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="182" />
            <source>{username} ({role}) may only take an exception, not assign it</source>
            <translation>{username}（{role}）只能自己認領異常，不能分派給他人</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="183" />
            <source>This exception is no longer open</source>
            <translation>該異常已不是未處理狀態</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="184" />
            <source>User {id} not found</source>
            <translation>找不到使用者 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="185" />
            <source>{name} cannot act on this kind of exception</source>
            <translation>{name} 不能處理這類異常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="193" />
            <source>The parcel weighs {weight} g; order {order_no} should weigh about {expected} g (± {percent} %)</source>
            <translation>包裹重 {weight} 克；訂單 {order_no} 應約為 {expected} 克（± {percent} %）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="215" />
            <source>Order {order_no} is in another wave already</source>
            <translation>訂單 {order_no} 已在其他波次中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="216" />
            <source>Order {order_no} ships from another warehouse than the wave</source>
            <translation>訂單 {order_no} 的發貨倉庫與波次不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="217" />
            <source>Save as a {suffixes} file</source>
            <translation>請儲存為 {suffixes} 檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="218" />
            <source>Folder {folder} not found</source>
            <translation>找不到資料夾 {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="219" />
            <source>Unknown export column(s): {columns}</source>
            <translation>未知的匯出列：{columns}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="221" />
            <source>No shipping file format for {platform}; choose one of {formats}</source>
            <translation>沒有 {platform} 的發貨檔案格式；請從以下選擇：{formats}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="222" />
            <source>Unknown field(s) in the column mapping: {str_unknown}. Known fields: {mappable_fields}.</source>
            <translation>列對映中有未知欄位：{str_unknown}。可用欄位：{mappable_fields}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="223" />
            <source>The column mapping must say which column holds the order number.</source>
            <translation>列對映必須指定哪一列是訂單號。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="224" />
            <source>_price must be 'unit' or 'line_total', not '{price}'.</source>
            <translation>_price 必須是 'unit' 或 'line_total'，而不是 '{price}'。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="225" />
            <source>_date_order must be 'ymd', 'mdy' or 'dmy', not '{date_order}'.</source>
            <translation>_date_order 必須是 'ymd'、'mdy' 或 'dmy'，而不是 '{date_order}'。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="226" />
            <source>Unknown import format '{name}'. Known formats: {presets}.</source>
            <translation>未知的匯入格式“{name}”。可用格式：{presets}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="227" />
            <source>The columns of '{file_name}' do not match any known order export.{hint} Choose the format by hand or map the columns yourself.</source>
            <translation>檔案“{file_name}”的列與已知的訂單匯出格式都不匹配。{hint}請手動選擇格式，或自行對映各列。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="228" />
            <source>File '{file_name}' lacks columns the '{name}' format needs ({wanted}). Choose another format or map the columns yourself.</source>
            <translation>檔案“{file_name}”缺少“{name}”格式所需的列（{wanted}）。請選擇其他格式，或自行對映各列。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="229" />
            <source>File '{file_name}' has no header row.</source>
            <translation>檔案“{file_name}”沒有表頭行。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="230" />
            <source>File '{file_name}' contains no data.</source>
            <translation>檔案“{file_name}”中沒有資料。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="231" />
            <source>File '{file_name}' is the items file of {label}. Choose the order list as the file to import and add this one as the second file.</source>
            <translation>檔案“{file_name}”是{label}的商品明細檔案。請選擇訂單列表作為匯入檔案，並把此檔案作為第二個檔案新增。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="232" />
            <source>Import cancelled.</source>
            <translation>匯入已取消。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="233" />
            <source>File '{file_name}' is a {label} order list; its items are in a second file ({companion_label}). Add that file and import again.</source>
            <translation>檔案“{file_name}”是{label}訂單列表，商品明細在另一個檔案（{companion_label}）中。請新增該檔案後重新匯入。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="234" />
            <source>Second file '{file_name}' is not a {label} file.</source>
            <translation>第二個檔案“{file_name}”不是{label}檔案。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="235" />
            <source>The process reading '{file_name}' stopped before the end of the file (exit code {exit_code}), perhaps for lack of memory. The orders written so far are kept: import the file again to continue.</source>
            <translation>讀取“{file_name}”的程序在檔案結束前停止了（退出碼 {exit_code}），可能是記憶體不足。已寫入的訂單都保留著：再次匯入該檔案即可繼續。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="236" />
            <source>File '{file_name}' is not readable text: it is neither UTF-8 nor GB18030/GBK ({failures}). If it is a spreadsheet, save it as .xlsx; if it is a CSV, save it again as 'CSV UTF-8'.</source>
            <translation>檔案“{file_name}”無法作為文字讀取：既不是 UTF-8 也不是 GB18030/GBK 編碼（{failures}）。如果是表格，請另存為 .xlsx；如果是 CSV，請另存為“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="237" />
            <source>File '{file_name}' contains no worksheet.</source>
            <translation>檔案“{file_name}”中沒有工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="238" />
            <source>File '{file_name}' cannot be read after row {row_no}: {reason}.</source>
            <translation>檔案“{file_name}”在第 {row_no} 行之後無法讀取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="239" />
            <source>File '{file_name}' is damaged or not a valid workbook ({errors}). Open it in Excel and save it again.</source>
            <translation>檔案“{file_name}”已損壞或不是有效的工作簿（{errors}）。請用 Excel 開啟後重新儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="240" />
            <source>File '{file_name}' has no sheet number {sheet_1}.</source>
            <translation>檔案“{file_name}”沒有第 {sheet_1} 個工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="241" />
            <source>File '{file_name}' has no sheet named '{sheet}'.</source>
            <translation>檔案“{file_name}”沒有名為“{sheet}”的工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="242" />
            <source>File '{file_name}' is an old-style .xls workbook that could not be read ({errors_or_no_reader}), and the optional 'xlrd' package is not installed. Open it in Excel and save it as .xlsx.</source>
            <translation>檔案“{file_name}”是無法讀取的舊版 .xls 工作簿（{errors_or_no_reader}），且未安裝可選的 xlrd 元件。請用 Excel 開啟並另存為 .xlsx。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="243" />
            <source>File '{file_name}' cannot be read: {reason}.</source>
            <translation>檔案“{file_name}”無法讀取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="244" />
            <source>File '{name}' is an OLE document (for example a Word file), not a workbook.</source>
            <translation>檔案“{name}”是 OLE 文件（例如 Word 檔案），不是工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="245" />
            <source>'{name}' is not a file.</source>
            <translation>“{name}”不是檔案。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="246" />
            <source>File '{name}' is empty.</source>
            <translation>檔案“{name}”是空的。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="247" />
            <source>File '{name}' is {size_mib:.0f} MB; the limit is {max_file_bytes_mib:.0f} MB. Split it into smaller files.</source>
            <translation>檔案“{name}”大小為 {size_mib:.0f} MB，超過上限 {max_file_bytes_mib:.0f} MB。請拆分成較小的檔案。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="248" />
            <source>File '{name}' is named {suffix} but is not an Excel workbook (it is not a zip or OLE container). It may be damaged, or a text file that was renamed; open it in Excel and save it again as .xlsx, or rename it to .csv if it is text.</source>
            <translation>檔案“{name}”的副檔名是 {suffix}，但它不是 Excel 工作簿（不是 zip 或 OLE 容器）。它可能已損壞，或是被改了副檔名的文字檔案；請用 Excel 開啟並另存為 .xlsx，如果是文字檔案請改名為 .csv。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="249" />
            <source>File '{name}' contains {infos} parts; a workbook has a few dozen (limit {max_zip_entries}). Refusing to open it.</source>
            <translation>檔案“{name}”包含 {infos} 個部件，而正常工作簿只有幾十個（上限 {max_zip_entries}）。拒絕開啟。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="250" />
            <source>File '{name}' would expand to {total_mib:,.0f} MB (limit {max_uncompressed_bytes_mib:,.0f} MB). Refusing to open it.</source>
            <translation>檔案“{name}”解壓後將達到 {total_mib:,.0f} MB（上限 {max_uncompressed_bytes_mib:,.0f} MB）。拒絕開啟。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="251" />
            <source>File '{name}' is a zip archive but not an Excel workbook.</source>
            <translation>檔案“{name}”是 zip 壓縮包，不是 Excel 工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="252" />
            <source>openpyxl is not using defusedxml (is OPENPYXL_DEFUSEDXML set to False?); refusing to parse workbooks with an XML parser that expands entities.</source>
            <translation>openpyxl 未使用 defusedxml（OPENPYXL_DEFUSEDXML 是否被設為 False？）；拒絕用會展開實體的 XML 解析器讀取工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="253" />
            <source>File '{name}' does not exist.</source>
            <translation>檔案“{name}”不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="254" />
            <source>File '{name}' cannot be opened: {reason}.</source>
            <translation>檔案“{name}”無法開啟：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="255" />
            <source>File '{name}' is {what}, not an order spreadsheet or CSV file.</source>
            <translation>檔案“{name}”是{what}，不是訂單表格或 CSV 檔案。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="256" />
            <source>File '{name}' is damaged or incomplete (not a valid zip/xlsx: {reason}). Download or export it again.</source>
            <translation>檔案“{name}”已損壞或不完整（不是有效的 zip/xlsx：{reason}）。請重新下載或匯出。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="257" />
            <source>File '{name}' cannot be read: {reason}.</source>
            <translation>檔案“{name}”無法讀取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="258" />
            <source>File '{name}' is password-protected. Remove the password in Excel and save it again.</source>
            <translation>檔案“{name}”設有密碼。請在 Excel 中取消密碼後重新儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="259" />
            <source>File '{name}' looks like a zip bomb: part '{filename}' would expand from {compress_size:,} to {file_size:,} bytes. Refusing to open it.</source>
            <translation>檔案“{name}”疑似壓縮炸彈：部件“{filename}”會從 {compress_size:,} 位元組膨脹到 {file_size:,} 位元組。拒絕開啟。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="260" />
            <source>File '{file_name}' has overlapping zip entries ('{fname}'); this is a known zip-bomb trick. Refusing to open it.</source>
            <translation>檔案“{file_name}”包含重疊的 zip 條目（“{fname}”），這是已知的壓縮炸彈手法。拒絕開啟。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="261" />
            <source>Cannot read Excel files safely: {reason}.</source>
            <translation>無法安全地讀取 Excel 檔案：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="262" />
            <source>File '{name}' is password-protected (encrypted Excel workbook). Remove the password in Excel (File → Info → Protect Workbook) and save it again.</source>
            <translation>檔案“{name}”設有密碼（加密的 Excel 工作簿）。請在 Excel 中取消密碼（檔案 → 資訊 → 保護工作簿）後重新儲存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="263" />
            <source>Choose the {what} to import</source>
            <translation>請選擇要匯入的 {what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="264" />
            <source>File {path} not found</source>
            <translation>找不到檔案 {path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="265" />
            <source>Save as an .xlsx workbook</source>
            <translation>請儲存為 .xlsx 工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="266" />
            <source>A channel name has 1 to 32 characters</source>
            <translation>渠道名稱須為 1 到 32 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="267" />
            <source>Expected a column mapping</source>
            <translation>需要列對應關係</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="268" />
            <source>No import batch {batch_id}</source>
            <translation>沒有匯入批次 {batch_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="269" />
            <source>A mapping needs a name of 1 to 64 characters</source>
            <translation>列對應方案的名稱須為 1 到 64 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="270" />
            <source>A platform SKU has 1 to 128 characters</source>
            <translation>平臺 SKU 須為 1 到 128 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="271" />
            <source>Expected an import result or a batch id</source>
            <translation>需要匯入結果或批次號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="272" />
            <source>No saved mapping with id {profile_id}</source>
            <translation>沒有編號為 {profile_id} 的已儲存列對應</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="273" />
            <source>No active product with SKU {sku}</source>
            <translation>沒有 SKU 為 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="274" />
            <source>No SKU mapping with id {mapping_id}</source>
            <translation>沒有編號為 {mapping_id} 的 SKU 對應</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="275" />
            <source>{file_name} is not the file imported in batch {batch_id}</source>
            <translation>{file_name} 不是批次 {batch_id} 匯入的檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="276" />
            <source>Foreign key broken: table {table} rowid {rowid} → {parent}</source>
            <translation>外來鍵損壞：表 {table} 行號 {rowid} → {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="277" />
            <source>Order {order_no}: total {total} ≠ goods {goods} + shipping {shipping} − discount {discount}, or goods ≠ the sum of its lines</source>
            <translation>訂單 {order_no}：金額 {total} ≠ 商品 {goods} + 運費 {shipping} − 優惠 {discount}，或商品金額 ≠ 各行之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="278" />
            <source>Storage and foreign keys</source>
            <translation>儲存與外來鍵</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="279" />
            <source>Stock balances equal the ledger</source>
            <translation>庫存餘額與流水一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="280" />
            <source>0 ≤ reserved ≤ on hand</source>
            <translation>0 ≤ 預佔 ≤ 在庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="281" />
            <source>Reservations match open orders</source>
            <translation>預佔與未完成訂單一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="282" />
            <source>Order totals add up</source>
            <translation>訂單金額核對</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="283" />
            <source>Report facts equal a recount</source>
            <translation>報表資料與重新統計一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="284" />
            <source>Audit chain intact</source>
            <translation>審計鏈完整</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="285" />
            <source>SQLite integrity: {line}</source>
            <translation>SQLite 完整性：{line}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="286" />
            <source>SKU {sku} in {warehouse}: {reserved} reserved, open orders need {wanted}</source>
            <translation>{warehouse} 倉的 SKU {sku}：已預佔 {reserved}，未完成訂單需要 {wanted}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="287" />
            <source>SKU {sku} in {warehouse}: {field} balance {balance}, ledger says {ledger}</source>
            <translation>{warehouse} 倉的 SKU {sku}：{field} 餘額 {balance}，臺賬為 {ledger}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="288" />
            <source>SKU {sku} in {warehouse}: reserved {reserved} of on hand {on_hand}</source>
            <translation>{warehouse} 倉的 SKU {sku}：在庫 {on_hand}，預佔 {reserved}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="315" />
            <source>No single warehouse holds the whole order, and splitting orders is off</source>
            <translation>沒有一個倉庫能滿足整單，且未開啟拆單發貨</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="300" />
            <source>Quantity must be a whole number</source>
            <translation>數量必須是整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="301" />
            <source>Quantity must be more than 0</source>
            <translation>數量必須大於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="302" />
            <source>Quantity {qty} is too large</source>
            <translation>數量 {qty} 過大</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="303" />
            <source>Add at least one SKU with a quantity</source>
            <translation>請至少新增一個 SKU 及其數量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="290" />
            <source>Expected text</source>
            <translation>應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="506" />
            <source>This field is required</source>
            <translation>此項必填</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="507" />
            <source>At most {max_len} characters</source>
            <translation>最多 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="304" />
            <source>Warehouse {warehouse} is not active</source>
            <translation>倉庫 {warehouse} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="305" />
            <source>No order {order_no}</source>
            <translation>找不到訂單 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="36" />
            <source>No after-sales case {case_no}</source>
            <translation>找不到售後單 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="324" />
            <source>Not a stock query</source>
            <translation>不是有效的庫存查詢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="320" />
            <source>Only {available} of {sku} available in any one warehouse; {requested} needed</source>
            <translation>{sku} 在任一倉庫中最多隻有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="292" />
            <source>Warehouse code {code} exists already</source>
            <translation>倉庫編碼 {code} 已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="327" />
            <source>No transfer with id {transfer_id}</source>
            <translation>找不到調撥單 {transfer_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="328" />
            <source>Transfer {transfer_no} is {status}, not {expected}</source>
            <translation>調撥單 {transfer_no} 當前為 {status}，不是 {expected}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="311" />
            <source>No count sheet with id {count_id}</source>
            <translation>找不到盤點單 {count_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="310" />
            <source>Count sheet {count_no} is not open any more</source>
            <translation>盤點單 {count_no} 已不是待盤點狀態</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="322" />
            <source>Expected a list of row ids</source>
            <translation>應為行 ID 列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>The file name must end in .xlsx</source>
            <translation>檔名必須以 .xlsx 結尾</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="323" />
            <source>Expected {count} column headers</source>
            <translation>應有 {count} 個列標題</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="306" />
            <source>The first bin {bin_from} comes after the last bin {bin_to}</source>
            <translation>起始庫位 {bin_from} 排在結束庫位 {bin_to} 之後</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="308" />
            <source>Expected counted quantities by product</source>
            <translation>應按商品填寫實盤數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="291" />
            <source>Safety stock must be 0 or more</source>
            <translation>安全庫存必須大於等於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="293" />
            <source>The price must be 0 or more, with at most 2 decimals</source>
            <translation>價格必須大於等於 0，最多兩位小數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="294" />
            <source>The weight must be 0 or more grams</source>
            <translation>重量必須大於等於 0 克</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="295" />
            <source>Priority must be between 0 and 9999</source>
            <translation>優先順序必須在 0 到 9999 之間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="296" />
            <source>SKU {sku} exists already</source>
            <translation>SKU {sku} 已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="297" />
            <source>Barcode {barcode} belongs to another SKU</source>
            <translation>條碼 {barcode} 已屬於另一個 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="325" />
            <source>No stock of product {product_id} in warehouse {warehouse_id}</source>
            <translation>商品 {product_id} 在倉庫 {warehouse_id} 中沒有庫存記錄</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="289" />
            <source>No product with SKU or barcode {code}</source>
            <translation>找不到 SKU 或條碼為 {code} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>Cannot write {path}: {reason}</source>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="316" />
            <source>Order {order_no} is {status}; it cannot hold stock</source>
            <translation>訂單 {order_no} 狀態為 {status}，不能預佔庫存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="318" />
            <source>Order {order_no} holds no stock in {warehouse}</source>
            <translation>訂單 {order_no} 在 {warehouse} 沒有預佔庫存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="326" />
            <source>Source and destination must be different warehouses</source>
            <translation>調出倉與調入倉不能相同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="307" />
            <source>Nothing to count in {warehouse} for these bins</source>
            <translation>{warehouse} 的這些庫位沒有可盤點的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="312" />
            <source>A counted quantity must be 0 or more</source>
            <translation>實盤數必須大於等於 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="309" />
            <source>Who counted? Enter the counter's name</source>
            <translation>請填寫盤點人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="299" />
            <source>Not a price</source>
            <translation>不是有效的價格</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="298" />
            <source>That code exists already (someone saved it a moment ago)</source>
            <translation>該編碼已存在（剛剛有人儲存了它）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="321" />
            <source>Order {order_no} holds {held} of {sku} in {warehouse}, not {qty}</source>
            <translation>訂單 {order_no} 在 {warehouse} 預佔的 {sku} 只有 {held} 件，不是 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="313" />
            <source>Product {product_id} is not on count sheet {count_no}</source>
            <translation>商品 {product_id} 不在盤點單 {count_no} 中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="314" />
            <source>Counted {counted} of {sku} in {warehouse}, but {reserved} are reserved for orders; release reservations first</source>
            <translation>{warehouse} 的 {sku} 實盤 {counted} 件，但已有 {reserved} 件被訂單預佔；請先釋放預佔</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="317" />
            <source>Order {order_no} is {status}; it already holds its stock</source>
            <translation>訂單 {order_no} 狀態為 {status}，已預佔庫存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="319" />
            <source>Order {order_no} holds stock for all its lines in one warehouse; release or ship the whole order</source>
            <translation>訂單 {order_no} 在一個倉庫預佔了全部明細的庫存，請整單釋放或發貨</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="329" />
            <source>The tracking-number pool of {carrier} is used up; add a new range from the carrier</source>
            <translation>{carrier} 的電子面單號已用完，請向快遞公司申請並新增新號段</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="330" />
            <source>{field}: enter an amount like 12.50</source>
            <translation>{field}：請輸入金額，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="331" />
            <source>{field}: enter a non-negative amount with at most 2 decimals</source>
            <translation>{field}：請輸入不小於 0、最多兩位小數的金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="332" />
            <source>{field}: enter a whole number</source>
            <translation>{field}：請輸入整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="333" />
            <source>{field}: enter a number from {minimum} to {maximum}</source>
            <translation>{field}：請輸入 {minimum} 到 {maximum} 之間的數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="334" />
            <source>{field}: expected text</source>
            <translation>{field}：應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="335" />
            <source>{field} is required</source>
            <translation>{field} 為必填項</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="336" />
            <source>{field}: at most {max_len} characters</source>
            <translation>{field}：最多 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="337" />
            <source>No carrier with id {carrier_id}</source>
            <translation>找不到快遞公司（編號 {carrier_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="338" />
            <source>No active carrier has a rate for {province}</source>
            <translation>沒有啟用的快遞公司設定了到 {province} 的運費</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="339" />
            <source>The service does not belong to the carrier</source>
            <translation>該服務不屬於此快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="340" />
            <source>Carrier code: letters, digits, - and _ only (e.g. SF)</source>
            <translation>快遞程式碼只能包含字母、數字、- 和 _（如 SF）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="341" />
            <source>Service code: letters, digits, - and _ only (e.g. STD)</source>
            <translation>服務程式碼只能包含字母、數字、- 和 _（如 STD）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="342" />
            <source>Prefix: up to 16 letters, digits or - (the label's barcode carries it)</source>
            <translation>字首：最多 16 個字母、數字或 -（會印在面單條碼中）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="343" />
            <source>The range starts after it ends</source>
            <translation>號段的起始號大於結束號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="344" />
            <source>The last number {end} has more than {width} digits</source>
            <translation>結束號 {end} 超過 {width} 位</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="345" />
            <source>Prefix and digits together exceed {max_len} characters</source>
            <translation>字首加數字超過 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="346" />
            <source>The range is too large for the database</source>
            <translation>號段超出資料庫可儲存的範圍</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="347" />
            <source>A carrier with code {code} exists already</source>
            <translation>程式碼為 {code} 的快遞公司已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="348" />
            <source>The carrier already has a service {code}</source>
            <translation>該快遞公司已有服務 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="349" />
            <source>No service with id {service_id}</source>
            <translation>找不到服務（編號 {service_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="350" />
            <source>Service {code} is used by {shipments} parcels and {rules} carrier rules; it cannot be deleted</source>
            <translation>服務 {code} 已被 {shipments} 個包裹和 {rules} 條快遞規則使用，不能刪除</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="351" />
            <source>There is a rate for {region} already; edit that one</source>
            <translation>{region} 已有運費，請編輯已有的那條</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="352" />
            <source>No rate rule with id {rule_id}</source>
            <translation>找不到運費（編號 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="353" />
            <source>Give an order, or the destination province and the weight</source>
            <translation>請輸入訂單號，或目的省份和重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="354" />
            <source>No carrier rule with id {rule_id}</source>
            <translation>找不到快遞規則（編號 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="355" />
            <source>The range overlaps a pool the carrier already has</source>
            <translation>該號段與此快遞已有的號段重疊</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="356" />
            <source>No tracking-number pool with id {pool_id}</source>
            <translation>找不到電子面單號段（編號 {pool_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="220" />
            <source>Expected an order filter</source>
            <translation>需要訂單篩選條件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="357" />
            <source>A view needs a name of 1 to 64 characters</source>
            <translation>檢視名稱需為 1 到 64 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="358" />
            <source>The saved view is damaged</source>
            <translation>已儲存的檢視已損壞</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="359" />
            <source>No saved view with id {view_id}</source>
            <translation>沒有編號為 {view_id} 的已儲存檢視</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="387" />
            <source>Order {order_no} is {status} (since {user} at {time}); it cannot be {action}</source>
            <translation>訂單 {order_no} 當前為「{status}」（{user} 於 {time}），不能執行「{action}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="510" />
            <source>{field}: must be zero or more</source>
            <translation>{field}：不能為負數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="511" />
            <source>{field}: at most two decimal places</source>
            <translation>{field}：最多兩位小數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="505" />
            <source>{field}: at most {limit} characters</source>
            <translation>{field}：最多 {limit} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="363" />
            <source>Expected an order</source>
            <translation>需要一個訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="364" />
            <source>{phone} is not a valid phone number</source>
            <translation>{phone} 不是有效的電話號碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="365" />
            <source>The address is too short: street and number are needed</source>
            <translation>地址太短：需要街道和門牌號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="366" />
            <source>An order needs at least one line</source>
            <translation>訂單至少需要一行明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="367" />
            <source>The order discount is larger than goods and shipping together</source>
            <translation>訂單優惠大於商品金額與運費之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="368" />
            <source>Paid {paid} is more than the total {total}</source>
            <translation>已付 {paid} 超過總額 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="369" />
            <source>Order {order_no}: the address is incomplete ({fields})</source>
            <translation>訂單 {order_no}：地址不完整（{fields}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="370" />
            <source>Order {order_no}: the phone number is not valid</source>
            <translation>訂單 {order_no}：電話號碼無效</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="388" />
            <source>Order {order_no} was already {status} by {user} at {time}</source>
            <translation>訂單 {order_no} 已由 {user} 於 {time} 處理為「{status}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="188" />
            <source>Order {order_no} is on hold ({reason}); release the hold first</source>
            <translation>訂單 {order_no} 已掛起（{reason}），請先解除掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="389" />
            <source>Order {order_no}: SKU {sku} is not in the catalogue</source>
            <translation>訂單 {order_no}：SKU {sku} 不在商品目錄中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="375" />
            <source>Order {order_no} was changed by {user} at {time}; reload it and try again</source>
            <translation>訂單 {order_no} 已被 {user} 於 {time} 修改，請重新載入後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="408" />
            <source>{field}: not an amount of money</source>
            <translation>{field}：不是有效金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="371" />
            <source>Line {line}: no active product with SKU {sku}</source>
            <translation>第 {line} 行：沒有 SKU 為 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="372" />
            <source>Line {line}: the quantity must be a whole number above 0</source>
            <translation>第 {line} 行：數量須為大於 0 的整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="373" />
            <source>Line {line}: at most {limit} pieces</source>
            <translation>第 {line} 行：最多 {limit} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="374" />
            <source>Line {line}: the discount is larger than the line's value</source>
            <translation>第 {line} 行：優惠大於該行金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="392" />
            <source>Order {order_no} cannot be confirmed, not enough stock: {shortages}</source>
            <translation>訂單 {order_no} 無法確認，庫存不足：{shortages}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="393" />
            <source>Order {order_no} is already on hold ({reason})</source>
            <translation>訂單 {order_no} 已掛起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="394" />
            <source>Order {order_no} is {status}; only open orders can be held</source>
            <translation>訂單 {order_no} 當前為「{status}」，只有未完結的訂單可以掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="395" />
            <source>Order {order_no} is not on hold</source>
            <translation>訂單 {order_no} 未掛起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="396" />
            <source>No active carrier with id {carrier_id}</source>
            <translation>沒有編號為 {carrier_id} 的啟用中快遞公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="397" />
            <source>Order {order_no} is {status}; its carrier can no longer change</source>
            <translation>訂單 {order_no} 當前為「{status}」，不能再更換快遞</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="377" />
            <source>Select at least two orders to merge</source>
            <translation>請至少選擇兩個訂單進行合併</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="378" />
            <source>Choose the lines and pieces to split off</source>
            <translation>請選擇要拆出的明細和件數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="379" />
            <source>Order {order_no} is {status}; only orders not yet picked can be split</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能拆分尚未揀貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="380" />
            <source>Leave at least one piece on order {order_no}</source>
            <translation>訂單 {order_no} 至少要保留一件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="376" />
            <source>Order {order_no} is {status}; only orders not yet confirmed can be edited</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能修改尚未確認的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="391" />
            <source>Paid {paid} does not match the order total {total}</source>
            <translation>已付 {paid} 與訂單總額 {total} 不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="398" />
            <source>No single warehouse holds every item of order {order_no}; split the order</source>
            <translation>沒有一個倉庫能備齊訂單 {order_no} 的全部商品，請拆分訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="381" />
            <source>Order {order_no} is {status}; only orders not yet picked can be merged</source>
            <translation>訂單 {order_no} 當前為「{status}」，只能合併尚未揀貨的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="382" />
            <source>Order {order_no} goes to another recipient or address than {other}</source>
            <translation>訂單 {order_no} 的收件人或地址與 {other} 不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="383" />
            <source>Line {line_id} is not part of order {order_no}</source>
            <translation>明細 {line_id} 不屬於訂單 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="384" />
            <source>Line {line}: split between 1 and {qty} pieces</source>
            <translation>第 {line} 行：可拆出 1 到 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="360" />
            <source>Orders changed while they were approved</source>
            <translation>稽核過程中訂單已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="361" />
            <source>Orders changed while they were confirmed</source>
            <translation>確認過程中訂單已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="362" />
            <source>Order {order_id} could not be saved: it breaks a rule of the database</source>
            <translation>訂單 {order_id} 無法儲存：違反了資料庫規則</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="427" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）無權執行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>Not logged in</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="428" />
            <source>Cancelled before this item was printed</source>
            <translation>在列印此項之前已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="429" />
            <source>No order numbers given</source>
            <translation>沒有輸入訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="195" />
            <source>Choose where to save the file</source>
            <translation>請選擇檔案儲存位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="196" />
            <source>Folder {folder} does not exist</source>
            <translation>資料夾 {folder} 不存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="432" />
            <source>No parcels chosen</source>
            <translation>沒有選擇包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="433" />
            <source>No parcel with id {shipment_id}</source>
            <translation>找不到包裹（編號 {shipment_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="434" />
            <source>Order {order_no} has no warehouse yet; confirm it first</source>
            <translation>訂單 {order_no} 還沒有分配倉庫，請先確認訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="390" />
            <source>Order {order_no} has no lines</source>
            <translation>訂單 {order_no} 沒有商品明細</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="435" />
            <source>The label of {tracking_no} is {label_status} already; reprint it with a reason</source>
            <translation>{tracking_no} 的面單狀態已是 {label_status}，補打需填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="436" />
            <source>Order {order_no} is cancelled</source>
            <translation>訂單 {order_no} 已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="437" />
            <source>The labels of order {order_no} are printed already; reprint them with a reason</source>
            <translation>訂單 {order_no} 的面單已列印，補打需填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="438" />
            <source>Order {order_no} is {status}: no document for it</source>
            <translation>訂單 {order_no} 的狀態為 {status}，不能生成此單據</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>The end date is before the start date</source>
            <translation>結束日期早於開始日期</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>A report covers at most {days} days</source>
            <translation>報表最多覆蓋 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="444" />
            <source>Unknown placeholder {placeholder}; use {known}</source>
            <translation>未知的佔位符 {placeholder}，可用：{known}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="14" />
            <source>No ticket with id {ticket_id}</source>
            <translation>沒有 ID 為 {ticket_id} 的工單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="445" />
            <source>No active user with id {user_id}</source>
            <translation>沒有 ID 為 {user_id} 的在用使用者</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="446" />
            <source>{username} cannot work on tickets</source>
            <translation>{username} 無權處理工單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="447" />
            <source>Only feedback tickets carry a rating</source>
            <translation>只有反饋類工單可以評分</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="448" />
            <source>The rating is 1 to 5</source>
            <translation>評分為 1 到 5</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="449" />
            <source>Ticket {ticket_no} is {status}; it cannot move to {target}</source>
            <translation>工單 {ticket_no} 當前為“{status}”，不能變為“{target}”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="450" />
            <source>Ticket {ticket_no} is closed; open a new ticket</source>
            <translation>工單 {ticket_no} 已關閉，請新建工單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="451" />
            <source>A template named {name} exists</source>
            <translation>已存在名為 {name} 的模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="452" />
            <source>No reply template with id {template_id}</source>
            <translation>沒有 ID 為 {template_id} 的回覆模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="214" />
            <source>No order with id {order_id}</source>
            <translation>沒有 ID 為 {order_id} 的訂單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="453" />
            <source>The ticket could not be saved: {reason}</source>
            <translation>工單無法儲存：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="33" />
            <source>No after-sales case with id {case_id}</source>
            <translation>沒有 ID 為 {case_id} 的售後單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="454" />
            <source>Case {case_no} belongs to another customer</source>
            <translation>售後單 {case_no} 屬於其他客戶</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="28" />
            <source>Order {order_no} belongs to another customer</source>
            <translation>訂單 {order_no} 屬於其他客戶</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="458" />
            <source>Unknown setting {key}</source>
            <translation>未知的設定項 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="459" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：應為是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="462" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="463" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少為 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="464" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多為 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="465" />
            <source>{label}: expected text</source>
            <translation>{label}：應為文字</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="143" />
            <source>No product with id {product_id}</source>
            <translation>找不到編號為 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="212" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到編號為 {warehouse_id} 的倉庫</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="385" />
            <source>Order {order_no} was changed by {user} at {time} after you opened it; look at it again before deciding</source>
            <translation>訂單 {order_no} 在您開啟後已被 {user} 於 {time} 修改；請重新檢視後再做決定</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="386" />
            <source>Order {order_no} is being changed on another workstation; try again</source>
            <translation>訂單 {order_no} 正在另一臺工作站上修改，請稍後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="399" />
            <source>No header with a tracking-number column (运单号) and an amount column (代收货款 / 金额) in the first {rows} rows</source>
            <translation>前 {rows} 行中沒有包含運單號列和金額列（代收貨款 / 金額）的表頭</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="400" />
            <source>Order {order_no} is not cash on delivery</source>
            <translation>訂單 {order_no} 不是貨到付款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="401" />
            <source>Order {order_no} is {status}: not shipped, nothing collected</source>
            <translation>訂單 {order_no} 狀態為 {status}：尚未發貨，沒有代收貨款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="402" />
            <source>Order {order_no}: the COD was already settled with {amount}</source>
            <translation>訂單 {order_no}：代收貨款已按 {amount} 結算</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="404" />
            <source>Order {order_no} owes nothing</source>
            <translation>訂單 {order_no} 沒有待收金額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="405" />
            <source>amount: out of range</source>
            <translation>金額：超出範圍</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="409" />
            <source>Order {order_no} has an open after-sales case; close it first</source>
            <translation>訂單 {order_no} 有未結束的售後單，請先關閉售後單</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="410" />
            <source>Order {order_no} was completed on {date}; after-sales closes {days} days after completion</source>
            <translation>訂單 {order_no} 已於 {date} 完成；完成 {days} 天后不再受理售後</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="411" />
            <source>Unknown payment method {method}</source>
            <translation>未知的支付方式 {method}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="412" />
            <source>amount: must be more than zero</source>
            <translation>金額：必須大於零</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="413" />
            <source>Cash on delivery is recorded by the delivery</source>
            <translation>貨到付款在簽收時自動記錄</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="414" />
            <source>Give the reason why the payment failed or is pending</source>
            <translation>請填寫支付失敗或待確認的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="415" />
            <source>paid_at: give a time with its zone</source>
            <translation>支付時間：須帶時區</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="416" />
            <source>The payment time is in the future</source>
            <translation>支付時間不能晚於當前時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="417" />
            <source>Order {order_no} is {status}; no payment can be recorded on it</source>
            <translation>訂單 {order_no} 狀態為 {status}，不能再登記付款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="418" />
            <source>Paid {amount} is more than the {due} still due on order {order_no}</source>
            <translation>付款 {amount} 超過訂單 {order_no} 的待付金額 {due}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="419" />
            <source>No payment with id {payment_id}</source>
            <translation>找不到付款記錄 {payment_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="420" />
            <source>This payment is {status}, not pending</source>
            <translation>該付款狀態為 {status}，不是待確認</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="421" />
            <source>Give the reason why the payment failed</source>
            <translation>請填寫支付失敗的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="422" />
            <source>This payment was settled by another workstation just now</source>
            <translation>該付款剛剛已被另一臺工作站處理</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="423" />
            <source>Unknown payment status</source>
            <translation>未知的付款狀態</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="430" />
            <source>ZPL labels print on a label roll, not on A4</source>
            <translation>ZPL 面單隻能列印在面單捲紙上，不能列印在 A4 紙上</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="431" />
            <source>Unknown label paper {sheet}</source>
            <translation>未知的面單紙張 {sheet}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="439" />
            <source>{key}: enter an amount such as 2000.00</source>
            <translation>{key}：請輸入金額，例如 2000.00</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="440" />
            <source>{key}: enter a whole number from {minimum} to {maximum}</source>
            <translation>{key}：請輸入 {minimum} 到 {maximum} 之間的整數</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="441" />
            <source>Expected a list of order ids</source>
            <translation>需要訂單編號列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="442" />
            <source>No review rule {code}</source>
            <translation>沒有審單規則 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="443" />
            <source>A rule either holds or flags an order, not {action}</source>
            <translation>規則只能掛起或標記訂單，不能是 {action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="455" />
            <source>Choose one of {choices}</source>
            <translation>請從以下選項中選擇：{choices}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="456" />
            <source>Enter one e-mail address</source>
            <translation>請只填寫一個郵箱地址</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="457" />
            <source>Write the time as HH:MM, e.g. 08:30</source>
            <translation>時間格式為 時:分，例如 08:30</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="460" />
            <source>Not an e-mail address: {address}</source>
            <translation>不是有效的郵箱地址：{address}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="461" />
            <source>Unknown exception kind: {kind}</source>
            <translation>未知的異常型別：{kind}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="466" />
            <source>Write each carrier as CODE=days (1-60), separated by commas: {part}</source>
            <translation>請按“快遞程式碼=天數（1-60）”填寫，用逗號分隔：{part}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="467" />
            <source>Tracking number: 4-40 letters, digits or -, no spaces ({value})</source>
            <translation>運單號：4-40 個字母、數字或 -，不能有空格（{value}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="468" />
            <source>Order {order_no} is {status}: a parcel can be created once it is confirmed and before it ships</source>
            <translation>訂單 {order_no} 的狀態為 {status}：訂單確認後、發貨前才能建立包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="469" />
            <source>Order {order_no} is on hold ({reason})</source>
            <translation>訂單 {order_no} 已掛起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="470" />
            <source>Carrier {carrier} is not in use</source>
            <translation>快遞公司 {carrier} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="471" />
            <source>Give a reason</source>
            <translation>請填寫原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="472" />
            <source>The reason is longer than {max_len} characters</source>
            <translation>原因超過 {max_len} 個字元</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="473" />
            <source>The label of {tracking_no} was changed at another workstation; reload and retry</source>
            <translation>{tracking_no} 的面單已在其他工作站被修改，請重新整理後重試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="474" />
            <source>The label of {tracking_no} is voided already</source>
            <translation>{tracking_no} 的面單已作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="475" />
            <source>Parcel {tracking_no} is with the carrier already ({status}); it cannot be voided</source>
            <translation>包裹 {tracking_no} 已交給快遞公司（{status}），不能作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="476" />
            <source>The tracking-number pool of {carrier} hands out numbers already in use</source>
            <translation>{carrier} 的電子面單號段分配出的單號已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="477" />
            <source>Tracking number {tracking_no} is already used for {carrier}</source>
            <translation>運單號 {tracking_no} 在 {carrier} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="478" />
            <source>Enter an order number</source>
            <translation>請輸入訂單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="479" />
            <source>{carrier} has no tracking-number pool: enter the tracking number</source>
            <translation>{carrier} 沒有電子面單號段，請輸入運單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="480" />
            <source>Parcel {tracking_no} has no logistics exception to handle</source>
            <translation>包裹 {tracking_no} 沒有需要處理的物流異常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="481" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 倉庫中 {sku} 僅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="482" />
            <source>No stock balance for product {product_id} in warehouse {warehouse_id}</source>
            <translation>商品 {product_id} 在倉庫 {warehouse_id} 中沒有庫存餘額</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="483" />
            <source>Order {id} not found</source>
            <translation>找不到訂單 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="484" />
            <source>Order {order_no} is not waiting for confirmation</source>
            <translation>訂單 {order_no} 不在待確認狀態</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="485" />
            <source>No warehouse can send stock for order {order_no}</source>
            <translation>沒有倉庫能為訂單 {order_no} 調出庫存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="486" />
            <source>No header with a tracking-number column (运单号 / tracking no) and a time column (时间 / time) in the first {rows} rows</source>
            <translation>前 {rows} 行中沒有找到包含運單號列（運單號 / tracking no）和時間列（時間 / time）的表頭</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="487" />
            <source>Cannot read {file}: unknown text encoding</source>
            <translation>無法讀取 {file}：未知的文字編碼</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="488" />
            <source>Cannot read the time {value}</source>
            <translation>無法識別時間 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="424" />
            <source>File not found: {path}</source>
            <translation>找不到檔案：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="425" />
            <source>Unsupported file type {suffix}: use xlsx, xls or csv</source>
            <translation>不支援的檔案型別 {suffix}：請使用 xlsx、xls 或 csv</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="426" />
            <source>{file} is larger than {size} MB</source>
            <translation>{file} 超過 {size} MB</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="489" />
            <source>Give the time of the event</source>
            <translation>請填寫軌跡時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="490" />
            <source>The event's time is in the future</source>
            <translation>軌跡時間晚於當前時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="491" />
            <source>Unknown tracking status {value}</source>
            <translation>無法識別的物流狀態 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="492" />
            <source>Cannot read {file}: {reason}</source>
            <translation>無法讀取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="493" />
            <source>The file has no status or description column</source>
            <translation>檔案中沒有狀態列或描述列</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="494" />
            <source>The time {value} is in the future</source>
            <translation>時間 {value} 晚於當前時間</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="495" />
            <source>The label of {tracking_no} was voided</source>
            <translation>{tracking_no} 的面單已作廢</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="496" />
            <source>This event is recorded already</source>
            <translation>這條軌跡已經記錄過</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="403" />
            <source>No tracking number</source>
            <translation>缺少運單號</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="406" />
            <source>Unknown tracking number {tracking_no}</source>
            <translation>未知的運單號 {tracking_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="407" />
            <source>Tracking number {tracking_no} belongs to several carriers; import the file for one carrier</source>
            <translation>運單號 {tracking_no} 屬於多家快遞公司，請按單個快遞公司匯入檔案</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="501" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>該記錄已被他人修改，請重新整理後重試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="503" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>資料庫繁忙（已重試 {attempts} 次），請稍後再試</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="504" />
            <source>Database error: {reason}</source>
            <translation>資料庫錯誤：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="103" />
            <source>Kuaidan</source>
            <translation>快單</translation>
        </message>
    </context>
</TS>
