<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="242" />
            <source>Adjust stock</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="250" />
            <source>Negative takes stock off the shelf, positive adds</source>
            <translation>负数为减少库存，正数为增加</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Lost</source>
            <translation>丢失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Found</source>
            <translation>盘盈找回</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="255" />
            <source>Sample</source>
            <translation>样品领用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="256" />
            <source>Expired</source>
            <translation>过期</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="258" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="259" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="260" />
            <source>&amp;Change (±):</source>
            <translation>调整数量 ±(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="261" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="262" />
            <source>Adjust</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="271" />
            <source>Choose a SKU first.</source>
            <translation>请先选择 SKU。</translation>
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
            <translation>售后</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="17" />
            <source>Return</source>
            <translation>退货退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="18" />
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="19" />
            <source>Resend</source>
            <translation>补发</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="20" />
            <source>Refund only</source>
            <translation>仅退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="27" />
            <source>Requested</source>
            <translation>已申请</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="28" />
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="29" />
            <source>Awaiting return</source>
            <translation>待买家寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="30" />
            <source>Received</source>
            <translation>已收货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="31" />
            <source>Inspected</source>
            <translation>已验货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="32" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="33" />
            <source>Sent again</source>
            <translation>已发出</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="34" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="35" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="52" />
            <source>&amp;Send the exchange…</source>
            <translation>发出换货(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="54" />
            <source>&amp;Approve</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="55" />
            <source>Re&amp;ject…</source>
            <translation>拒绝(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="56" />
            <source>Awaiting re&amp;turn</source>
            <translation>等待寄回(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="57" />
            <source>Re&amp;ceive goods…</source>
            <translation>收货(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="58" />
            <source>&amp;Inspection done</source>
            <translation>验货完成(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="59" />
            <source>Mark &amp;refunded</source>
            <translation>标记已退款(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="60" />
            <source>Re&amp;send…</source>
            <translation>补发(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="61" />
            <source>C&amp;lose case</source>
            <translation>关闭售后单(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="69" />
            <source>approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="70" />
            <source>rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="71" />
            <source>marked awaiting return</source>
            <translation>标记为待寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="72" />
            <source>received</source>
            <translation>收货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="73" />
            <source>inspected</source>
            <translation>验货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="74" />
            <source>marked refunded</source>
            <translation>标记为已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="75" />
            <source>sent again</source>
            <translation>发出替换商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="76" />
            <source>closed</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="83" />
            <source>Arrived damaged</source>
            <translation>到货破损</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="84" />
            <source>Defective or poor quality</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="85" />
            <source>Wrong item sent</source>
            <translation>发错货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="86" />
            <source>Item missing from the parcel</source>
            <translation>少件/漏发</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="87" />
            <source>Wrong size or does not fit</source>
            <translation>尺码不合适</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="88" />
            <source>Not as described</source>
            <translation>与描述不符</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="89" />
            <source>Changed mind (7-day no-reason return)</source>
            <translation>七天无理由退货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="92" />
            <source>Lost in transit</source>
            <translation>运输途中丢件</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="93" />
            <source>Delivered late</source>
            <translation>送达延迟</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="94" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="101" />
            <source>Resellable</source>
            <translation>可二次销售</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="102" />
            <source>Damaged</source>
            <translation>残损</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="109" />
            <source>Waiting for approval</source>
            <translation>待审批</translation>
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
            <translation>退款已驳回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="119" />
            <source>After-sales case opened</source>
            <translation>创建售后单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="120" />
            <source>After-sales case approved</source>
            <translation>售后单已同意</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="121" />
            <source>After-sales case rejected</source>
            <translation>售后单已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="122" />
            <source>Awaiting the return</source>
            <translation>等待买家寄回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="123" />
            <source>Return received</source>
            <translation>退货已收到</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="124" />
            <source>Returned to stock</source>
            <translation>退货入库</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="125" />
            <source>Returned to quarantine</source>
            <translation>退货入隔离区</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="126" />
            <source>Return inspected</source>
            <translation>退货已验货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="127" />
            <source>After-sales case refunded</source>
            <translation>售后已退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="128" />
            <source>Replacement sent</source>
            <translation>已发出替换商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="129" />
            <source>After-sales case closed</source>
            <translation>售后单已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="130" />
            <source>Replacement for after-sales case</source>
            <translation>售后替换订单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="133" />
            <source>Refund requested</source>
            <translation>申请退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="143" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="144" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="145" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="146" />
            <source>Shipping</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="147" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="148" />
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="149" />
            <source>Case no</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="150" />
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/labels.py" line="151" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="35" />
            <source>Select a refund that waits for approval</source>
            <translation>请选择一笔待审批的退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="37" />
            <source>This refund is already decided</source>
            <translation>该退款已处理</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="38" />
            <source>Your role may not approve refunds</source>
            <translation>您的角色无权审批退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="39" />
            <source>You requested this refund; someone else must approve it</source>
            <translation>这笔退款是您申请的，须由他人审批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="42" />
            <source>Above the supervisor threshold: a supervisor must approve it</source>
            <translation>超过主管审批额度：须由主管审批</translation>
        </message>
    </context>
    <context>
        <name>AftersalesQueues</name>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="53" />
            <source>&amp;Open case</source>
            <translation>打开售后单(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="55" />
            <source>Appro&amp;ve refund</source>
            <translation>批准退款(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="58" />
            <source>Reject re&amp;fund…</source>
            <translation>驳回退款(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="90" />
            <source>Open after-sales cases (%1)</source>
            <translation>处理中的售后单（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="93" />
            <source>Refunds waiting for approval (%1)</source>
            <translation>待审批的退款（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="108" />
            <source>Approve the selected refund (Ctrl+Shift+A)</source>
            <translation>批准选中的退款（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>Reject the refund</source>
            <translation>驳回退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/queues.py" line="154" />
            <source>Re&amp;ject</source>
            <translation>驳回(&amp;J)</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../ui/audit_labels.py" line="21" />
            <source>Order created</source>
            <translation>创建订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="22" />
            <source>Order edited</source>
            <translation>修改订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="23" />
            <source>Payment recorded on order</source>
            <translation>订单登记付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="24" />
            <source>Order approved</source>
            <translation>审核通过</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="25" />
            <source>Order returned for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="28" />
            <source>Order resubmitted</source>
            <translation>重新提交审核</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="29" />
            <source>Order confirmed (stock reserved)</source>
            <translation>确认订单（锁定库存）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="30" />
            <source>Order picked</source>
            <translation>订单拣货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="31" />
            <source>Order packed</source>
            <translation>订单打包</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="32" />
            <source>Order shipped</source>
            <translation>订单发货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="33" />
            <source>Order delivered</source>
            <translation>订单签收</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="34" />
            <source>Order completed</source>
            <translation>订单完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="35" />
            <source>Order cancelled</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="36" />
            <source>Order stock released</source>
            <translation>释放订单库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="37" />
            <source>Order put on hold</source>
            <translation>挂起订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="38" />
            <source>Order hold released</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="39" />
            <source>Review rules applied</source>
            <translation>执行审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="40" />
            <source>Order lines linked to SKUs</source>
            <translation>订单商品关联SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="41" />
            <source>Carrier assigned</source>
            <translation>指定快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="42" />
            <source>Orders merged</source>
            <translation>合并订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="43" />
            <source>Order merged into another</source>
            <translation>订单被合并</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="44" />
            <source>Order split</source>
            <translation>拆分订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="45" />
            <source>Packing checked by scan</source>
            <translation>扫描验货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="46" />
            <source>Payment recorded</source>
            <translation>登记付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="47" />
            <source>Payment problem resolved</source>
            <translation>处理付款异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="48" />
            <source>COD collected by carrier</source>
            <translation>快递代收货款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="49" />
            <source>COD remitted</source>
            <translation>代收货款回款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="50" />
            <source>Refund requested</source>
            <translation>申请退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="51" />
            <source>Refund approved</source>
            <translation>批准退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="52" />
            <source>Refund rejected</source>
            <translation>驳回退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="53" />
            <source>Goods received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="54" />
            <source>Stock reserved</source>
            <translation>锁定库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="55" />
            <source>Stock reservation released</source>
            <translation>释放库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="56" />
            <source>Stock shipped out</source>
            <translation>发货出库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="57" />
            <source>Return put back in stock</source>
            <translation>退货入库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="58" />
            <source>Return quarantined</source>
            <translation>退货隔离</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="59" />
            <source>Stock adjusted</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="60" />
            <source>Transfer sent out</source>
            <translation>调拨出库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="61" />
            <source>Transfer received in</source>
            <translation>调拨入库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="62" />
            <source>Stocktake posted</source>
            <translation>盘点过账</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="63" />
            <source>Stock figures repaired</source>
            <translation>库存修复</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="64" />
            <source>Stock level settings changed</source>
            <translation>修改库存设置</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="65" />
            <source>Transfer created</source>
            <translation>创建调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="66" />
            <source>Transfer dispatched</source>
            <translation>调拨发出</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="67" />
            <source>Transfer received</source>
            <translation>调拨收货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="68" />
            <source>Transfer cancelled</source>
            <translation>取消调拨</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="69" />
            <source>Stock count started</source>
            <translation>创建盘点</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="70" />
            <source>Count recorded</source>
            <translation>录入盘点数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="71" />
            <source>Stock count posted</source>
            <translation>盘点过账完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="72" />
            <source>Stock count cancelled</source>
            <translation>取消盘点</translation>
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
            <translation>新建仓库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="77" />
            <source>Warehouse changed</source>
            <translation>修改仓库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="78" />
            <source>Pick wave created</source>
            <translation>创建拣货波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="79" />
            <source>Pick wave picked</source>
            <translation>波次拣货完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="80" />
            <source>Pick wave closed</source>
            <translation>关闭波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="81" />
            <source>Parcel label created</source>
            <translation>生成快递面单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="82" />
            <source>Parcel weighed</source>
            <translation>包裹称重</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="83" />
            <source>Parcels handed to carrier</source>
            <translation>交接快递</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="84" />
            <source>Parcel label voided</source>
            <translation>作废面单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="85" />
            <source>Parcel label reprinted</source>
            <translation>重打面单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="86" />
            <source>Parcel status changed</source>
            <translation>包裹状态更新</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="87" />
            <source>Parcel delivered</source>
            <translation>包裹签收</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="88" />
            <source>Parcel problem handled</source>
            <translation>处理物流异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="89" />
            <source>Tracking event added</source>
            <translation>添加物流轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="90" />
            <source>Tracking file imported</source>
            <translation>导入物流轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="91" />
            <source>Carrier created</source>
            <translation>新建快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="92" />
            <source>Carrier changed</source>
            <translation>修改快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="93" />
            <source>Carrier service created</source>
            <translation>新建快递服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="94" />
            <source>Carrier service changed</source>
            <translation>修改快递服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="95" />
            <source>Carrier service deleted</source>
            <translation>删除快递服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="96" />
            <source>Carrier rule created</source>
            <translation>新建快递分配规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="97" />
            <source>Carrier rule changed</source>
            <translation>修改快递分配规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="98" />
            <source>Carrier rule deleted</source>
            <translation>删除快递分配规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="99" />
            <source>Shipping rate created</source>
            <translation>新建运费规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="100" />
            <source>Shipping rate changed</source>
            <translation>修改运费规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="101" />
            <source>Shipping rate deleted</source>
            <translation>删除运费规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="102" />
            <source>Tracking number pool created</source>
            <translation>新建单号池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="103" />
            <source>Tracking number pool changed</source>
            <translation>修改单号池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="104" />
            <source>Customer created</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="105" />
            <source>Customer changed</source>
            <translation>修改客户资料</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="106" />
            <source>Customers merged</source>
            <translation>合并客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="107" />
            <source>Orders linked to customers</source>
            <translation>订单关联客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="108" />
            <source>Buyer account linked</source>
            <translation>关联买家账号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="109" />
            <source>Personal data revealed</source>
            <translation>查看完整个人信息</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="110" />
            <source>Customer blacklist changed</source>
            <translation>修改客户黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="111" />
            <source>Ticket created</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="112" />
            <source>Ticket changed</source>
            <translation>修改工单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="113" />
            <source>Ticket status changed</source>
            <translation>工单状态变更</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="114" />
            <source>Ticket priority changed</source>
            <translation>修改工单优先级</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="115" />
            <source>Ticket assigned</source>
            <translation>指派工单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="116" />
            <source>Ticket reply</source>
            <translation>工单回复</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="117" />
            <source>Ticket rated</source>
            <translation>工单评价</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="118" />
            <source>Ticket linked to an order</source>
            <translation>工单关联订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="119" />
            <source>Ticket linked to a case</source>
            <translation>工单关联售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="120" />
            <source>Reply template created</source>
            <translation>新建回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="121" />
            <source>Reply template changed</source>
            <translation>修改回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="122" />
            <source>Reply template deleted</source>
            <translation>删除回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="123" />
            <source>After-sales case created</source>
            <translation>新建售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="124" />
            <source>Returned item received</source>
            <translation>收到退货商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="125" />
            <source>After-sales case approved</source>
            <translation>售后单审核通过</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="126" />
            <source>After-sales case rejected</source>
            <translation>驳回售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="127" />
            <source>Waiting for the return</source>
            <translation>等待退货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="128" />
            <source>Return received</source>
            <translation>退货已收到</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="129" />
            <source>Return inspected</source>
            <translation>退货质检</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="130" />
            <source>Case refunded</source>
            <translation>售后退款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="131" />
            <source>Replacement sent</source>
            <translation>补发商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="132" />
            <source>After-sales case closed</source>
            <translation>关闭售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="133" />
            <source>Import started</source>
            <translation>开始导入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="134" />
            <source>Orders imported (part)</source>
            <translation>导入订单（分批）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="135" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="136" />
            <source>Import resumed</source>
            <translation>继续导入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="137" />
            <source>Import profile saved</source>
            <translation>保存导入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="138" />
            <source>Import profile deleted</source>
            <translation>删除导入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="139" />
            <source>SKU mapping saved</source>
            <translation>保存SKU对应</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="140" />
            <source>SKU mapping deleted</source>
            <translation>删除SKU对应</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="141" />
            <source>Orders exported</source>
            <translation>导出订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="142" />
            <source>Shipping file exported</source>
            <translation>导出发货文件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="143" />
            <source>Audit log exported</source>
            <translation>导出操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="144" />
            <source>Exception assigned</source>
            <translation>指派异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="145" />
            <source>Exception handled</source>
            <translation>处理异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="146" />
            <source>Review rule changed</source>
            <translation>修改审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="147" />
            <source>Setting changed</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="148" />
            <source>Saved view saved</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="149" />
            <source>Saved view deleted</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="150" />
            <source>User created</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="151" />
            <source>User changed</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="152" />
            <source>Logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="153" />
            <source>Login failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="154" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="155" />
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="156" />
            <source>Account unlocked</source>
            <translation>解锁账号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="157" />
            <source>Backup made</source>
            <translation>创建备份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="158" />
            <source>Backup verified</source>
            <translation>校验备份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="159" />
            <source>Backup restored</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="160" />
            <source>Restore started</source>
            <translation>开始恢复备份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="161" />
            <source>Restore failed</source>
            <translation>恢复备份失败</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="162" />
            <source>Moving the data to another database failed</source>
            <translation>迁移数据到其他数据库失败</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="165" />
            <source>Data moved in from another database</source>
            <translation>从其他数据库迁入</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="168" />
            <source>Data moved to another database</source>
            <translation>迁出到其他数据库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="171" />
            <source>Demo data generated</source>
            <translation>生成演示数据</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="172" />
            <source>Alert mail password changed</source>
            <translation>修改预警邮件密码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="173" />
            <source>Failed alert mails sent again</source>
            <translation>重发失败的预警邮件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="179" />
            <location filename="../../ui/audit_labels.py" line="215" />
            <source>Order</source>
            <translation>订单</translation>
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
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="184" />
            <location filename="../../ui/audit_labels.py" line="228" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="185" />
            <location filename="../../ui/audit_labels.py" line="227" />
            <source>Customer</source>
            <translation>客户</translation>
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
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="188" />
            <source>Stock level</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="189" />
            <location filename="../../ui/audit_labels.py" line="219" />
            <source>Transfer</source>
            <translation>调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="190" />
            <location filename="../../ui/audit_labels.py" line="220" />
            <source>Stock count</source>
            <translation>盘点单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="191" />
            <location filename="../../ui/audit_labels.py" line="223" />
            <source>Pick wave</source>
            <translation>拣货波次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="192" />
            <location filename="../../ui/audit_labels.py" line="226" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="193" />
            <location filename="../../ui/audit_labels.py" line="234" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="194" />
            <location filename="../../ui/audit_labels.py" line="233" />
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="195" />
            <location filename="../../ui/audit_labels.py" line="230" />
            <source>Import</source>
            <translation>导入批次</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="196" />
            <location filename="../../ui/audit_labels.py" line="232" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="197" />
            <source>Carrier service</source>
            <translation>快递服务</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="198" />
            <source>Carrier rule</source>
            <translation>快递分配规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="199" />
            <source>Shipping rate</source>
            <translation>运费规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="200" />
            <source>Tracking number pool</source>
            <translation>单号池</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="201" />
            <source>Reply template</source>
            <translation>回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="202" />
            <source>Import profile</source>
            <translation>导入方案</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="203" />
            <source>SKU mapping</source>
            <translation>SKU对应</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="204" />
            <source>Review rule</source>
            <translation>审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="205" />
            <source>Saved view</source>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="206" />
            <location filename="../../ui/audit_labels.py" line="235" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="207" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="208" />
            <location filename="../../ui/audit_labels.py" line="236" />
            <source>Alert mail</source>
            <translation>预警邮件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="209" />
            <source>Audit log</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="218" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="225" />
            <source>Tracking</source>
            <translation>物流轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="231" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="267" />
            <source>assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="268" />
            <source>audit sequence</source>
            <translation>审计序号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="269" />
            <source>bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="270" />
            <source>bins</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="271" />
            <source>blacklist reason</source>
            <translation>黑名单原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="272" />
            <location filename="../../ui/audit_labels.py" line="325" />
            <source>message</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="275" />
            <source>after-sales case</source>
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="276" />
            <source>case number</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="277" />
            <source>cases moved</source>
            <translation>转移的售后单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="278" />
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="279" />
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="280" />
            <source>channel buyer ID</source>
            <translation>平台买家ID</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="281" />
            <source>checkpoint row</source>
            <translation>断点行</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="282" />
            <source>code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="283" />
            <source>columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="284" />
            <source>unit cost</source>
            <translation>单位成本</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="285" />
            <source>count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="286" />
            <source>counter</source>
            <translation>计数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="287" />
            <source>created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="288" />
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="289" />
            <source>customers created</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="290" />
            <source>delivered at</source>
            <translation>签收时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="291" />
            <source>disposition</source>
            <translation>处置方式</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="292" />
            <source>duplicates</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="293" />
            <source>duplicates skipped</source>
            <translation>跳过的重复</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="294" />
            <source>end</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="295" />
            <source>days to deliver</source>
            <translation>预计天数</translation>
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
            <translation>全部人员记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="299" />
            <source>exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="300" />
            <source>expected</source>
            <translation>预期</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="301" />
            <source>failed attempts</source>
            <translation>失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="303" />
            <source>file name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="304" />
            <source>file checksum</source>
            <translation>文件校验值</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="305" />
            <source>filter</source>
            <translation>筛选条件</translation>
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
            <translation>提供的买家ID</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="309" />
            <source>held</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="311" />
            <source>internal</source>
            <translation>内部</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="312" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="313" />
            <source>blacklisted</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="314" />
            <source>on hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="315" />
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="316" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="317" />
            <source>label status</source>
            <translation>面单状态</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="319" />
            <source>lines created</source>
            <translation>新建明细</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="320" />
            <source>locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="321" />
            <source>column mapping</source>
            <translation>列映射</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="322" />
            <source>merged customer</source>
            <translation>被合并客户</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="323" />
            <source>merged customer name</source>
            <translation>被合并客户姓名</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="324" />
            <source>merged into</source>
            <translation>合并到</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="326" />
            <source>method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="329" />
            <source>order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="330" />
            <location filename="../../ui/audit_labels.py" line="332" />
            <source>orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="333" />
            <source>orders created</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="334" />
            <source>orders moved</source>
            <translation>转移的订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="335" />
            <source>origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="336" />
            <source>owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="337" />
            <source>paid amount</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="338" />
            <source>paid at</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="339" />
            <source>payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="340" />
            <source>personal data</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="341" />
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="342" />
            <source>platform SKU</source>
            <translation>平台SKU</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="343" />
            <source>prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="344" />
            <source>priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="345" />
            <source>problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="346" />
            <source>product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="348" />
            <source>rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="350" />
            <source>reason code</source>
            <translation>原因代码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="351" />
            <source>reference</source>
            <translation>参考号</translation>
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
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="355" />
            <source>remitted amount</source>
            <translation>回款金额</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="356" />
            <source>resolved at</source>
            <translation>解决时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="357" />
            <source>revealed</source>
            <translation>已查看</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="360" />
            <source>rows failed</source>
            <translation>失败行数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="361" />
            <source>rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="362" />
            <source>safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="363" />
            <source>scans</source>
            <translation>扫描</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="364" />
            <source>seconds</source>
            <translation>秒数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="365" />
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="366" />
            <source>parcels</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="367" />
            <source>shipped at</source>
            <translation>发货时间</translation>
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
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="371" />
            <source>sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="372" />
            <source>split into</source>
            <translation>拆分为</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="373" />
            <source>start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="374" />
            <source>state</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="375" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="395" />
            <source>replacement order</source>
            <translation>补发订单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="396" />
            <source>received</source>
            <translation>已收货</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="397" />
            <source>price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="398" />
            <source>barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="399" />
            <source>e-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="401" />
            <source>tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="402" />
            <source>unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="403" />
            <source>discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="404" />
            <source>shipping fee</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="405" />
            <source>currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="406" />
            <source>cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="407" />
            <source>remark</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="408" />
            <source>buyer note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="409" />
            <source>seller note</source>
            <translation>卖家备注</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="328" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="349" />
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="347" />
            <source>quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="266" />
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="380" />
            <source>total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="327" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="358" />
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="331" />
            <source>order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="381" />
            <source>tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="382" />
            <source>tracking numbers</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="385" />
            <location filename="../../ui/audit_labels.py" line="386" />
            <source>warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="273" />
            <location filename="../../ui/audit_labels.py" line="274" />
            <source>carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="318" />
            <source>order lines</source>
            <translation>订单明细</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="376" />
            <source>subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="377" />
            <source>ticket number</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="378" />
            <source>tickets moved</source>
            <translation>转移的工单</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="379" />
            <source>to</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="383" />
            <source>uncovered</source>
            <translation>未覆盖</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="384" />
            <source>user name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="387" />
            <source>wave number</source>
            <translation>波次号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="388" />
            <source>weight (g)</source>
            <translation>重量（克）</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="389" />
            <source>width</source>
            <translation>宽度</translation>
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
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="393" />
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="310" />
            <source>hold reason</source>
            <translation>挂起原因</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="359" />
            <source>rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../ui/audit_labels.py" line="302" />
            <source>file</source>
            <translation>文件</translation>
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
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="77" />
            <source>My actions</source>
            <translation>我的操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="82" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="93" />
            <source>Only my actions</source>
            <translation>仅我的操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="97" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="104" />
            <source>Any object</source>
            <translation>全部对象</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="109" />
            <location filename="../../ui/audit_view.py" line="301" />
            <source>Number or id</source>
            <translation>单号或编号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="115" />
            <source>All time</source>
            <translation>全部时间</translation>
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
            <translation>用户：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="134" />
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="135" />
            <source>Object:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="137" />
            <source>Period:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="148" />
            <location filename="../../ui/audit_view.py" line="300" />
            <source>User</source>
            <translation>用户</translation>
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
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="149" />
            <source>Changes</source>
            <translation>修改内容</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="170" />
            <source>&amp;More</source>
            <translation>更多(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="173" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="176" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="262" />
            <source>%1 entries shown</source>
            <translation>显示 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="264" />
            <source>more below</source>
            <translation>下面还有</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="293" />
            <location filename="../../ui/audit_view.py" line="310" />
            <source>Export the audit log</source>
            <translation>导出操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="293" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel 文件 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="301" />
            <location filename="../../ui/audit_view.py" line="329" />
            <source>Field</source>
            <translation>字段</translation>
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
            <translation>修改后</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="302" />
            <location filename="../../ui/audit_view.py" line="328" />
            <source>Entry no.</source>
            <translation>记录号</translation>
        </message>
        <message>
            <location filename="../../ui/audit_view.py" line="311" />
            <source>%1 rows written to %2</source>
            <translation>已写入 %1 行到 %2</translation>
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
            <translation>文件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="40" />
            <source>Made at: %1 by %2 on %3</source>
            <translation>创建时间：%1，创建人 %2，电脑 %3</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="44" />
            <source>From: %1 (%2)</source>
            <translation>来源：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="47" />
            <source>Kuaidan %1, schema %2</source>
            <translation>快单 %1，数据结构 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="50" />
            <source>Audit chain head: seq %1</source>
            <translation>审计链头：序号 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="53" />
            <source>Rows: %1 in %2 tables</source>
            <translation>行数：%1（%2 个数据表）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="135" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="137" />
            <source>Restore &amp;drill</source>
            <translation>恢复演练(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="140" />
            <source>Verify the newest backup: restore it into a temporary database and check it</source>
            <translation>验证最新备份：恢复到临时数据库并检查</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="142" />
            <source>&amp;Verify selected</source>
            <translation>验证所选(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="144" />
            <source>&amp;Restore selected…</source>
            <translation>恢复所选(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="146" />
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="235" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="236" />
            <source>Made at</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="237" />
            <source>By</source>
            <translation>创建人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="238" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="239" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="240" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="241" />
            <source>Verified</source>
            <translation>验证结果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="197" />
            <source>none yet</source>
            <translation>尚无</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="201" />
            <source>every %1 hours</source>
            <translation>每 %1 小时</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="203" />
            <source>no schedule</source>
            <translation>未设定计划</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="206" />
            <source>made here</source>
            <translation>由本机执行</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="208" />
            <source>made by %1</source>
            <translation>由 %1 执行</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="208" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="211" />
            <source>Last backup: %1 · Schedule: %2, %3 · Folder: %4</source>
            <translation>上次备份：%1 · 计划：%2，%3 · 文件夹：%4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="228" />
            <source>not yet</source>
            <translation>尚未验证</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="229" />
            <source>✔ ok</source>
            <translation>✔ 正常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="229" />
            <source>✘ failed</source>
            <translation>✘ 失败</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="226" />
            <source>✘ unusable</source>
            <translation>✘ 不可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="221" />
            <source>No backups in this folder yet.</source>
            <translation>此文件夹中还没有备份。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="259" />
            <source>Backup written: %1 (%2 MB, %3 s)</source>
            <translation>备份已写入：%1（%2 MB，%3 秒）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="266" />
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="285" />
            <source>Restore drill</source>
            <translation>恢复演练</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="285" />
            <source>No backup yet.</source>
            <translation>还没有备份。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="296" />
            <source>Verifying %1…</source>
            <translation>正在验证 %1…</translation>
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
            <translation>%1 验证通过：可以恢复且检查无误（%2 秒）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="309" />
            <source>%1 HAS PROBLEMS (%2 s).</source>
            <translation>%1 有问题（%2 秒）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="315" />
            <source>Verifying a backup</source>
            <translation>正在验证备份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="325" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="335" />
            <source>Restoring %1…</source>
            <translation>正在恢复 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="340" />
            <source>Restored %1. The database as it was before is in %2. Kuaidan reloads now: log in again.</source>
            <translation>已恢复 %1。恢复前的数据库已保存在 %2。快单将重新加载：请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="351" />
            <source>Restoring a backup</source>
            <translation>正在恢复备份</translation>
        </message>
    </context>
    <context>
        <name>BackupWatcher</name>
        <message>
            <location filename="../../ui/backup_watch.py" line="86" />
            <source>⚠ No backup yet</source>
            <translation>⚠ 尚无备份</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="88" />
            <source>⚠ Last backup %1 (cycle %2 h)</source>
            <translation>⚠ 上次备份 %1（周期 %2 小时）</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="96" />
            <source>⛔ %1 is restoring the database: please wait</source>
            <translation>⛔ %1 正在恢复数据库：请稍候</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="100" />
            <source>⛔ Unfinished copy of a migration: do not use this database</source>
            <translation>⛔ 迁移未完成的副本：请勿使用此数据库</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="117" />
            <source>The database was restored from a backup. Kuaidan reloads: log in again.</source>
            <translation>数据库已从备份恢复。快单将重新加载：请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="142" />
            <source>⚠ Scheduled backup failed: %1</source>
            <translation>⚠ 定时备份失败：%1</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="146" />
            <source>Scheduled backup</source>
            <translation>定时备份</translation>
        </message>
        <message>
            <location filename="../../ui/backup_watch.py" line="161" />
            <source>Database restored</source>
            <translation>数据库已恢复</translation>
        </message>
    </context>
    <context>
        <name>BatchResultDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="323" />
            <source>%1: result</source>
            <translation>%1：结果</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="324" />
            <source>%1 of %2 orders done, %3 failed.</source>
            <translation>%2 个订单中已完成 %1 个，失败 %3 个。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="331" />
            <source>Stopped before the end: the rest was not touched.</source>
            <translation>已中途停止：其余订单未处理。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="336" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="337" />
            <source>Why it failed</source>
            <translation>失败原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="348" />
            <source>&amp;Retry failed</source>
            <translation>重试失败项(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="582" />
            <source>Suggested: %1, %2, %3</source>
            <translation>建议：%1，%2，%3</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="587" />
            <source>No carrier has a rate for this destination.</source>
            <translation>没有快递公司设置了到该地区的运费。</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="607" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="608" />
            <source>Price</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="610" />
            <source>Delivery</source>
            <translation>时效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="612" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="593" />
            <source>suggested</source>
            <translation>建议</translation>
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
            <translation>当前</translation>
        </message>
    </context>
    <context>
        <name>CarrierEditorDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="480" />
            <source>Carriers and rates</source>
            <translation>快递公司与运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="493" />
            <source>&amp;New carrier…</source>
            <translation>新建快递公司(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="494" />
            <source>&amp;Edit carrier…</source>
            <translation>编辑快递公司(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="495" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="552" />
            <source>In use on/off</source>
            <translation>启用 / 停用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="673" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="722" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="674" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="722" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="502" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="506" />
            <source>Days</source>
            <translation>时效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="519" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="716" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="504" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="785" />
            <source>Region</source>
            <translation>地区</translation>
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
            <translation>首重价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="789" />
            <source>Step (g)</source>
            <translation>续重(克)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="505" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="787" />
            <source>Step price</source>
            <translation>续重价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="861" />
            <source>Prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="862" />
            <source>From</source>
            <translation>起始号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="863" />
            <source>To</source>
            <translation>结束号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="511" />
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="512" />
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="512" />
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Position</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="517" />
            <source>Warehouse</source>
            <translation>仓库</translation>
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
            <translation>最低金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="518" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="666" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="519" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="911" />
            <source>Enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="539" />
            <source>Add service…</source>
            <translation>添加服务…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="540" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="546" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="558" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="541" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="547" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="559" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="542" />
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="545" />
            <source>Add rate…</source>
            <translation>添加运费…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="548" />
            <source>Rate table</source>
            <translation>运费表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="551" />
            <source>Add number range…</source>
            <translation>添加单号段…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="553" />
            <source>Tracking numbers</source>
            <translation>电子面单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="555" />
            <source>Carriers</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="557" />
            <source>Add rule…</source>
            <translation>添加规则…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="560" />
            <source>Automatic carrier choice</source>
            <translation>自动选择快递</translation>
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
            <translation>查件网址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="677" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="723" />
            <source>&amp;Code:</source>
            <translation>代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="678" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="724" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="679" />
            <source>&amp;Tracking page:</source>
            <translation>查件网址(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="725" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="797" />
            <source>&amp;Delivery days:</source>
            <translation>时效天数(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="747" />
            <source>Delete service</source>
            <translation>删除服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="748" />
            <source>Delete the service and its rates? Services used by parcels are kept.</source>
            <translation>删除该服务及其运费？已被包裹使用的服务不会删除。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="760" />
            <source>Rate</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="762" />
            <source>every service</source>
            <translation>所有服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="768" />
            <source>A province exactly as orders write it (广东省), or * for all</source>
            <translation>与订单中写法完全一致的省份（如 广东省），或 * 表示其他所有地区</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="791" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="940" />
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="792" />
            <source>&amp;Region:</source>
            <translation>地区(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="793" />
            <source>&amp;First weight:</source>
            <translation>首重(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="794" />
            <source>First &amp;price:</source>
            <translation>首重价格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="795" />
            <source>&amp;Each further:</source>
            <translation>每续重(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="796" />
            <source>Further p&amp;rice:</source>
            <translation>续重价格(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="820" />
            <source>Delete rate</source>
            <translation>删除运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="820" />
            <source>Delete this rate?</source>
            <translation>删除这条运费？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="830" />
            <source>Tracking-number range</source>
            <translation>电子面单号段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="843" />
            <source>Enter the first and last number of the range</source>
            <translation>请输入号段的起始号和结束号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="849" />
            <source>%1 … %2 (%3 numbers)</source>
            <translation>%1 … %2（共 %3 个单号）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="864" />
            <source>Digits</source>
            <translation>位数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="866" />
            <source>&amp;Prefix:</source>
            <translation>前缀(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="867" />
            <source>&amp;First number:</source>
            <translation>起始号(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="868" />
            <source>&amp;Last number:</source>
            <translation>结束号(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="869" />
            <source>&amp;Digits:</source>
            <translation>位数(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="870" />
            <source>Numbers:</source>
            <translation>单号：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="892" />
            <source>Carrier rule</source>
            <translation>快递规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="916" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="934" />
            <source>&amp;Position (lower first):</source>
            <translation>顺序(&amp;P)（小的优先）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="935" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="936" />
            <source>&amp;Province:</source>
            <translation>省份(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="937" />
            <source>&amp;Up to weight:</source>
            <translation>重量不超过(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="938" />
            <source>&amp;From order amount:</source>
            <translation>订单金额不低于(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="939" />
            <source>&amp;Carrier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="971" />
            <source>Delete rule</source>
            <translation>删除规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="971" />
            <source>Delete this rule?</source>
            <translation>删除这条规则？</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="108" />
            <source>After-sales case</source>
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="147" />
            <source>Lines</source>
            <translation>售后明细</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="167" />
            <source>&amp;Link ticket</source>
            <translation>关联工单(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="170" />
            <source>Tickets:</source>
            <translation>工单：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="180" />
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="182" />
            <source>&amp;Request refund…</source>
            <translation>申请退款(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="184" />
            <source>Request a refund on this case (Ctrl+R)</source>
            <translation>为此售后单申请退款（Ctrl+R）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="186" />
            <source>Appro&amp;ve refund</source>
            <translation>批准退款(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="189" />
            <source>Reject re&amp;fund…</source>
            <translation>驳回退款(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="213" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="225" />
            <location filename="../../ui/aftersales/case_editor.py" line="344" />
            <source>Approve the selected refund (Ctrl+Shift+A)</source>
            <translation>批准选中的退款（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="249" />
            <source>After-sales case %1</source>
            <translation>售后单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="258" />
            <source>Customer: %1</source>
            <translation>客户：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="259" />
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="260" />
            <source>Opened %1 by %2</source>
            <translation>%2 创建于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="276" />
            <source>%1: paid %2 · refunded %3 · waiting %4</source>
            <translation>%1：已付 %2 · 已退 %3 · 待审批 %4</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="285" />
            <source>Replacement order: %1</source>
            <translation>替换订单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="307" />
            <source>Waiting for the warehouse to receive the goods</source>
            <translation>等待仓库收货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="310" />
            <source>Waiting for the refund to be approved</source>
            <translation>等待退款审批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="311" />
            <source>Request the refund to finish the case</source>
            <translation>申请退款以完结售后单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="313" />
            <source>Waiting for a decision on the case</source>
            <translation>等待处理售后申请</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="379" />
            <source>Reject %1</source>
            <translation>拒绝 %1</translation>
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
            <translation>拒绝(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="402" />
            <source>Case %1: %2</source>
            <translation>售后单 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="413" />
            <source>Send the case's items again? A new order at no charge is created for the customer's address and waits for review.</source>
            <translation>重新发出售后单中的商品？将按客户地址生成一张免费的新订单，进入待审核。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="416" />
            <source>Resend</source>
            <translation>补发</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="448" />
            <source>Refund requested on case %1</source>
            <translation>已为售后单 %1 申请退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="462" />
            <source>Refund approved on case %1</source>
            <translation>已批准售后单 %1 的退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="469" />
            <source>Reject the refund</source>
            <translation>驳回退款</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="478" />
            <source>Refund rejected on case %1</source>
            <translation>已驳回售后单 %1 的退款</translation>
        </message>
    </context>
    <context>
        <name>CaseLinesModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="65" />
            <source>Order no</source>
            <translation>订单号</translation>
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
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Received</source>
            <translation>已收回</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Disposition</source>
            <translation>处置</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="66" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="67" />
            <source>Paid per piece</source>
            <translation>每件实付</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="67" />
            <source>Order status</source>
            <translation>订单状态</translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Case no</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="34" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="35" />
            <source>Pieces</source>
            <translation>件数</translation>
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
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Replacement order</source>
            <translation>替换订单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="36" />
            <source>Opened</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="39" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/accounts.py" line="48" />
            <location filename="../../ui/accounts.py" line="85" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="57" />
            <source>The password of %1 has expired. Choose a new one to continue.</source>
            <translation>%1 的密码已过期，请设置新密码后继续。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="62" />
            <source>Change the password of %1.</source>
            <translation>修改 %1 的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="69" />
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="73" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="74" />
            <source>&amp;Repeat new password:</source>
            <translation>再次输入新密码(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="87" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="106" />
            <source>Enter your current password.</source>
            <translation>请输入当前密码。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/accounts.py" line="108" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密码至少需要 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="110" />
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <location filename="../../ui/accounts.py" line="112" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../ui/i18n.py" line="96" />
            <source>Manual</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="97" />
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="98" />
            <source>Tmall</source>
            <translation>天猫</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="99" />
            <source>JD</source>
            <translation>京东</translation>
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
            <translation>亚马逊</translation>
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
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="75" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="76" />
            <source>Carrier</source>
            <translation>快递公司</translation>
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
            <translation>差额</translation>
        </message>
    </context>
    <context>
        <name>CodReportDialog</name>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="97" />
            <source>Cash on delivery by carrier</source>
            <translation>各快递代收货款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Parcels outstanding</source>
            <translation>未回款包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="101" />
            <source>Outstanding</source>
            <translation>未回款金额</translation>
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
            <translation>差额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="115" />
            <source>Remitted differs from collected:</source>
            <translation>回款与代收金额不符：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="119" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="196" />
            <source>Type or scan a phone number, its last 4 digits and the name, an order no, a tracking no or a customer name, then press Enter.</source>
            <translation>输入或扫描电话号码、尾号4位加姓名、订单号、运单号或客户姓名，然后按回车。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="230" />
            <source>Re&amp;veal</source>
            <translation>查看完整(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="233" />
            <source>Show the full phone numbers and addresses. Every reveal is audited.</source>
            <translation>显示完整电话和地址。每次查看都会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="249" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="250" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="251" />
            <source>Shop / buyer:</source>
            <translation>店铺 / 买家：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="252" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="253" />
            <source>Lifetime:</source>
            <translation>累计：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="257" />
            <source>&amp;New ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="259" />
            <source>New ticket for this customer (Ctrl+N)</source>
            <translation>为该客户新建工单 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="261" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="266" />
            <source>&amp;Merge duplicate…</source>
            <translation>合并重复客户(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="290" />
            <source>◀ Newer</source>
            <translation>◀ 较新</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="291" />
            <source>Older ▶</source>
            <translation>更早 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="295" />
            <source>&amp;Hold order…</source>
            <translation>挂起订单(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="297" />
            <source>Put the selected order on hold (e.g. address change)</source>
            <translation>挂起选中的订单（如客户改地址）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="306" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="311" />
            <source>Shipments</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="318" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="320" />
            <source>Cases &amp;&amp; refunds</source>
            <translation>售后与退款</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="324" />
            <source>Phones &amp;&amp; addresses used</source>
            <translation>用过的电话与地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="333" />
            <source>New after-sales &amp;case…</source>
            <translation>新建售后单(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="336" />
            <source>Return, exchange, resend or refund for this customer's orders (Ctrl+Shift+N)</source>
            <translation>为该客户的订单办理退货、换货、补发或退款（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="358" />
            <source>After-sales cases (Enter opens one)</source>
            <translation>售后单（回车打开）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="359" />
            <source>Refunds on this customer's orders</source>
            <translation>该客户订单的退款</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="416" />
            <source>Blacklisted: %1</source>
            <translation>黑名单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="419" />
            <source>Remove from &amp;blacklist…</source>
            <translation>移出黑名单(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="419" />
            <source>&amp;Blacklist…</source>
            <translation>加入黑名单(&amp;B)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="430" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="431" />
            <source>%n cancelled</source>
            <translation>
                <numerusform>已取消 %n 单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="432" />
            <source>spend %1</source>
            <translation>消费 %1</translation>
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
                <numerusform>售后 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="439" />
            <source>customer since %1</source>
            <translation>首单 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="448" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 个售后单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="450" />
            <source>%n refund(s)</source>
            <translation>
                <numerusform>%n 笔退款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service/customer_view.py" line="451" />
            <source>%n waiting for approval</source>
            <translation>
                <numerusform>%n 笔待审批</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="453" />
            <source>Tickets (%1)</source>
            <translation>工单 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="454" />
            <source>Shipments (%1)</source>
            <translation>发货 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="456" />
            <source>Cases &amp;&amp; refunds (%1)</source>
            <translation>售后与退款（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="477" />
            <source>Phone: %1</source>
            <translation>电话：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="479" />
            <source>Address: %1</source>
            <translation>地址：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="486" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 条，共 %3 条</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="492" />
            <source>No orders yet</source>
            <translation>暂无订单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="495" />
            <source>Orders (%1)</source>
            <translation>订单 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="517" />
            <source>Select the order to hold first.</source>
            <translation>请先选择要挂起的订单。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="529" />
            <source>Put %1 on hold</source>
            <translation>已挂起 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="635" />
            <source>Blacklist</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="636" />
            <source>Take %1 off the blacklist? Their orders are no longer flagged.</source>
            <translation>将 %1 移出黑名单？其订单将不再被标记。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="645" />
            <source>Blacklist %1</source>
            <translation>将 %1 加入黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="649" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="650" />
            <source>&amp;Blacklist</source>
            <translation>加入黑名单(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="676" />
            <source>Merge customers</source>
            <translation>合并客户</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../ui/login.py" line="312" />
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="313" />
            <source>Password for %1:</source>
            <translation>%1 的密码：</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <location filename="../../ui/kit/dialog.py" line="57" />
            <source>OK</source>
            <translation>确定</translation>
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
                <numerusform>%n 个订单：%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="321" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="322" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="323" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="324" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="325" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="81" />
            <source>Filter: row, column, value or reason</source>
            <translation>筛选：行号、列、值或原因</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="115" />
            <source>Every problem</source>
            <translation>全部问题</translation>
        </message>
    </context>
    <context>
        <name>ExceptionCenter</name>
        <message>
            <location filename="../../ui/exception_center.py" line="39" />
            <source>Pending review too long</source>
            <translation>待审核超时</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="42" />
            <source>Approved, not confirmed</source>
            <translation>已审核未确认</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="43" />
            <source>Not shipped by the promise</source>
            <translation>超时未发货</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="46" />
            <source>Unpaid too long</source>
            <translation>待付款超时</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="47" />
            <source>Out of stock</source>
            <translation>缺货</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="48" />
            <source>Payment mismatch</source>
            <translation>付款金额不符</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="49" />
            <source>Ticket past its SLA</source>
            <translation>工单超时</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="50" />
            <source>After-sales case overdue</source>
            <translation>售后单超时</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="53" />
            <source>No tracking movement</source>
            <translation>物流无更新</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="54" />
            <source>Parcel lost</source>
            <translation>包裹丢失</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="55" />
            <source>Parcel damaged</source>
            <translation>包裹破损</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="56" />
            <source>Parcel returned</source>
            <translation>包裹退回</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="57" />
            <source>Address problem</source>
            <translation>地址异常</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="58" />
            <source>Parcel delayed</source>
            <translation>包裹滞留</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="65" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="66" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="67" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="68" />
            <source>After-sales case</source>
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="74" />
            <location filename="../../ui/exception_center.py" line="118" />
            <source>Open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="75" />
            <location filename="../../ui/exception_center.py" line="119" />
            <source>Handled</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="76" />
            <location filename="../../ui/exception_center.py" line="121" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="82" />
            <source>Critical</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="83" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="110" />
            <source>Exception center</source>
            <translation>异常中心</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="120" />
            <source>Open and handled</source>
            <translation>未处理和已处理</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="124" />
            <source>Assigned to me</source>
            <translation>分派给我的</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="127" />
            <source>Order, tracking, ticket or case number</source>
            <translation>订单号、运单号、工单号或售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="130" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="132" />
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="275" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="276" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="277" />
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="279" />
            <source>Since</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="280" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="281" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="282" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="145" />
            <source>&amp;Assign</source>
            <translation>分派(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="148" />
            <source>&amp;Take it</source>
            <translation>我来处理(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="150" />
            <source>Assign to me (Ctrl+T)</source>
            <translation>分派给我 (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="154" />
            <source>What was done (Ctrl+Enter: mark handled)</source>
            <translation>处理说明（Ctrl+Enter：标记已处理）</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="155" />
            <source>Mark &amp;handled</source>
            <translation>标记已处理(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="157" />
            <source>Mark handled with the note (Ctrl+Enter)</source>
            <translation>带备注标记为已处理 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="159" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="161" />
            <source>Show the order, parcel or ticket (Enter)</source>
            <translation>查看订单、包裹或工单 (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="163" />
            <source>Stock &amp;plan…</source>
            <translation>调配方案(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="166" />
            <source>Where the missing stock could come from (out of stock only; Ctrl+P)</source>
            <translation>缺少的库存可从哪里调来（仅缺货；Ctrl+P）</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="169" />
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="171" />
            <source>Look for new exceptions now (F5)</source>
            <translation>立即检查新异常 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="173" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="177" />
            <source>Owner:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="229" />
            <source>All kinds (%1)</source>
            <translation>全部类型 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="265" />
            <source>%1 at %2: %3</source>
            <translation>%1 于 %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="254" />
            <source>%1 shown</source>
            <translation>显示 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="309" />
            <source>(nobody)</source>
            <translation>（无人）</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="57" />
            <source>Send the exchange — %1</source>
            <translation>发出换货 — %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/aftersales/case_editor.py" line="63" />
            <source>%n piece(s) came back. Type the SKU to send for each (e.g. the other size); the new order costs the customer nothing and waits for review.</source>
            <translation>
                <numerusform>已收回 %n 件。请为每件填写要发出的 SKU（例如另一个尺码）；新订单对客户免费，并进入待审核。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="86" />
            <source>Instead of %1 (%2):</source>
            <translation>替换 %1（%2）：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/case_editor.py" line="91" />
            <source>&amp;Create the exchange order</source>
            <translation>生成换货订单(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="54" />
            <location filename="../../ui/importing/export_dialog.py" line="229" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="60" />
            <source>&amp;Orders to Excel</source>
            <translation>订单导出为 Excel(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="61" />
            <source>&amp;Shipping back-fill</source>
            <translation>发货回传(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="65" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="69" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="87" />
            <source>The orders of the current view</source>
            <translation>当前视图中的订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="88" />
            <source>All orders</source>
            <translation>全部订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="99" />
            <source>Tick &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="101" />
            <source>&amp;Usual columns</source>
            <translation>常用列(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="108" />
            <source>W&amp;hich orders:</source>
            <translation>导出哪些订单(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="111" />
            <source>Columns:</source>
            <translation>列：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="139" />
            <source>The platform's own orders</source>
            <translation>该平台自己的订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="143" />
            <source>Only parcels shipped from</source>
            <translation>仅限发货日期从</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="152" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="156" />
            <source>&amp;Platform:</source>
            <translation>平台(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="157" />
            <source>Or&amp;ders of:</source>
            <translation>订单渠道(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="160" />
            <source>One row per parcel of a shipped order: the platform's order number, the carrier and the tracking number, in the layout the platform's bulk-shipping upload takes.</source>
            <translation>已发货订单的每个包裹一行：平台订单号、快递公司和快递单号，按平台批量发货上传所需的格式。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="186" />
            <source>Text file (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="186" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="189" />
            <source>Shipping back-fill</source>
            <translation>发货回传</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="194" />
            <source>Export orders</source>
            <translation>导出订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="196" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="228" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/export_dialog.py" line="234" />
            <source>%1 rows written to %2.</source>
            <translation>已将 %1 行写入 %2。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/login.py" line="244" />
            <source>Welcome to Kuaidan</source>
            <translation>欢迎使用快单</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="251" />
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>此数据库还没有用户。请创建管理员账号，之后由管理员为其他人创建账号。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="263" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="264" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="265" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="266" />
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/login.py" line="286" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密码至少需要 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="290" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Fulfilment</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="59" />
            <source>Picking</source>
            <translation>拣货中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="60" />
            <source>Picked</source>
            <translation>已拣完</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="61" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="527" />
            <source>Hold</source>
            <translation>挂起</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/dialogs.py" line="530" />
            <source>Hold %n order(s). Reason:</source>
            <translation>
                <numerusform>挂起 %n 个订单。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="536" />
            <source>Customer is changing the address</source>
            <translation>客户要改地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="537" />
            <source>Customer asked us to wait</source>
            <translation>客户要求暂缓发货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="538" />
            <source>Check the payment first</source>
            <translation>先核对付款</translation>
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
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="55" />
            <source>Download import &amp;template…</source>
            <translation>下载导入模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="61" />
            <source>Unknown &amp;SKUs…</source>
            <translation>未知 SKU(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="64" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="141" />
            <source>Import template</source>
            <translation>导入模板</translation>
        </message>
        <message>
            <location filename="../../ui/importing/entry.py" line="143" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="36" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="37" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="38" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="39" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/importing/error_model.py" line="40" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="16" />
            <location filename="../../ui/importing/labels.py" line="54" />
            <source>Platform order no</source>
            <translation>平台单号</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="17" />
            <source>Order status</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="18" />
            <source>Order time</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="19" />
            <source>Payment time</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="20" />
            <source>Buyer account</source>
            <translation>买家账号</translation>
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
            <translation>电话</translation>
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
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="26" />
            <source>Street address</source>
            <translation>详细地址</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="27" />
            <source>Full address (split automatically)</source>
            <translation>完整地址（自动拆分）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="28" />
            <location filename="../../ui/importing/labels.py" line="64" />
            <source>Postcode</source>
            <translation>邮编</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="29" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="30" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="31" />
            <location filename="../../ui/importing/labels.py" line="65" />
            <source>Buyer note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="32" />
            <location filename="../../ui/importing/labels.py" line="66" />
            <source>Seller note</source>
            <translation>卖家备注</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="33" />
            <location filename="../../ui/importing/labels.py" line="69" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="34" />
            <source>Goods amount</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="35" />
            <location filename="../../ui/importing/labels.py" line="71" />
            <source>Shipping fee</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="36" />
            <source>Order discount</source>
            <translation>订单优惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="37" />
            <source>Order total</source>
            <translation>订单总额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="38" />
            <source>Amount paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="39" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="40" />
            <source>Product name</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="41" />
            <source>Product options</source>
            <translation>商品规格</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="42" />
            <location filename="../../ui/importing/labels.py" line="68" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="43" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="44" />
            <source>Line total</source>
            <translation>行合计</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="45" />
            <source>Line discount</source>
            <translation>行优惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="52" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="53" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="55" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="56" />
            <source>On hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="57" />
            <source>Hold reason</source>
            <translation>挂起原因</translation>
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
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="70" />
            <source>Goods</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="72" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="73" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="74" />
            <source>Paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="75" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="76" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="77" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="78" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="79" />
            <source>Paid at</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="86" />
            <source>Kuaidan template</source>
            <translation>快单模板</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="140" />
            <source>Taobao (CSV: order no, carrier, tracking no)</source>
            <translation>淘宝（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="143" />
            <source>Tmall (CSV: order no, carrier, tracking no)</source>
            <translation>天猫（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="146" />
            <source>JD (CSV: order no, carrier, tracking no)</source>
            <translation>京东（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="147" />
            <source>Pinduoduo (CSV: order no, carrier, tracking no)</source>
            <translation>拼多多（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="150" />
            <source>Douyin (CSV: order no, carrier, tracking no)</source>
            <translation>抖音（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="153" />
            <source>All channels (CSV: order no, carrier, tracking no)</source>
            <translation>所有渠道（CSV：订单号、快递公司、快递单号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="156" />
            <source>Shopify (bulk fulfilment CSV)</source>
            <translation>Shopify（批量发货 CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="157" />
            <source>Amazon (shipping confirmation, tab-separated .txt)</source>
            <translation>亚马逊（发货确认，制表符分隔 .txt）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="160" />
            <source>eBay (File Exchange CSV)</source>
            <translation>eBay（批量发货 CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="168" />
            <source>Not an amount of money</source>
            <translation>不是金额</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="169" />
            <source>An amount with more than two decimal places</source>
            <translation>金额超过两位小数</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="172" />
            <source>A negative amount</source>
            <translation>金额为负数</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="173" />
            <source>An amount above 100,000,000: not a price</source>
            <translation>金额超过 1 亿，不是有效价格</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="176" />
            <source>A negative price</source>
            <translation>价格为负数</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="177" />
            <source>The price is empty</source>
            <translation>价格为空</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="178" />
            <source>The quantity must be a whole number above 0</source>
            <translation>数量必须是大于 0 的整数</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="181" />
            <source>The quantity is empty</source>
            <translation>数量为空</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="182" />
            <source>Not a date or time</source>
            <translation>不是日期或时间</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="183" />
            <source>Excel turned the phone number into 1.38E+10: digits are lost</source>
            <translation>Excel 把手机号变成了 1.38E+10：数字已丢失</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="186" />
            <source>Excel turned the number into 1.23E+18: digits are lost; export the file again</source>
            <translation>Excel 把号码变成了 1.23E+18：数字已丢失；请重新导出文件</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="190" />
            <source>Not a three-letter currency code</source>
            <translation>不是三位字母的币种代码</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="193" />
            <source>Order status not recognised</source>
            <translation>无法识别的订单状态</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="194" />
            <source>No recipient, but the order still has to be shipped</source>
            <translation>没有收货人，但订单仍需发货</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="197" />
            <source>Text longer than the field allows</source>
            <translation>文字超过字段允许的长度</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="198" />
            <source>A cell longer than a spreadsheet allows</source>
            <translation>单元格内容超过电子表格允许的长度</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="201" />
            <source>A cell holds binary data (NUL byte)</source>
            <translation>单元格含有二进制数据（NUL 字节）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="202" />
            <source>A row with neither SKU nor product name</source>
            <translation>既无 SKU 也无商品名称的行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="205" />
            <source>An item that cannot be read</source>
            <translation>无法读取的商品</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="206" />
            <source>An order without any item</source>
            <translation>订单没有任何商品</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="207" />
            <source>A row with an item but no order number</source>
            <translation>有商品但没有订单号的行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="210" />
            <source>An item whose order is not in the order list</source>
            <translation>商品所属订单不在订单列表中</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="213" />
            <source>The same order again further down the file</source>
            <translation>同一订单在文件后面再次出现</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="216" />
            <source>The database refused the order</source>
            <translation>数据库拒绝了该订单</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="137" />
            <source>Import orders</source>
            <translation>导入订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="166" />
            <source>An order export: .xlsx, .xls, .csv or .txt</source>
            <translation>订单导出文件：.xlsx、.xls、.csv 或 .txt</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="167" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="172" />
            <source>Only for Taobao and Etsy, whose items come in a second file</source>
            <translation>仅淘宝和 Etsy 需要：其商品明细在另一个文件中</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="174" />
            <source>B&amp;rowse…</source>
            <translation>浏览(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="178" />
            <source>Recognise from the headers</source>
            <translation>按表头自动识别</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="189" />
            <source>&amp;Order file:</source>
            <translation>订单文件(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="190" />
            <source>&amp;Items file:</source>
            <translation>商品明细文件(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="191" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="198" />
            <source>Choose the file the shop platform gave you, or drop it on this window. Shopify, Taobao/Tmall, JD, Pinduoduo, Douyin, Amazon, eBay, WooCommerce, Etsy and our own template are recognised from their headers.</source>
            <translation>请选择店铺平台导出的文件，或把文件拖到本窗口。Shopify、淘宝/天猫、京东、拼多多、抖音、亚马逊、eBay、WooCommerce、Etsy 以及快单自己的模板都能按表头自动识别。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="209" />
            <source>&amp;Next ›</source>
            <translation>下一步(&amp;N) ›</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="213" />
            <source>Download import &amp;template…</source>
            <translation>下载导入模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="229" />
            <source>Order file</source>
            <translation>订单文件</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="230" />
            <location filename="../../ui/importing/import_dialog.py" line="238" />
            <source>Order files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
            <translation>订单文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="237" />
            <source>Items file</source>
            <translation>商品明细文件</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="247" />
            <source>Import template</source>
            <translation>导入模板</translation>
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
            <translation>保存列对应(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="291" />
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="293" />
            <source>Saved &amp;mappings:</source>
            <translation>已保存的列对应(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="305" />
            <source>Kuaidan field</source>
            <translation>快单字段</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="305" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
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
            <translation>检查（试运行）(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="338" />
            <location filename="../../ui/importing/import_dialog.py" line="497" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="340" />
            <source>Import the good rows now (Ctrl+Enter)</source>
            <translation>现在导入正确的行（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="360" />
            <source>Choose the order file first.</source>
            <translation>请先选择订单文件。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="378" />
            <source>%1 is read with your saved mapping “%2”; its header is row %3.</source>
            <translation>%1 按您保存的列对应“%2”读取；表头在第 %3 行。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="382" />
            <source>%1 is a %2 file (%3% sure); its header is row %4.</source>
            <translation>%1 是 %2 文件（把握 %3%）；表头在第 %4 行。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="387" />
            <source>%1: the layout was not recognised. Map the columns yourself.</source>
            <translation>%1：未能识别文件格式，请手动对应各列。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="392" />
            <source>This format needs its items file too: %1. Add it on the first page.</source>
            <translation>此格式还需要商品明细文件：%1。请在第一页添加。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="403" />
            <source>(the format's own)</source>
            <translation>（格式自带）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="412" />
            <source>— not used —</source>
            <translation>— 不使用 —</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="465" />
            <source>Save mapping</source>
            <translation>保存列对应</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="466" />
            <source>Name of the mapping (used for this channel's files from now on):</source>
            <translation>列对应方案名称（今后该渠道的文件都会使用）：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="495" />
            <location filename="../../ui/importing/import_dialog.py" line="714" />
            <source>Save &amp;error workbook…</source>
            <translation>保存错误工作簿(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="522" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="527" />
            <source>You can keep working in the other windows meanwhile. Orders are written in chunks: after a cancel, importing the file again adds the rest.</source>
            <translation>导入期间可以继续在其他窗口工作。订单分批写入：取消后再次导入同一文件即可补齐其余订单。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="580" />
            <source>Checking %1…</source>
            <translation>正在检查 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="580" />
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="587" />
            <source>Import %1</source>
            <translation>导入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="598" />
            <source>%1 of %2 rows · %3 rows/s</source>
            <translation>%1 / %2 行 · 每秒 %3 行</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="601" />
            <source>about %1 left</source>
            <translation>约剩 %1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="610" />
            <source>Stopping after the current chunk…</source>
            <translation>当前批次写完后停止…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="638" />
            <source>%1 orders (%2 lines) will be created.</source>
            <translation>将创建 %1 个订单（%2 行商品）。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="644" />
            <source>%1 orders (%2 lines) created.</source>
            <translation>已创建 %1 个订单（%2 行商品）。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="649" />
            <source>Already imported, skipped: %1.</source>
            <translation>已导入过，跳过：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="654" />
            <source>Rows not imported: %1.</source>
            <translation>未导入的行：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="659" />
            <source>%1 orders have no items in this file (an order-level report): open ones are held until you import the items file for them.</source>
            <translation>%1 个订单在此文件中没有商品明细（订单级报表）：未完结的订单将被挂起，请导入商品明细文件后再处理。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="665" />
            <source>Held on intake (no items or review rules): %1.</source>
            <translation>导入时挂起（缺商品明细或审单规则）：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="670" />
            <source>Held by the review rules: %1.</source>
            <translation>被审单规则挂起：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="674" />
            <source>Already shipped, kept as history (stock untouched): %1.</source>
            <translation>已发货，作为历史记录保存（不动库存）：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="679" />
            <source>SKUs not in the catalogue (their orders wait until mapped): %1</source>
            <translation>不在商品目录中的 SKU（相关订单等待对应）：%1</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="685" />
            <source>Continued an interrupted import of this file after row %1.</source>
            <translation>已从第 %1 行之后继续此前中断的导入。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="689" />
            <source>This file was imported before; only new orders were added.</source>
            <translation>此文件以前导入过；只添加了新订单。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="692" />
            <source>Cancelled: what was written is kept; import the file again for the rest.</source>
            <translation>已取消：已写入的订单保留；再次导入该文件可补齐其余订单。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="694" />
            <source>%1 rows in %2 s.</source>
            <translation>%1 行，用时 %2 秒。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="698" />
            <source>Of that, %1 s paused so that the other workstations stayed fast.</source>
            <translation>其中暂停让路 %1 秒，以免拖慢其他工作站。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="717" />
            <source>&amp;Unknown SKUs…</source>
            <translation>未知 SKU(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="719" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="741" />
            <source>Save error workbook</source>
            <translation>保存错误工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="748" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="755" />
            <source>Error workbook</source>
            <translation>错误工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="756" />
            <source>%1 rows saved to %2. Fix them there and import that workbook.</source>
            <translation>已将 %1 行保存到 %2。请在其中修改后导入该工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="772" />
            <source>Import running</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../../ui/importing/import_dialog.py" line="773" />
            <source>Stop the import? The orders written so far are kept.</source>
            <translation>停止导入吗？已写入的订单会保留。</translation>
        </message>
    </context>
    <context>
        <name>ImportFormat</name>
        <message>
            <location filename="../../ui/importing/labels.py" line="93" />
            <source>Shopify orders export (orders_export.csv)</source>
            <translation>Shopify 订单导出（orders_export.csv）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="96" />
            <source>Shopify Transporter order import (orders.csv)</source>
            <translation>Shopify 迁移工具订单文件（orders.csv）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="99" />
            <source>Amazon order report (tab-separated .txt)</source>
            <translation>亚马逊 订单报告（制表符分隔的 .txt）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="102" />
            <source>Amazon unshipped orders report</source>
            <translation>亚马逊 未发货订单报告</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="105" />
            <source>Amazon all orders report (no buyer data)</source>
            <translation>亚马逊 全部订单报告（无买家信息）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="108" />
            <source>eBay Seller Hub orders report (US)</source>
            <translation>eBay 卖家中心订单报告（美国站）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="109" />
            <source>eBay Seller Hub orders report (UK)</source>
            <translation>eBay 卖家中心订单报告（英国站）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="110" />
            <source>eBay Bestellbericht (DE, ';' and decimal commas)</source>
            <translation>eBay 订单报告（德国站，分号分隔，小数用逗号）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="113" />
            <source>WooCommerce order export (WebToffee, line_item_N columns)</source>
            <translation>WooCommerce 订单导出（每个商品占一组列）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="116" />
            <source>WooCommerce Advanced Order Export (one row per product)</source>
            <translation>WooCommerce 高级订单导出（每个商品一行）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="119" />
            <source>Etsy sold orders (EtsySoldOrders + EtsySoldOrderItems)</source>
            <translation>Etsy 已售订单（订单文件 + 商品明细文件）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="122" />
            <source>Etsy sold order items (EtsySoldOrderItems)</source>
            <translation>Etsy 已售商品明细</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="125" />
            <source>Taobao/Tmall sold items (order list + item details files)</source>
            <translation>淘宝/天猫 已卖出的宝贝（订单列表 + 宝贝明细两个文件）</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="128" />
            <source>Taobao/Tmall item details (ExportOrderDetailList)</source>
            <translation>淘宝/天猫 宝贝明细</translation>
        </message>
        <message>
            <location filename="../../ui/importing/labels.py" line="131" />
            <source>Tmall order report (order totals and addresses; no items)</source>
            <translation>天猫订单报表（订单金额与收货地址；不含商品明细）</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="982" />
            <source>Tracking import: %1</source>
            <translation>导入物流轨迹：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="986" />
            <source>%1 rows: %2 events added, %3 already recorded, %4 rows not imported. %5 parcels changed status, %6 delivered.</source>
            <translation>共 %1 行：新增 %2 条轨迹，%3 条已存在，%4 行未导入。%5 个包裹状态变化，%6 个已签收。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="995" />
            <source>Cancelled: import the file again to finish it.</source>
            <translation>已取消：再次导入该文件即可完成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1000" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1000" />
            <source>Tracking no</source>
            <translation>运单号</translation>
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
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="245" />
            <source>Alerts</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="250" />
            <source>All stock</source>
            <translation>全部库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="251" />
            <source>Low stock</source>
            <translation>低库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="252" />
            <source>Out of stock</source>
            <translation>缺货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="285" />
            <location filename="../../ui/tabs/inventory_tab.py" line="604" />
            <source>Select a row to see its details</source>
            <translation>选择一行查看详情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="293" />
            <source>Barcode:</source>
            <translation>条码：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="293" />
            <source>Warehouse:</source>
            <translation>仓库：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="294" />
            <source>Bin:</source>
            <translation>库位：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="294" />
            <source>On hand:</source>
            <translation>在库：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="295" />
            <source>Reserved:</source>
            <translation>预占：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="295" />
            <source>Available:</source>
            <translation>可用：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="296" />
            <source>Safety stock:</source>
            <translation>安全库存：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="296" />
            <source>Quarantined:</source>
            <translation>隔离：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="297" />
            <source>Incoming:</source>
            <translation>在途：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="305" />
            <source>Movement history</source>
            <translation>库存流水</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="363" />
            <source>&amp;Receive…</source>
            <translation>入库(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="366" />
            <source>&amp;Adjust…</source>
            <translation>调整(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="369" />
            <source>&amp;Transfer…</source>
            <translation>调拨(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="372" />
            <source>Transfers</source>
            <translation>调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="376" />
            <source>&amp;Stock-take…</source>
            <translation>盘点(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="379" />
            <source>Reser&amp;ve…</source>
            <translation>预占(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="382" />
            <source>Re&amp;lease…</source>
            <translation>释放(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="385" />
            <source>&amp;Export xlsx…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="388" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="391" />
            <source>Check &amp;ledger…</source>
            <translation>核对台账(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="395" />
            <source>&amp;New product…</source>
            <translation>新建商品(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="398" />
            <source>Edit &amp;product…</source>
            <translation>编辑商品(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="401" />
            <source>&amp;Warehouses…</source>
            <translation>仓库管理(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="404" />
            <source>Safety stock and &amp;bin…</source>
            <translation>安全库存与库位(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="408" />
            <source>Return recei&amp;pt…</source>
            <translation>退货收货(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="434" />
            <source>Search SKU, name or barcode (Ctrl+F)</source>
            <translation>搜索 SKU、名称或条码（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="439" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="521" />
            <source>All warehouses (%1)</source>
            <translation>全部仓库（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="530" />
            <location filename="../../ui/tabs/inventory_tab.py" line="567" />
            <source>Low stock %1 · Out of stock %2</source>
            <translation>低库存 %1 · 缺货 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="547" />
            <source>All stock (%1)</source>
            <translation>全部库存（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="548" />
            <source>Low stock (%1)</source>
            <translation>低库存（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="549" />
            <source>Out of stock (%1)</source>
            <translation>缺货（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_tab.py" line="556" />
            <source>%n row(s) shown</source>
            <translation>
                <numerusform>显示 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="647" />
            <source>Goods received; the stock is updated.</source>
            <translation>已入库，库存已更新。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="652" />
            <source>Stock adjusted.</source>
            <translation>库存已调整。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="658" />
            <source>Transfer created.</source>
            <translation>调拨单已创建。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="678" />
            <source>Stock reserved.</source>
            <translation>库存已预留。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="684" />
            <source>Reservation released.</source>
            <translation>预留已释放。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="689" />
            <source>Product created.</source>
            <translation>商品已创建。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="701" />
            <source>Product saved.</source>
            <translation>商品已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="715" />
            <source>Stock level settings saved.</source>
            <translation>库存设置已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="734" />
            <source>Export stock</source>
            <translation>导出库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="734" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Spec</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="745" />
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="746" />
            <location filename="../../ui/tabs/settings_tab.py" line="555" />
            <source>On hand</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="746" />
            <location filename="../../ui/tabs/settings_tab.py" line="556" />
            <source>Reserved</source>
            <translation>预占</translation>
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
            <translation>隔离</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="747" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="747" />
            <source>Incoming</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="748" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_tab.py" line="754" />
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>已写入 %n 行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="759" />
            <source>Exporting stock</source>
            <translation>正在导出库存</translation>
        </message>
    </context>
    <context>
        <name>LedgerCheckDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="877" />
            <source>Stock balances against the ledger</source>
            <translation>库存余额与台账核对</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="887" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="888" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="889" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="890" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="891" />
            <source>Ledger</source>
            <translation>台账</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="900" />
            <source>Check &amp;again</source>
            <translation>重新核对(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="901" />
            <source>&amp;Repair balances…</source>
            <translation>修复余额(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="903" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="917" />
            <source>On hand</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="918" />
            <source>Reserved</source>
            <translation>预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="919" />
            <source>Quarantined</source>
            <translation>隔离</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="929" />
            <source>%n balance(s) differ from the ledger.</source>
            <translation>
                <numerusform>有 %n 个余额与台账不符。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="934" />
            <source>Every balance equals the sum of its ledger: 0 differences.</source>
            <translation>所有余额均等于台账合计：0 处差异。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="944" />
            <source>Repair balances</source>
            <translation>修复余额</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="946" />
            <source>Set %n balance(s) back to what the ledger says? The ledger is the record of every movement; each correction is written to the audit log.</source>
            <translation>
                <numerusform>将 %n 个余额恢复为台账的数值？台账记录了每一笔库存变动；每次修正都会写入审计日志。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="960" />
            <source>%n difference(s) could not be repaired: the ledger itself breaks a rule.</source>
            <translation>
                <numerusform>有 %n 处差异无法修复：台账本身违反了规则。</numerusform>
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
            <translation>安全库存(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="857" />
            <source>&amp;Bin:</source>
            <translation>库位(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="858" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="132" />
            <source>Scan a barcode or type a SKU, then Enter</source>
            <translation>扫描条码或输入 SKU，然后按回车</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="136" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="138" />
            <source>Qty:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="146" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="147" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="148" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="157" />
            <source>&amp;Remove line</source>
            <translation>删除行(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="80" />
            <source>Enter your password to continue.</source>
            <translation>请输入密码以继续。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="89" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="98" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="102" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="116" />
            <source>Locked — %1</source>
            <translation>已锁定 — %1</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="54" />
            <location filename="../../ui/login.py" line="75" />
            <source>Kuaidan 快单</source>
            <translation>快单 Kuaidan</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="152" />
            <source>Log in — Kuaidan</source>
            <translation>登录 — 快单</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="154" />
            <source>Order-processing workstation</source>
            <translation>订单处理工作台</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="155" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="156" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="157" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="159" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="182" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="158" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="197" />
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>Logistics</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="75" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="77" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="81" />
            <source>Exception</source>
            <translation>异常</translation>
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
            <translation>已丢失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="62" />
            <source>No movement</source>
            <translation>停滞未更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="65" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="80" />
            <source>Address problem</source>
            <translation>地址异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="66" />
            <location filename="../../ui/tabs/logistics_dialogs.py" line="82" />
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="67" />
            <source>Other exception</source>
            <translation>其他异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="74" />
            <source>Picked up</source>
            <translation>已揽收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="76" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="89" />
            <source>Shipping labels</source>
            <translation>快递面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="90" />
            <source>Invoices</source>
            <translation>销售单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="91" />
            <source>Packing slips</source>
            <translation>装箱单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="92" />
            <source>Pick list</source>
            <translation>拣货单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="172" />
            <source>New parcel</source>
            <translation>新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="277" />
            <source>Add tracking event to %1</source>
            <translation>为包裹 %1 添加物流记录</translation>
        </message>
    </context>
    <context>
        <name>LogisticsTab</name>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="203" />
            <source>Tracking or order number (scan or type, Enter)</source>
            <translation>运单号或订单号（扫描或输入后回车）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="211" />
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="216" />
            <source>All labels</source>
            <translation>全部面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="219" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="221" />
            <source>Reload (F5)</source>
            <translation>重新加载 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="231" />
            <source>&amp;New parcel…</source>
            <translation>新建包裹(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="232" />
            <source>&amp;Print queue…</source>
            <translation>打印队列(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="234" />
            <source>Re&amp;print label…</source>
            <translation>补打面单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="236" />
            <source>&amp;Void label…</source>
            <translation>作废面单(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="237" />
            <source>Add &amp;event…</source>
            <translation>添加轨迹(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="239" />
            <source>Mark &amp;handled…</source>
            <translation>标记已处理(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="241" />
            <source>&amp;Import tracking file…</source>
            <translation>导入物流轨迹文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="243" />
            <source>Compare &amp;rates…</source>
            <translation>比较运费(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="245" />
            <source>&amp;Carriers and rates…</source>
            <translation>快递公司与运费(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="261" />
            <source>Fulfilment:</source>
            <translation>发货作业：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="263" />
            <source>Pick &amp;waves…</source>
            <translation>拣货波次(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="265" />
            <source>Pac&amp;k station</source>
            <translation>打包台(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="266" />
            <source>Print &amp;labels…</source>
            <translation>批量打印面单(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="268" />
            <source>S&amp;hip packed orders…</source>
            <translation>已打包订单发货(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="270" />
            <source>Import COD re&amp;mittance…</source>
            <translation>导入代收货款回款(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="272" />
            <source>C&amp;OD report…</source>
            <translation>代收货款报表(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="292" />
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="332" />
            <source>Copy tracking number</source>
            <translation>复制运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="333" />
            <source>Compare rates for this order</source>
            <translation>比较此订单的运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="334" />
            <source>New parcel for this order</source>
            <translation>为此订单新建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="353" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="386" />
            <source>All carriers</source>
            <translation>全部快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="395" />
            <source>All parcels</source>
            <translation>全部包裹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="406" />
            <source>Handled exceptions</source>
            <translation>已处理的异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="418" />
            <source>Tracking numbers running out: %1</source>
            <translation>电子面单号即将用完：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="426" />
            <source>Logistics exceptions: %1</source>
            <translation>物流异常：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="428" />
            <source>Tracking numbers low: %1</source>
            <translation>面单号不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="517" />
            <source>Select a parcel to see its tracking.</source>
            <translation>选择一个包裹以查看物流轨迹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="529" />
            <source>Order %1 · %2</source>
            <translation>订单 %1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="532" />
            <source>Label: %1, printed %n time(s)</source>
            <translation>
                <numerusform>面单：%1，已打印 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="540" />
            <source>Voided: %1</source>
            <translation>已作废：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="543" />
            <source>%1, handled by %2 at %3</source>
            <translation>%1，%2 于 %3 处理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="591" />
            <source>Parcel created.</source>
            <translation>包裹已创建。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="598" />
            <source>Void label</source>
            <translation>作废面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="600" />
            <source>Void the label of %1 (order %2)? Its tracking number is no longer used; a new label needs a new parcel.</source>
            <translation>作废 %1（订单 %2）的面单？该运单号将不再使用；重新打印面单需要新建包裹。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="609" />
            <source>Label %1 voided.</source>
            <translation>面单 %1 已作废。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="616" />
            <location filename="../../ui/tabs/logistics_tab.py" line="634" />
            <source>Reprint labels</source>
            <translation>补打面单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/logistics_tab.py" line="617" />
            <source>Print the labels of %n parcel(s) again?</source>
            <translation>
                <numerusform>重新打印 %n 个包裹的面单？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="623" />
            <source>Save labels as PDF</source>
            <translation>将面单保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="624" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="635" />
            <source>Not printed:</source>
            <translation>未打印：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="640" />
            <source>Labels saved again.</source>
            <translation>面单已重新生成。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="649" />
            <source>Tracking event added to parcel %1.</source>
            <translation>已为包裹 %1 添加物流记录。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="658" />
            <source>Mark exception handled</source>
            <translation>标记异常已处理</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="659" />
            <source>Parcel %1 (%2) of order %3: %4. What was done?</source>
            <translation>包裹 %1（%2），订单 %3：%4。做了什么处理？</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="672" />
            <source>Exception of parcel %1 marked handled.</source>
            <translation>包裹 %1 的异常已标记为已处理。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="678" />
            <source>Import a carrier's tracking file</source>
            <translation>导入快递公司的物流轨迹文件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="680" />
            <source>Tracking files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>物流轨迹文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="694" />
            <source>Importing tracking</source>
            <translation>正在导入物流轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="702" />
            <source>Import a carrier's COD remittance</source>
            <translation>导入快递公司的代收货款回款文件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="704" />
            <source>Remittance files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>回款文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="721" />
            <source>Importing COD remittance</source>
            <translation>正在导入代收货款回款</translation>
        </message>
    </context>
    <context>
        <name>MailPage</name>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="88" />
            <source>Mail server</source>
            <translation>邮件服务器</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="91" />
            <source>e.g. smtp.exmail.qq.com</source>
            <translation>例如腾讯企业邮箱的 SMTP 服务器</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="96" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS 加密（端口 587）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="97" />
            <source>SSL/TLS (port 465)</source>
            <translation>SSL/TLS 加密（端口 465）</translation>
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
            <translation>SMTP 密码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="115" />
            <source>Who gets what</source>
            <translation>发给谁、发什么</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="118" />
            <source>e.g. boss@shop.cn, warehouse@shop.cn</source>
            <translation>例如 boss@shop.cn, warehouse@shop.cn</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="121" />
            <source>Warnings and critical</source>
            <translation>警告和严重</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="122" />
            <source>Critical only</source>
            <translation>仅严重</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="123" />
            <source>Daily digest at</source>
            <translation>每日汇总时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="153" />
            <source>&amp;Save e-mail settings</source>
            <translation>保存邮件设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="155" />
            <source>Send &amp;test e-mail</source>
            <translation>发送测试邮件(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="157" />
            <source>&amp;Retry failed e-mails</source>
            <translation>重试失败的邮件(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="159" />
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Queued</source>
            <translation>排队时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="178" />
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="179" />
            <source>Next try / sent</source>
            <translation>下次尝试/发送时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="179" />
            <source>Last error</source>
            <translation>最近错误</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="253" />
            <source>Choose at least one kind of exception to e-mail.</source>
            <translation>请至少选择一种要发邮件的异常类型。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="270" />
            <source>E-mail settings saved.</source>
            <translation>邮件设置已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="274" />
            <source>Saved, but no keyring works on this computer: the password was not kept. This workstation cannot send; a scheduled task can take the password from the KUAIDAN_SMTP_PASSWORD environment variable.</source>
            <translation>已保存，但本机没有可用的密钥环：密码未保存。本工作站无法发信；计划任务可从环境变量 KUAIDAN_SMTP_PASSWORD 读取密码。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="290" />
            <source>Sending a test e-mail…</source>
            <translation>正在发送测试邮件……</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="301" />
            <source>Test e-mail sent to %1.</source>
            <translation>测试邮件已发送至 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="305" />
            <source>Sending failed: %1</source>
            <translation>发送失败：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/mail_page.py" line="313" />
            <source>%n e-mail(s) will be tried again.</source>
            <translation>
                <numerusform>将重新发送 %n 封邮件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="331" />
            <source>kept in this workstation's keyring; type to change</source>
            <translation>已保存在本工作站的密钥环中；输入新密码可更改</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="343" />
            <source>E-mail alerts are off: enter a server and recipients.</source>
            <translation>邮件提醒未开启：请填写服务器和收件人。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="347" />
            <source>This workstation has no SMTP password: it leaves the sending to one that has.</source>
            <translation>本工作站没有 SMTP 密码：由有密码的工作站发送。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="351" />
            <source>Outbox: %1 waiting, %2 given up, %3 sent in the last 24 hours.</source>
            <translation>发件箱：%1 封待发，%2 封已放弃，最近 24 小时已发送 %3 封。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="358" />
            <source>Last error (after %1 attempt(s); next try %2): %3</source>
            <translation>最近错误（已尝试 %1 次；下次尝试 %2）：%3</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="367" />
            <source>Waiting</source>
            <translation>待发送</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="368" />
            <source>Sending</source>
            <translation>发送中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="369" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/mail_page.py" line="370" />
            <source>Given up</source>
            <translation>已放弃</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>Kuaidan 快单 — %1</source>
            <translation>快单 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="234" />
            <source>&amp;Session</source>
            <translation>会话(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="239" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="243" />
            <source>&amp;Exception center</source>
            <translation>异常中心(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>&amp;Notifications</source>
            <translation>通知(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="252" />
            <source>My &amp;actions</source>
            <translation>我的操作记录(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="269" />
            <source>&amp;About Kuaidan</source>
            <translation>关于快单(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="284" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <location filename="../../ui/main_window.py" line="345" />
            <source>⚠</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>Exception center (F8) · my notifications (F7)</source>
            <translation>异常中心 (F8) · 我的通知 (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>⚠ %1</source>
            <translation>异常 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>✉ %1</source>
            <translation>通知 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="517" />
            <source>Account locked</source>
            <translation>账号已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="530" />
            <source>Your password has been changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="542" />
            <source>About Kuaidan</source>
            <translation>关于快单</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>&lt;h3&gt;Kuaidan 快单 %1&lt;/h3&gt;&lt;p&gt;Order-processing workstation for online shops: import, review, stock, picking, packing, labels, tracking and after-sales.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;快单 Kuaidan %1&lt;/h3&gt;&lt;p&gt;网店订单处理工作台：导入、审单、库存、拣货、打包、面单、物流跟踪和售后。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>Background work is running</source>
            <translation>后台任务正在运行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>Stop the running work and close? Finished items are kept.</source>
            <translation>停止正在运行的任务并关闭？已完成的部分会保留。</translation>
        </message>
    </context>
    <context>
        <name>MaintenancePage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="530" />
            <source>&amp;Check database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="532" />
            <source>&amp;Verify audit log</source>
            <translation>校验审计日志(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="552" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="575" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>发现 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="584" />
            <source>Checking the database</source>
            <translation>正在检查数据库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="598" />
            <source>Audit chain intact: %n entries verified.</source>
            <translation>
                <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="602" />
            <source>AUDIT CHAIN BROKEN: %1</source>
            <translation>审计链已被破坏：%1</translation>
        </message>
    </context>
    <context>
        <name>MovementModel</name>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="153" />
            <source>On hand ±</source>
            <translation>在库 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Reserved ±</source>
            <translation>预占 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Quarantined ±</source>
            <translation>隔离 ±</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="154" />
            <source>Reference</source>
            <translation>关联单据</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="155" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="155" />
            <source>User</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="160" />
            <source>Receive</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="161" />
            <source>Reserve</source>
            <translation>预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="162" />
            <source>Release</source>
            <translation>释放</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="163" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="164" />
            <source>Return to stock</source>
            <translation>退货入库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="165" />
            <source>Return to quarantine</source>
            <translation>退货隔离</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="166" />
            <source>Adjust</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="167" />
            <source>Transfer out</source>
            <translation>调拨出库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="168" />
            <source>Transfer in</source>
            <translation>调拨入库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="169" />
            <source>Stock-take</source>
            <translation>盘点</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="53" />
            <source>New after-sales case for %1</source>
            <translation>为 %1 新建售后单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="68" />
            <source>What the customer said, photos received, …</source>
            <translation>客户的描述、收到的照片等…</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="69" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="70" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="71" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="80" />
            <source>Order status</source>
            <translation>订单状态</translation>
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
            <translation>订购数</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="81" />
            <source>On other cases</source>
            <translation>其他售后单已占</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="81" />
            <source>At most</source>
            <translation>最多</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="82" />
            <source>Pieces for this case</source>
            <translation>本售后单件数</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="94" />
            <source>&amp;Open case</source>
            <translation>创建售后单(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="108" />
            <source>The customer sends the goods back and gets the money back. Only shipped pieces can be returned.</source>
            <translation>客户寄回商品并获得退款。只有已发货的商品可以退货。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="112" />
            <source>The customer sends the goods back and gets other SKUs (a new order at no charge).</source>
            <translation>客户寄回商品并换成其他 SKU（生成一张免费的新订单）。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="115" />
            <source>The same items are sent again (lost or missing), in a new order at no charge.</source>
            <translation>重新发出相同的商品（丢件或少件），生成一张免费的新订单。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="118" />
            <source>Money back without a return; also possible for paid orders not yet shipped.</source>
            <translation>无需退货直接退款；已付款但未发货的订单也可以办理。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="145" />
            <source>Paid per piece: %1</source>
            <translation>每件实付：%1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="155" />
            <source>Nothing left: other cases already cover these pieces</source>
            <translation>已无可申请件数：其他售后单已包含这些商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="162" />
            <source>This customer has no order lines a case of this kind can cover.</source>
            <translation>该客户没有可办理此类售后的订单明细。</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/new_case.py" line="183" />
            <source>Enter the pieces for at least one line.</source>
            <translation>请至少为一行填写件数。</translation>
        </message>
    </context>
    <context>
        <name>NewShipmentDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="188" />
            <source>from the catalogue</source>
            <translation>按商品资料计算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="196" />
            <source>empty: the carrier's rate</source>
            <translation>留空：按快递运费计算</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="198" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="199" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="200" />
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="201" />
            <source>Cost</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="202" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="203" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="205" />
            <source>&amp;Order no:</source>
            <translation>订单号(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="206" />
            <source>&amp;Carrier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="207" />
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="208" />
            <source>&amp;Tracking no:</source>
            <translation>运单号(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="209" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="210" />
            <source>Length × width × height:</source>
            <translation>长 × 宽 × 高：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="211" />
            <source>C&amp;ost:</source>
            <translation>运费(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="219" />
            <source>(cheapest)</source>
            <translation>（最便宜）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="225" />
            <source>empty: the next number from the carrier's pool</source>
            <translation>留空：自动取该快递的下一个电子面单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="227" />
            <source>required: this carrier has no number pool</source>
            <translation>必填：该快递没有电子面单号段</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="235" />
            <source>Cost: enter an amount like 12.50</source>
            <translation>运费：请输入金额，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="237" />
            <source>Choose a carrier</source>
            <translation>请选择快递公司</translation>
        </message>
    </context>
    <context>
        <name>NewTicketDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="84" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="87" />
            <source>(no customer)</source>
            <translation>（无客户）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="89" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="105" />
            <source>What is it about, in a few words</source>
            <translation>简要说明问题</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="108" />
            <source>— no order —</source>
            <translation>— 不关联订单 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="116" />
            <source>&amp;Rating:</source>
            <translation>评分(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="120" />
            <source>What the customer said (optional)</source>
            <translation>客户反映的内容（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="121" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="122" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="123" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="124" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="125" />
            <source>&amp;Order:</source>
            <translation>订单(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="127" />
            <source>&amp;Message:</source>
            <translation>内容(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="133" />
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="94" />
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="107" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
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
            <translation>密码(&amp;P)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/settings_tab.py" line="122" />
            <source>The password needs at least %n characters.</source>
            <translation>
                <numerusform>密码至少需要 %n 个字符。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewWaveDialog</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="149" />
            <source>New pick wave</source>
            <translation>新建拣货波次</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="159" />
            <source>All carriers</source>
            <translation>全部快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="162" />
            <source>Single-item orders only</source>
            <translation>只看单品单件订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="163" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="165" />
            <source>&amp;Carrier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Ordered</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="173" />
            <source>Carrier</source>
            <translation>快递公司</translation>
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
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="174" />
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="180" />
            <source>Select &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="182" />
            <source>Select &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="189" />
            <source>&amp;Create wave from ticked orders</source>
            <translation>用勾选的订单建波次(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="200" />
            <source>single-item orders first</source>
            <translation>单品单件优先</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="202" />
            <source>Wave by &amp;rule</source>
            <translation>按规则建波次(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="204" />
            <source>By rule: up to</source>
            <translation>按规则：最多</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="206" />
            <source>orders of this warehouse and carrier,</source>
            <translation>单（本仓库、所选快递公司），</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="215" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="215" />
            <source>Why it did not join</source>
            <translation>未加入的原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="268" />
            <source>%1 of %2 ticked</source>
            <translation>已勾选 %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="277" />
            <source>Tick the orders for the wave first (Space ticks a row).</source>
            <translation>请先勾选要加入波次的订单（空格键勾选当前行）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="305" />
            <source>No wave was made: none of the orders could join.</source>
            <translation>未创建波次：没有订单可以加入。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="308" />
            <source>Wave %1: %n order(s) to pick.</source>
            <translation>
                <numerusform>波次 %1：%n 个订单待拣货。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="312" />
            <source>%n order(s) could not join:</source>
            <translation>
                <numerusform>%n 个订单未能加入：</numerusform>
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
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="431" />
            <source>%1 assigned to you: %2 %3</source>
            <translation>%1 指派给你：%2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="433" />
            <source>Closed by itself: %2 %3</source>
            <translation>已自动关闭：%2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="446" />
            <source>No notifications</source>
            <translation>没有通知</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPane</name>
        <message>
            <location filename="../../ui/orders/detail.py" line="79" />
            <source>Select an order</source>
            <translation>请选择一个订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/orders/detail.py" line="83" />
            <source>%n orders selected</source>
            <translation>
                <numerusform>已选择 %n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="94" />
            <source>On hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="95" />
            <source>Returned for correction</source>
            <translation>已退回修正</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="96" />
            <source>Review rules fired</source>
            <translation>命中的审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="97" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="98" />
            <source>Personal data is masked</source>
            <translation>个人信息已打码</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="99" />
            <source>Lines</source>
            <translation>商品明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="100" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="101" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="102" />
            <source>Split or merged from %1</source>
            <translation>由 %1 拆分或合并而来</translation>
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
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="105" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="126" />
            <source>holds</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="126" />
            <source>flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="144" />
            <source>Buyer note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="145" />
            <source>Seller note</source>
            <translation>卖家备注</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="156" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="157" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="158" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="159" />
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="160" />
            <location filename="../../ui/orders/detail.py" line="177" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="161" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="175" />
            <source>Goods</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="176" />
            <source>Shipping</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="178" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="179" />
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="206" />
            <location filename="../../ui/orders/detail.py" line="289" />
            <source>refund requested %1</source>
            <translation>已申请退款 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="245" />
            <source>Audit log</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/orders/detail.py" line="264" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
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
            <translation>修改订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="93" />
            <source>New phone order</source>
            <translation>新建电话订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Recipient:</source>
            <translation>收件人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="99" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
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
            <translation>区县(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="101" />
            <source>&amp;Street address:</source>
            <translation>详细地址(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="102" />
            <source>Post&amp;code:</source>
            <translation>邮编(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="102" />
            <source>&amp;Buyer note:</source>
            <translation>买家留言(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="103" />
            <source>S&amp;eller note:</source>
            <translation>卖家备注(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="103" />
            <source>Shipping &amp;fee:</source>
            <translation>运费(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="104" />
            <source>Order disc&amp;ount:</source>
            <translation>订单优惠(&amp;O)：</translation>
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
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="120" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="123" />
            <source>Add &amp;line</source>
            <translation>添加明细(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="125" />
            <source>Remove li&amp;ne</source>
            <translation>删除明细(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="143" />
            <source>Lines (leave the price empty for the catalogue price)</source>
            <translation>明细（单价留空则使用商品价格）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="227" />
            <source>Enter the recipient's name</source>
            <translation>请输入收件人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="228" />
            <source>Enter the province</source>
            <translation>请输入省份</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="229" />
            <source>Enter the city</source>
            <translation>请输入城市</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="230" />
            <source>Enter the street address</source>
            <translation>请输入详细地址</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="235" />
            <source>Enter a valid mobile or landline number</source>
            <translation>请输入有效的手机或固定电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="239" />
            <source>Enter an amount such as 12.50</source>
            <translation>请输入金额，例如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="241" />
            <source>Add at least one line with a SKU</source>
            <translation>请至少添加一行带 SKU 的明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="246" />
            <source>Line %1: enter a quantity above 0</source>
            <translation>第 %1 行：数量须大于 0</translation>
        </message>
    </context>
    <context>
        <name>OrderDialogs</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="52" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="53" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="54" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="55" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="647" />
            <source>no rate</source>
            <translation>无运费</translation>
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
            <translation>审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="17" />
            <source>Record payment</source>
            <translation>确认收款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="18" />
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="19" />
            <source>COD collected by carrier</source>
            <translation>快递已代收货款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="20" />
            <source>COD remitted</source>
            <translation>代收货款已回款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="21" />
            <source>Approve</source>
            <translation>审核通过</translation>
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
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="25" />
            <source>Pick</source>
            <translation>拣货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="26" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="27" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="28" />
            <source>Deliver</source>
            <translation>签收</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="29" />
            <source>Complete</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="30" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="31" />
            <source>Release stock</source>
            <translation>释放库存</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="32" />
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="33" />
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="34" />
            <source>Hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="35" />
            <source>Release hold</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="36" />
            <source>Merge</source>
            <translation>合并</translation>
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
            <translation>指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="40" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="41" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="48" />
            <source>Incomplete address</source>
            <translation>地址不完整</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="49" />
            <source>Invalid phone number</source>
            <translation>电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="50" />
            <source>Blacklisted customer</source>
            <translation>黑名单客户</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="51" />
            <source>Amount above threshold</source>
            <translation>金额超过阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="52" />
            <source>Quantity above threshold</source>
            <translation>数量超过阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="53" />
            <source>Buyer note present</source>
            <translation>有买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="54" />
            <source>Payment does not match total</source>
            <translation>付款与总额不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="55" />
            <source>Suspected duplicate</source>
            <translation>疑似重复订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="56" />
            <source>SKU not in catalogue</source>
            <translation>SKU 不在商品目录中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="57" />
            <source>SKU out of stock</source>
            <translation>SKU 缺货</translation>
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
            <translation>详细地址</translation>
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
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="80" />
            <source>Postcode</source>
            <translation>邮编</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="81" />
            <source>Buyer note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="82" />
            <source>Seller note</source>
            <translation>卖家备注</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="83" />
            <source>Shipping</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="84" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="85" />
            <source>Goods</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="87" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="89" />
            <source>Lines</source>
            <translation>商品明细</translation>
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
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="105" />
            <source>Merged into %1</source>
            <translation>已合并为 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="106" />
            <source>Merged from %1</source>
            <translation>由 %1 合并而来</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="113" />
            <source>Split from %1: %2</source>
            <translation>从 %1 拆出：%2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="130" />
            <source>Address incomplete: %1 missing or too short</source>
            <translation>地址不完整：缺少%1或过短</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="134" />
            <source>The recipient's phone number is not a valid number</source>
            <translation>收件人电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="139" />
            <source>Customer is blacklisted: %1</source>
            <translation>客户在黑名单中：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="143" />
            <source>Order total %1 is above the review threshold %2</source>
            <translation>订单金额 %1 超过审核阈值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="149" />
            <source>%1 items, more than the threshold %2</source>
            <translation>共 %1 件，超过阈值 %2</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="155" />
            <source>The buyer left a note: %1</source>
            <translation>买家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="159" />
            <source>Paid %1 does not match the order total %2</source>
            <translation>已付 %1 与订单总额 %2 不符</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="164" />
            <source>Possible duplicate of order %1: same phone, address and items within %2 hours</source>
            <translation>疑似与订单 %1 重复：%2 小时内电话、地址和商品相同</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="172" />
            <source>SKU not in catalogue: %1 (map it or create it)</source>
            <translation>SKU 不在商品目录中：%1（请对应或新建该商品）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="177" />
            <source>Not enough stock: %1</source>
            <translation>库存不足：%1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="178" />
            <source>No single warehouse holds every item; the order must be split</source>
            <translation>没有一个仓库能备齐全部商品，订单需要拆分</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="186" />
            <source>Held by review rules</source>
            <translation>被审单规则挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="188" />
            <source>No items in the imported file: import the items file for this order</source>
            <translation>导入的文件中没有商品明细：请导入该订单的商品明细文件</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="198" />
            <source>Address incomplete or wrong</source>
            <translation>地址不全或有误</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="199" />
            <source>Phone number wrong</source>
            <translation>电话号码有误</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="200" />
            <source>Item or quantity wrong</source>
            <translation>商品或数量有误</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="201" />
            <source>Price or discount wrong</source>
            <translation>价格或优惠有误</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="202" />
            <source>Payment not received</source>
            <translation>未收到付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="203" />
            <source>Buyer note needs an answer</source>
            <translation>买家留言需回复</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="57" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="90" />
            <location filename="../../ui/orders/table_model.py" line="58" />
            <source>Status</source>
            <translation>状态</translation>
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
            <translation>电话</translation>
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
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/labels.py" line="86" />
            <location filename="../../ui/orders/table_model.py" line="64" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="65" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="66" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="67" />
            <source>Rules fired</source>
            <translation>规则命中</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="68" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="108" />
            <source>Click to sort</source>
            <translation>点击排序</translation>
        </message>
        <message>
            <location filename="../../ui/orders/table_model.py" line="83" />
            <source>on hold</source>
            <translation>已挂起</translation>
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Ordered at</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="93" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Platform order no</source>
            <translation>平台单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="94" />
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="95" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="99" />
            <source> (on hold)</source>
            <translation>（挂起）</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="132" />
            <source>Order no, platform no, phone or last 4 digits, name, tracking no, SKU</source>
            <translation>订单号、平台单号、电话或尾号 4 位、姓名、运单号、SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="155" />
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="157" />
            <source>Saved views</source>
            <translation>已保存的视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="163" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="166" />
            <source>All warehouses</source>
            <translation>全部仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="169" />
            <source>Any rule</source>
            <translation>任意规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="174" />
            <source>Held or not</source>
            <translation>是否挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="175" />
            <location filename="../../ui/tabs/orders_tab.py" line="407" />
            <source>On hold</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="176" />
            <source>Not on hold</source>
            <translation>未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="177" />
            <source>Ordered from</source>
            <translation>下单日期从</translation>
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
            <translation>登记付款(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="248" />
            <location filename="../../ui/tabs/orders_tab.py" line="380" />
            <location filename="../../ui/tabs/orders_tab.py" line="1096" />
            <source>Complete order</source>
            <translation>完成订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="275" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="314" />
            <source>&amp;New order</source>
            <translation>新建订单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="317" />
            <source>&amp;Edit</source>
            <translation>修改(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="321" />
            <source>&amp;Approve</source>
            <translation>审核通过(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="324" />
            <source>&amp;Return for correction</source>
            <translation>退回修正(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="331" />
            <source>&amp;Confirm</source>
            <translation>确认(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="334" />
            <source>&amp;Hold</source>
            <translation>挂起(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="337" />
            <source>Release hold</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="344" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="352" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
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
            <translation>指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="365" />
            <source>Run review rules</source>
            <translation>运行审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="368" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="369" />
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="371" />
            <source>Save view…</source>
            <translation>保存视图…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="373" />
            <source>Review rules…</source>
            <translation>审单规则…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="407" />
            <source>All orders</source>
            <translation>全部订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="408" />
            <source>Rules fired</source>
            <translation>规则命中</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="487" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="489" />
            <source>%1+ orders, loading…</source>
            <translation>%1+ 个订单，加载中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="503" />
            <source>Searching only in “%1”</source>
            <translation>仅在“%1”中搜索</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="505" />
            <source>Searching all queues</source>
            <translation>在全部队列中搜索</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="540" />
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="540" />
            <source>Name of the view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="555" />
            <source>Delete the saved view “%1”? Orders are not affected.</source>
            <translation>删除已保存的视图“%1”？订单不受影响。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="556" />
            <source>Delete view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="609" />
            <source>Waiting for review %1 · on hold %2</source>
            <translation>待审核 %1 · 挂起 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="747" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="820" />
            <source>%1 of %2 orders done</source>
            <translation>%2 个订单中已完成 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="844" />
            <location filename="../../ui/tabs/orders_tab.py" line="853" />
            <source>Approved %1</source>
            <translation>已审核通过 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="850" />
            <source>Approving %n orders</source>
            <translation>正在审核 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="865" />
            <source>Confirm order %1</source>
            <translation>确认订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="866" />
            <source>Reserve the stock and ship with the carrier chosen below.</source>
            <translation>预留库存，并用下面选中的快递公司发货。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="871" />
            <location filename="../../ui/tabs/orders_tab.py" line="884" />
            <source>Confirming %n orders</source>
            <translation>正在确认 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="878" />
            <source>Confirmed %1: stock reserved, carrier set</source>
            <translation>已确认 %1：库存已预留，快递已指定</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="887" />
            <source>Confirmed %1: stock reserved</source>
            <translation>已确认 %1：库存已预留</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="925" />
            <source>Returned %1 for correction</source>
            <translation>已将 %1 退回修正</translation>
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
                <numerusform>为 %n 个订单指定快递公司；运费和时效按订单 %1 计算。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="993" />
            <source>Carrier for order %1.</source>
            <translation>订单 %1 的快递公司。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1124" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="920" />
            <source>Returning %n orders</source>
            <translation>正在退回 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="942" />
            <source>Holding %n orders</source>
            <translation>正在挂起 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="945" />
            <source>Put %1 on hold</source>
            <translation>已挂起 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="951" />
            <source>Releasing %n orders</source>
            <translation>正在解除 %n 个订单的挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="954" />
            <source>Released the hold on %1</source>
            <translation>已解除 %1 的挂起</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="962" />
            <source>Cancel orders</source>
            <translation>取消订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="964" />
            <source>Cancel %n order(s)? Reserved stock is released and paid orders get a refund request. Reason:</source>
            <translation>
                <numerusform>取消 %n 个订单？预占库存将释放，已付款订单将生成退款申请。原因：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="972" />
            <source>Cancelling %n orders</source>
            <translation>正在取消 %n 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1005" />
            <source>Assigning a carrier to %n orders</source>
            <translation>正在为 %n 个订单指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1010" />
            <source>Carrier of %1 set</source>
            <translation>已为 %1 指定快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1025" />
            <source>Rules checked %1 orders, %2 held</source>
            <translation>已按规则检查 %1 个订单，挂起 %2 个</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1030" />
            <source>Running the review rules</source>
            <translation>正在运行审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1037" />
            <source>Merge orders</source>
            <translation>合并订单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/orders_tab.py" line="1038" />
            <source>Merge %n orders into one new order? The originals are cancelled and point to it; their payments move to it.</source>
            <translation>
                <numerusform>将 %n 个订单合并为一个新订单？原订单将取消并指向新订单，其付款转入新订单。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1047" />
            <source>Merged into %1</source>
            <translation>已合并为 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1067" />
            <source>Split off %1</source>
            <translation>已拆出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1086" />
            <source>Payment recorded on %1: paid in full, waiting for review</source>
            <translation>%1 已登记付款：已付清，等待审核</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1087" />
            <source>Payment recorded on %1</source>
            <translation>%1 已登记付款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1097" />
            <source>Complete this order now? After-sales stays open for the configured days.</source>
            <translation>现在完成此订单？完成后在设定的天数内仍可申请售后。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/orders_tab.py" line="1110" />
            <source>Created %1</source>
            <translation>已创建 %1</translation>
        </message>
    </context>
    <context>
        <name>PackStation</name>
        <message>
            <location filename="../../ui/pack_station.py" line="144" />
            <location filename="../../ui/pack_station.py" line="152" />
            <location filename="../../ui/pack_station.py" line="526" />
            <source>Pack station</source>
            <translation>打包台</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="283" />
            <source>Bin</source>
            <translation>库位</translation>
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
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="287" />
            <source>Scanned</source>
            <translation>已扫 / 应扫</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="227" />
            <source>Enter: scan · Ctrl+Z: undo the last scan · F8: drop this order · F11: full screen · Esc: leave</source>
            <translation>回车：扫描 · Ctrl+Z：撤销上一次扫描 · F8：放弃本单 · F11：全屏 · Esc：离开</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="265" />
            <source>Today %1 · last hour %2</source>
            <translation>今日 %1 · 近一小时 %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="266" />
            <location filename="../../ui/pack_station.py" line="267" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="300" />
            <source>Scan the order number, packing slip or label</source>
            <translation>请扫描订单号、发货单或面单</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="301" />
            <location filename="../../ui/pack_station.py" line="457" />
            <source>order number…</source>
            <translation>订单号…</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="305" />
            <source>Scan an order to start</source>
            <translation>扫描订单开始打包</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="325" />
            <source>Buyer note: %1</source>
            <translation>买家留言：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="331" />
            <location filename="../../ui/pack_station.py" line="497" />
            <source>Scan each item</source>
            <translation>请逐件扫描商品</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="332" />
            <location filename="../../ui/pack_station.py" line="498" />
            <source>item barcode…</source>
            <translation>商品条码…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="334" />
            <source>Order %1: scan the %n item(s)</source>
            <translation>
                <numerusform>订单 %1：请扫描 %n 件商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="356" />
            <source>✗ Not in this order: %1</source>
            <translation>✗ 不是本单商品：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pack_station.py" line="363" />
            <source>✗ One too many: %1 — the order has %n</source>
            <translation>
                <numerusform>✗ 多扫了一件：%1 — 本单只有 %n 件</numerusform>
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
            <translation>请称重并输入包裹重量（克）</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="390" />
            <source>grams…</source>
            <translation>克…</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="392" />
            <source>All items verified. Weigh the parcel</source>
            <translation>商品已全部核对，请称重</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="394" />
            <source>(about %1 g)</source>
            <translation>（约 %1 克）</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="401" />
            <source>Enter the weight in grams, e.g. 1250</source>
            <translation>请输入以克为单位的重量，例如 1250</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="407" />
            <source>✗ %1 g — expected about %2 g (± %3 %): check the parcel</source>
            <translation>✗ %1 克 — 应约为 %2 克（± %3 %）：请检查包裹</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="437" />
            <source>Packed %1, but the label did not print: %2</source>
            <translation>%1 已打包，但面单未能打印：%2</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="443" />
            <source>✓ %1 packed — label %2</source>
            <translation>✓ %1 已打包 — 面单 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="449" />
            <source>The label was printed before; stick that one on the parcel.</source>
            <translation>面单之前已打印，请贴上那张面单。</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="451" />
            <source>Label sent to %1</source>
            <translation>面单已发送到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="453" />
            <source>Label saved: %1</source>
            <translation>面单已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="456" />
            <source>Scan the next order</source>
            <translation>请扫描下一单</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="493" />
            <source>Nothing to undo</source>
            <translation>没有可撤销的扫描</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="503" />
            <source>Last scan undone: %1  %2 / %3</source>
            <translation>已撤销上一次扫描：%1  %2 / %3</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="519" />
            <source>Leave the pack station?</source>
            <translation>离开打包台？</translation>
        </message>
        <message>
            <location filename="../../ui/pack_station.py" line="521" />
            <source>The scans of order %1 are not kept.</source>
            <translation>订单 %1 的扫描记录不会保留。</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <location filename="../../ui/i18n.py" line="140" />
            <source>Alipay</source>
            <translation>支付宝</translation>
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
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="144" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="145" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="146" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="147" />
            <source>PayPal</source>
            <translation>PayPal</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="148" />
            <source>Paid on the platform</source>
            <translation>平台代收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="165" />
            <source>Order cancelled: %1</source>
            <translation>订单取消：%1</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="169" />
            <source>Order cancelled</source>
            <translation>订单取消</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="172" />
            <source>Case rejected: %1</source>
            <translation>售后单驳回：%1</translation>
        </message>
    </context>
    <context>
        <name>Payments</name>
        <message>
            <location filename="../../ui/orders/payments.py" line="35" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="36" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="37" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="38" />
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="39" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="40" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="41" />
            <source>Manual</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="48" />
            <source>paid</source>
            <translation>已到账</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="49" />
            <source>pending</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="50" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="51" />
            <source>collected by carrier</source>
            <translation>快递已代收</translation>
        </message>
    </context>
    <context>
        <name>PickCustomerDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="117" />
            <source>Merge a duplicate into this customer</source>
            <translation>把重复客户合并到当前客户</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="121" />
            <source>Find the duplicate (phone, last 4 + name, order no, name):</source>
            <translation>查找重复的客户（电话、尾号+姓名、订单号、姓名）：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="130" />
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1064" />
            <source>Print queue</source>
            <translation>打印队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1069" />
            <source>&amp;Orders (one number a line):</source>
            <translation>订单(&amp;O)（每行一个订单号）：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1090" />
            <source>Label roll (thermal printer)</source>
            <translation>热敏面单卷纸</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1091" />
            <source>A4, one label a page</source>
            <translation>A4 纸，每页 1 张面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1092" />
            <source>A4, four labels a page</source>
            <translation>A4 纸，每页 4 张面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1097" />
            <source>only to print labels again</source>
            <translation>仅在重新打印面单时填写</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1098" />
            <source>Label &amp;size:</source>
            <translation>面单尺寸(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1099" />
            <source>Label p&amp;aper:</source>
            <translation>面单纸张(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1100" />
            <source>&amp;Reprint reason:</source>
            <translation>补打原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1104" />
            <source>&amp;Save as PDF…</source>
            <translation>保存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1106" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1108" />
            <source>&amp;Retry failed</source>
            <translation>重试失败项(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1119" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1145" />
            <source>Save as PDF</source>
            <translation>保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1145" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1148" />
            <source>Folder for the PDF files</source>
            <translation>选择保存 PDF 的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1162" />
            <source>Enter order numbers and choose at least one document.</source>
            <translation>请输入订单号并至少选择一种单据。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1202" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1204" />
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
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1243" />
            <source>%1 ok, %2 failed.</source>
            <translation>成功 %1，失败 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1248" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1256" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="1258" />
            <source>Printing directly needs the Qt PDF module (PySide6-Addons), which is not installed. The documents were saved as PDF and open in your PDF viewer, where you can print them: %1</source>
            <translation>直接打印需要 Qt PDF 模块（PySide6-Addons），当前未安装。单据已保存为 PDF，并会在 PDF 阅读器中打开，可在其中打印：%1</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="661" />
            <source>Edit product</source>
            <translation>编辑商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="661" />
            <source>New product</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="681" />
            <source>Unit cost for stock valuation; receipts with a cost update it as a moving average.</source>
            <translation>用于库存估值的单位成本；带成本的入库会按移动加权平均更新它。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="689" />
            <source>Active (inactive SKUs are hidden from the stock table)</source>
            <translation>启用（停用的 SKU 不在库存表中显示）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="692" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="693" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="694" />
            <source>&amp;Barcode:</source>
            <translation>条码(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="695" />
            <source>S&amp;pec:</source>
            <translation>规格(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="696" />
            <source>&amp;Unit price:</source>
            <translation>单价(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="697" />
            <source>C&amp;ost per unit:</source>
            <translation>单位成本(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="698" />
            <source>&amp;Weight:</source>
            <translation>重量(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="701" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>ProductField</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="84" />
            <source>Scan a barcode or type a SKU, then Enter</source>
            <translation>扫描条码或输入 SKU，然后按回车</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <location filename="../../ui/service/customer_view.py" line="60" />
            <source>Edit customer %1</source>
            <translation>编辑客户 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="66" />
            <source>Customer &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="67" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="68" />
            <source>&amp;E-mail:</source>
            <translation>邮箱(&amp;E)：</translation>
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
            <translation>区县(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="72" />
            <source>&amp;Address:</source>
            <translation>详细地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="73" />
            <source>&amp;Tags (comma-separated):</source>
            <translation>标签，逗号分隔(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="80" />
            <source>Phone and address are masked; reveal them to edit.</source>
            <translation>电话和地址已脱敏，需先查看完整信息才能编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="88" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/customer_view.py" line="93" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>RateComparisonDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="331" />
            <source>Compare carriers</source>
            <translation>比较快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="337" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="339" />
            <source>or province, e.g. 广东省</source>
            <translation>或省份，如 广东省</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="343" />
            <source>order weight</source>
            <translation>订单重量</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="344" />
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Rate region</source>
            <translation>运费地区</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="353" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="354" />
            <source>Days</source>
            <translation>时效(天)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="354" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="359" />
            <source>&amp;Use this carrier</source>
            <translation>使用此快递公司(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="361" />
            <source>Set the selected carrier on the order</source>
            <translation>把选中的快递公司设为该订单的快递</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="403" />
            <source>To %1, %2 g, order amount %3.</source>
            <translation>寄往 %1，%2 克，订单金额 %3。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="409" />
            <source>by carrier rule</source>
            <translation>按快递规则</translation>
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
            <translation>建议：%1（%2）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="414" />
            <source>No carrier has a rate for this destination.</source>
            <translation>没有快递公司设置了到该地区的运费。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="422" />
            <source>fastest</source>
            <translation>最快</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="457" />
            <source>Order %1 ships with %2.</source>
            <translation>订单 %1 改由 %2 发货。</translation>
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
            <translation>退货收货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="66" />
            <source>Scan the case number, then every item</source>
            <translation>先扫描售后单号，再逐件扫描商品</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="79" />
            <source>Where the returned items are booked</source>
            <translation>退回商品入账的仓库</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="84" />
            <source>Warehouse:</source>
            <translation>仓库：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="92" />
            <source>Expected returns</source>
            <translation>待收退货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="110" />
            <source>F1  Resellable</source>
            <translation>F1  可二次销售</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="113" />
            <source>F2  Damaged (next item)</source>
            <translation>F2  残损（下一件）</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="116" />
            <source>F12  Inspection done</source>
            <translation>F12  验货完成</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="119" />
            <source>Esc  Close</source>
            <translation>Esc  关闭</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="138" />
            <source>Scan the after-sales case number on the parcel</source>
            <translation>请扫描包裹上的售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="175" />
            <source>No case</source>
            <translation>未选售后单</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="187" />
            <source>Received %1 of %2</source>
            <translation>已收 %1 / %2 件</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="206" />
            <source>Next item: DAMAGED → quarantine</source>
            <translation>下一件：残损 → 隔离区</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="234" />
            <source>Case %1: scan every item</source>
            <translation>售后单 %1：请逐件扫描</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="237" />
            <source>Case %1 is %2: nothing to receive</source>
            <translation>售后单 %1 为%2：无需收货</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="274" />
            <source>back to stock</source>
            <translation>已入库</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="276" />
            <source>to quarantine</source>
            <translation>已入隔离区</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/receipt_screen.py" line="293" />
            <source>Case %1 inspected. Scan the next case.</source>
            <translation>售后单 %1 已验货。请扫描下一个售后单。</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="210" />
            <source>Receive goods</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="216" />
            <source>Delivery note or supplier, e.g. PO-2024-118</source>
            <translation>送货单号或供应商，如 PO-2024-118</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="217" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="219" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="220" />
            <source>Receive</source>
            <translation>入库</translation>
        </message>
    </context>
    <context>
        <name>RecordPaymentDialog</name>
        <message>
            <location filename="../../ui/orders/payments.py" line="85" />
            <source>Record payment for %1</source>
            <translation>登记付款 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="87" />
            <source>Total %1 · paid %2 · due %3</source>
            <translation>合计 %1 · 已付 %2 · 待付 %3</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="105" />
            <source>Transaction or slip number</source>
            <translation>交易号或凭证号</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="112" />
            <source>Why it failed or is pending</source>
            <translation>失败或待确认的原因</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="114" />
            <source>&amp;Method:</source>
            <translation>支付方式(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="115" />
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="116" />
            <source>&amp;Reference:</source>
            <translation>凭证号(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="117" />
            <source>&amp;Time:</source>
            <translation>时间(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="118" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="119" />
            <source>R&amp;eason:</source>
            <translation>原因(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="127" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="128" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="158" />
            <source>Enter an amount above 0, such as 68.00</source>
            <translation>请输入大于 0 的金额，例如 68.00</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="160" />
            <source>More than the %1 still due</source>
            <translation>超过待付金额 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/payments.py" line="163" />
            <source>Say why the payment failed or is pending</source>
            <translation>请说明支付失败或待确认的原因</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="75" />
            <source>Request a refund — %1</source>
            <translation>申请退款 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="87" />
            <source>%1 × %2 (%3) — at most %4:</source>
            <translation>%1 × %2（%3）— 最多 %4：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="101" />
            <source>Shipping of %1 — at most %2:</source>
            <translation>%1 的运费 — 最多 %2：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="111" />
            <source>Other amount on %1 (compensation, price difference):</source>
            <translation>%1 的其他金额（补偿、差价）：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="118" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="121" />
            <source>%1: paid %2, refunded %3, waiting %4</source>
            <translation>%1：已付 %2，已退 %3，待审批 %4</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="131" />
            <source>&amp;Full refund of the lines</source>
            <translation>按明细全额退款(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="145" />
            <source>&amp;Request refund</source>
            <translation>申请退款(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="169" />
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/refunds.py" line="178" />
            <source>Request a refund</source>
            <translation>申请退款</translation>
        </message>
    </context>
    <context>
        <name>RefundsModel</name>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="87" />
            <source>Case no</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="88" />
            <source>Requested at</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <location filename="../../ui/aftersales/models.py" line="89" />
            <source>Decided by</source>
            <translation>审批人</translation>
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
            <translation>代收货款回款：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="44" />
            <source>%1 rows: %2 parcels settled, %3 already settled, %4 rows not used, %5 with a different amount.</source>
            <translation>共 %1 行：结算 %2 个包裹，%3 个此前已结算，%4 行未能使用，%5 个金额不符。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="55" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="63" />
            <source>Remitted differs from collected:</source>
            <translation>回款与代收金额不符：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/cod_dialogs.py" line="67" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="250" />
            <location filename="../../ui/tabs/reports_tab.py" line="294" />
            <source>Click to list the orders</source>
            <translation>点击列出这些订单</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="438" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="443" />
            <source>&amp;Export to Excel…</source>
            <translation>导出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="451" />
            <source>Period:</source>
            <translation>时间范围：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="647" />
            <location filename="../../ui/tabs/reports_tab.py" line="668" />
            <location filename="../../ui/tabs/reports_tab.py" line="676" />
            <location filename="../../ui/tabs/reports_tab.py" line="694" />
            <location filename="../../ui/tabs/reports_tab.py" line="704" />
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="648" />
            <location filename="../../ui/tabs/reports_tab.py" line="658" />
            <location filename="../../ui/tabs/reports_tab.py" line="663" />
            <location filename="../../ui/tabs/reports_tab.py" line="664" />
            <location filename="../../ui/tabs/reports_tab.py" line="668" />
            <location filename="../../ui/tabs/reports_tab.py" line="676" />
            <source>Revenue</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="649" />
            <location filename="../../ui/tabs/reports_tab.py" line="669" />
            <source>Average order</source>
            <translation>客单价</translation>
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
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="359" />
            <source>Conversion</source>
            <translation>转化与流失</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="360" />
            <source>Returns</source>
            <translation>退货退款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="361" />
            <source>Processing speed</source>
            <translation>处理时效</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="362" />
            <source>Stock</source>
            <translation>库存</translation>
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
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="385" />
            <location filename="../../ui/tabs/reports_tab.py" line="611" />
            <location filename="../../ui/tabs/reports_tab.py" line="618" />
            <source>Loading…</source>
            <translation>加载中…</translation>
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
            <translation>上个月</translation>
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
            <translation>自定义</translation>
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
            <translation>全部仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="437" />
            <source>All carriers</source>
            <translation>全部快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="441" />
            <source>Refresh (F5)</source>
            <translation>刷新 (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="447" />
            <source>&amp;Print to PDF…</source>
            <translation>打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="622" />
            <source>Preparing processing times… %p%</source>
            <translation>正在准备处理时效数据… %p%</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="650" />
            <source>Orders vs previous period</source>
            <translation>订单数环比</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="651" />
            <source>Revenue vs previous period</source>
            <translation>销售额环比</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="653" />
            <source>Previous period revenue</source>
            <translation>上期销售额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="667" />
            <source>By period</source>
            <translation>按时间</translation>
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
            <translation>创建订单</translation>
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
            <translation>超时未付</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="691" />
            <source>Cancelled after payment</source>
            <translation>付款后取消</translation>
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
            <translation>（未填写原因）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="702" />
            <source>Cancelled orders by reason</source>
            <translation>按原因统计的取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="710" />
            <source>Return rate (units)</source>
            <translation>退货率（件数）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="711" />
            <source>Units returned</source>
            <translation>退货件数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="712" />
            <source>Orders with returns</source>
            <translation>有退货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="713" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="714" />
            <source>Refunded ÷ revenue</source>
            <translation>退款率（金额）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="715" />
            <source>Exchanges</source>
            <translation>换货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="716" />
            <source>Resends</source>
            <translation>补发</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="718" />
            <source>Return rate by SKU, worst first</source>
            <translation>各 SKU 退货率（从高到低）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="719" />
            <location filename="../../ui/tabs/reports_tab.py" line="812" />
            <source>Name</source>
            <translation>名称</translation>
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
            <translation>退货率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="733" />
            <source>By reason</source>
            <translation>按原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="734" />
            <source>Cases</source>
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="741" />
            <source>Return rate by SKU (%)</source>
            <translation>各 SKU 退货率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="746" />
            <source>Returns count the units returned of the orders placed in the period. Refunds count by the day they were approved, whatever the order's day; refunded ÷ revenue uses the period's revenue.</source>
            <translation>退货按统计期内下单订单的退回件数统计。退款按审批通过的日期统计（不论订单是哪天下的）；退款额 ÷ 销售额使用本期销售额。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="754" />
            <source>Pick</source>
            <translation>拣货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="755" />
            <source>Pack</source>
            <translation>打包</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="755" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="759" />
            <source>Payment → shipment, median (h)</source>
            <translation>付款到发货中位数（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="761" />
            <source>Payment → shipment, p90 (h)</source>
            <translation>付款到发货 P90（小时）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/reports_tab.py" line="763" />
            <source>Shipped within %n hour(s)</source>
            <translation>
                <numerusform>%n 小时内发货率</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="765" />
            <source>Shipped late</source>
            <translation>超时发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="766" />
            <source>Completion rate</source>
            <translation>完成率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="768" />
            <source>Time in each stage (hours)</source>
            <translation>各环节耗时（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <source>Stage</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="769" />
            <location filename="../../ui/tabs/reports_tab.py" line="780" />
            <location filename="../../ui/tabs/reports_tab.py" line="899" />
            <source>Median</source>
            <translation>中位数</translation>
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
            <translation>付款到发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="779" />
            <source>Hours in each stage</source>
            <translation>各环节耗时（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="784" />
            <source>Time in a stage: from the order's first entry into the state to its first exit; medians and p90 of the orders placed in the period.</source>
            <translation>环节耗时：订单首次进入该状态到首次离开的时间；统计期内下单订单的中位数与 P90。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="791" />
            <source>Stock value at cost</source>
            <translation>库存成本金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="792" />
            <source>Units on hand</source>
            <translation>在库件数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="793" />
            <source>SKUs</source>
            <translation>SKU 数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="798" />
            <location filename="../../ui/tabs/reports_tab.py" line="809" />
            <source>Overstock</source>
            <translation>积压</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="809" />
            <source>Stock-out</source>
            <translation>缺货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="810" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="811" />
            <source>SKUs by stock value</source>
            <translation>按库存金额排列的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="812" />
            <source>On hand</source>
            <translation>在库</translation>
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
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Turnover</source>
            <translation>周转率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="814" />
            <source>Days of cover</source>
            <translation>可售天数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="815" />
            <source>Age (days)</source>
            <translation>库龄（天）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="815" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="827" />
            <source>Stock value by age (days)</source>
            <translation>按库龄（天）的库存金额</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="834" />
            <location filename="../../ui/tabs/reports_tab.py" line="853" />
            <location filename="../../ui/tabs/reports_tab.py" line="860" />
            <location filename="../../ui/tabs/reports_tab.py" line="873" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="835" />
            <source>First response, median (h)</source>
            <translation>首次响应中位数（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="837" />
            <source>First response, p90 (h)</source>
            <translation>首次响应 P90（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="839" />
            <source>Resolution, median (h)</source>
            <translation>解决时长中位数（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="841" />
            <source>Resolution, p90 (h)</source>
            <translation>解决时长 P90（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="843" />
            <source>Within SLA</source>
            <translation>时限达成率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="844" />
            <source>Complaints</source>
            <translation>投诉数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="845" />
            <source>Complaints per order</source>
            <translation>投诉率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="846" />
            <source>Average rating</source>
            <translation>平均评分</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="850" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="850" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="851" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="851" />
            <source>After-sales</source>
            <translation>售后</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="852" />
            <source>Tickets by kind</source>
            <translation>按类型的工单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="853" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="859" />
            <source>Tickets by category</source>
            <translation>按分类的工单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="860" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="865" />
            <source>Ratings by week</source>
            <translation>每周评分</translation>
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
            <translation>评分</translation>
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
            <translation>包裹数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="883" />
            <source>Carriers, fastest first</source>
            <translation>快递公司（由快到慢）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="884" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="884" />
            <source>Delivery median (h)</source>
            <translation>妥投中位数（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="885" />
            <source>Delivery p90 (h)</source>
            <translation>妥投 P90（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="885" />
            <source>Cost per parcel</source>
            <translation>单票运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Exception rate</source>
            <translation>异常率</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Lost</source>
            <translation>丢件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="886" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="898" />
            <source>Delivery time (hours)</source>
            <translation>妥投时长（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="902" />
            <source>COD outstanding per carrier is shown once payments are recorded.</source>
            <translation>各快递公司的代收货款待回款将在记录收款后显示。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="950" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1009" />
            <source>Print to PDF</source>
            <translation>打印为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1009" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="1021" />
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="961" />
            <source>Export report</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="795" />
            <source>Out of stock</source>
            <translation>缺货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="796" />
            <source>Low stock</source>
            <translation>低库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="797" />
            <source>SKUs with nothing available</source>
            <translation>无可用库存的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="801" />
            <source>Out of stock and low stock count a SKU in each warehouse, as the status bar does: nothing available, or less than its safety stock. Stock-out: nothing available (on hand − reserved ≤ 0). Overstock: more than %1 days of cover, or stock that did not move in the period. Days of cover: available ÷ units shipped a day in the period. Turnover: units shipped ÷ on hand. Age: days since the oldest unit on hand was received (first in, first out).</source>
            <translation>缺货与低库存按每个仓库中的每个 SKU 计数，与状态栏一致：无可用库存，或低于安全库存。缺货：无可用库存（在库 − 预占 ≤ 0）。积压：可售天数超过 %1 天，或统计期内没有出库。可售天数：可用 ÷ 统计期内日均出库件数。周转率：出库件数 ÷ 在库。库龄：在库最早一件入库至今的天数（先进先出）。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reports_tab.py" line="961" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel 文件 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReserveDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="612" />
            <source>Release a reservation</source>
            <translation>释放预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="612" />
            <source>Reserve for an order</source>
            <translation>为订单预占库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="624" />
            <source>all it holds</source>
            <translation>全部预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="625" />
            <source>&amp;Order no:</source>
            <translation>订单号(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="626" />
            <source>&amp;SKU:</source>
            <translation>SKU(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="627" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="628" />
            <source>&amp;Quantity:</source>
            <translation>数量(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="629" />
            <source>Release</source>
            <translation>释放</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="629" />
            <source>Reserve</source>
            <translation>预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="644" />
            <source>Choose a SKU first.</source>
            <translation>请先选择 SKU。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="76" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="84" />
            <source>The whole database will be replaced by this backup. The current database is backed up first. On a shared server the other workstations wait until the restore ends, then every workstation reloads.</source>
            <translation>整个数据库将被此备份替换。恢复前会先备份当前数据库。在共享服务器上，其他工作站会等待恢复结束，然后所有工作站重新加载。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="93" />
            <source>Type %1 to confirm:</source>
            <translation>输入 %1 以确认：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/backup_page.py" line="102" />
            <source>Restore</source>
            <translation>恢复</translation>
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
                <numerusform>将 %n 个订单退回修正。需要修正什么？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="491" />
            <source>Other (type below)</source>
            <translation>其他（在下方填写）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="495" />
            <source>Details for the clerk (optional with a preset)</source>
            <translation>给制单员的说明（选了预设原因可不填）</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="496" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="497" />
            <source>&amp;Details:</source>
            <translation>说明(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>ReviewRulesDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="375" />
            <source>Review rules</source>
            <translation>审单规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="380" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="396" />
            <source>Hold the order</source>
            <translation>挂起订单</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="397" />
            <source>Only flag it</source>
            <translation>仅标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="406" />
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="406" />
            <source>Hours</source>
            <translation>小时数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="413" />
            <source>&amp;Try on the last 1,000 orders</source>
            <translation>在最近 1,000 个订单上试运行(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="448" />
            <source>would hold</source>
            <translation>将挂起</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="448" />
            <source>would flag</source>
            <translation>将标记</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="449" />
            <source>%1: %2 %3 of the last %4 orders</source>
            <translation>%1：最近 %4 个订单中%2 %3 个</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../ui/i18n.py" line="72" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="73" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="74" />
            <source>Order reviewer</source>
            <translation>审单员</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="75" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="76" />
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="77" />
            <source>Analyst</source>
            <translation>数据分析</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <location filename="../../ui/service/labels.py" line="15" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="16" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="17" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="18" />
            <source>After-sales</source>
            <translation>售后</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="25" />
            <source>Urgent</source>
            <translation>紧急</translation>
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
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="37" />
            <source>Waiting on customer</source>
            <translation>待客户回复</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="38" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="39" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="47" />
            <source>Re&amp;open</source>
            <translation>重新打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="49" />
            <source>&amp;Resume</source>
            <translation>继续处理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="51" />
            <source>&amp;Take on</source>
            <translation>受理(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="53" />
            <source>&amp;Wait for customer</source>
            <translation>等待客户(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="54" />
            <source>Re&amp;solve</source>
            <translation>解决(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="55" />
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="62" />
            <source>on time</source>
            <translation>按时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="63" />
            <source>due soon</source>
            <translation>即将超时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="64" />
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="81" />
            <source>order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="82" />
            <source>platform order no</source>
            <translation>平台单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="83" />
            <source>tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="84" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="85" />
            <source>phone last 4 + name</source>
            <translation>尾号+姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="86" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="87" />
            <source>name starts with</source>
            <translation>姓名开头</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="88" />
            <source>phone last 4</source>
            <translation>电话尾号</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="96" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="97" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="98" />
            <source>Message</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="99" />
            <source>Template name</source>
            <translation>模板名称</translation>
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
            <translation>邮箱</translation>
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
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="106" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/service/labels.py" line="107" />
            <source>Note</source>
            <translation>备注</translation>
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
            <translation>电话、尾号4位+姓名、订单号、运单号或姓名 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="68" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="70" />
            <source>&amp;New ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="72" />
            <source>New ticket (Ctrl+N)</source>
            <translation>新建工单 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="87" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="88" />
            <source>Ticket queue</source>
            <translation>工单队列</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="95" />
            <source>After-sales</source>
            <translation>售后</translation>
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
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="189" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="190" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="191" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="210" />
            <source>◀ Previous</source>
            <translation>◀ 上一页</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="211" />
            <source>Next ▶</source>
            <translation>下一页 ▶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="262" />
            <source>No customer or order found for “%1”.</source>
            <translation>未找到与“%1”匹配的客户或订单。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="277" />
            <source>%1 (no customer)</source>
            <translation>%1（无客户档案）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/service_tab.py" line="280" />
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
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
            <translation>⚠ 黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="302" />
            <source>%1 (%2) has orders that are not linked to a customer yet.</source>
            <translation>%1（%2）的订单尚未关联到客户。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="351" />
            <source>Ticket %1 opened</source>
            <translation>已创建工单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="408" />
            <source>%1–%2 of %3</source>
            <translation>第 %1–%2 条，共 %3 条</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="426" />
            <source>All open (%1)</source>
            <translation>全部未结 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="427" />
            <source>Mine (%1)</source>
            <translation>我的 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="428" />
            <source>Overdue (%1)</source>
            <translation>已超时 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="429" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="435" />
            <source>Open %1 · overdue %2 · due soon %3 · mine %4</source>
            <translation>未结 %1 · 超时 %2 · 即将超时 %3 · 我的 %4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="446" />
            <source>Overdue tickets: %1</source>
            <translation>超时工单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/service_tab.py" line="458" />
            <source>After-sales (%1)</source>
            <translation>售后（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/service_tab.py" line="460" />
            <source>%n refund(s) to approve</source>
            <translation>
                <numerusform>%n 笔退款待审批</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="613" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="615" />
            <source>Shared settings</source>
            <translation>共享设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="619" />
            <source>E-mail alerts</source>
            <translation>邮件提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="620" />
            <source>This workstation</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="621" />
            <source>Maintenance</source>
            <translation>维护</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="625" />
            <source>Backup and restore</source>
            <translation>备份与恢复</translation>
        </message>
    </context>
    <context>
        <name>SharedSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="336" />
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="345" />
            <source>Failed logins before lockout</source>
            <translation>锁定前允许的登录失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="346" />
            <source>Lockout duration (minutes)</source>
            <translation>锁定时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="347" />
            <source>Idle auto-lock (minutes, 0 = off)</source>
            <translation>空闲自动锁屏（分钟，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="348" />
            <source>Passwords expire after (days, 0 = never)</source>
            <translation>密码有效期（天，0 = 永不过期）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="349" />
            <source>Backup cycle (hours, 0 = off)</source>
            <translation>备份周期（小时，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="350" />
            <source>Backups to keep</source>
            <translation>保留备份份数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="351" />
            <source>Backup folder (empty: the data folder's backups)</source>
            <translation>备份文件夹（留空：数据文件夹中的默认备份文件夹）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="353" />
            <source>Workstation that makes the scheduled backups (computer name; empty: this one on SQLite, none on a server)</source>
            <translation>执行定时备份的工作站（计算机名；留空：单机 SQLite 为本机，服务器数据库则不执行）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="356" />
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="357" />
            <source>Company address</source>
            <translation>公司地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="358" />
            <source>Company phone</source>
            <translation>公司电话</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="359" />
            <source>Order number prefix</source>
            <translation>订单号前缀</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="361" />
            <source>Reasons offered when returning an order (separate with ;)</source>
            <translation>退回修正的预设原因（用分号 ; 分隔）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="363" />
            <source>Approve orders that pass every review rule</source>
            <translation>通过全部审单规则的订单自动审核</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="364" />
            <source>Confirm auto-approved orders when in stock</source>
            <translation>有货时自动确认自动审核通过的订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="365" />
            <source>Default carrier code on confirmation</source>
            <translation>确认订单时默认的快递公司代码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="366" />
            <source>Allow splitting an order across warehouses</source>
            <translation>允许一个订单从多个仓库发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="367" />
            <source>Ticket SLA, urgent (hours)</source>
            <translation>工单处理时限：紧急（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="368" />
            <source>Ticket SLA, high (hours)</source>
            <translation>工单处理时限：高（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="369" />
            <source>Ticket SLA, normal (hours)</source>
            <translation>工单处理时限：普通（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="370" />
            <source>Ticket SLA, low (hours)</source>
            <translation>工单处理时限：低（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="371" />
            <source>Company tax ID (on invoices)</source>
            <translation>公司税号（打印在销售单上）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="372" />
            <source>Invoice tax rate (%)</source>
            <translation>销售单税率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="373" />
            <source>Default carrier code (labels without a parcel)</source>
            <translation>默认快递代码（无包裹时打印面单）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="374" />
            <source>Parcel without movement after (days)</source>
            <translation>包裹停滞天数（超过即异常）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="376" />
            <source>Days without movement per carrier (e.g. EMS=5, SF=2)</source>
            <translation>各快递停滞天数（如 EMS=5, SF=2）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="378" />
            <source>Warn below this many tracking numbers left</source>
            <translation>电子面单号剩余少于此数时提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="379" />
            <source>Mask phone numbers on labels</source>
            <translation>面单隐藏手机号（隐私面单）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="381" />
            <source>Folder for pack-station labels (empty: the data folder's labels)</source>
            <translation>打包台面单保存文件夹（留空：数据文件夹下的 labels）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="384" />
            <source>Printer for pack-station labels (empty: save only; default: the system printer)</source>
            <translation>打包台面单打印机（留空：只保存；default：系统默认打印机）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="386" />
            <source>Weigh parcels at the pack station</source>
            <translation>打包台称重校验</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="387" />
            <source>Pack-station weight tolerance (%)</source>
            <translation>打包台称重允许误差（%）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="388" />
            <source>Ship-by promise (hours after payment)</source>
            <translation>承诺发货时限（付款后小时数）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="390" />
            <source>Refunds above this amount need a supervisor (yuan)</source>
            <translation>退款超过此金额须主管审批（元）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="392" />
            <source>Cancel unpaid orders after (hours, 0 = never)</source>
            <translation>未付款订单自动取消时限（小时，0 = 不取消）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="393" />
            <source>Complete delivered orders after (days)</source>
            <translation>签收后自动完成天数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="395" />
            <source>After-sales may still open after completion for (days)</source>
            <translation>订单完成后仍可申请售后的天数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="398" />
            <source>Alert: pending review over (hours, 0 = off)</source>
            <translation>预警：待审核超过（小时，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="401" />
            <source>Alert: approved, not confirmed over (hours, 0 = off)</source>
            <translation>预警：已审核未确认超过（小时，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="403" />
            <source>Alert: unpaid over (hours, 0 = off)</source>
            <translation>预警：待付款超过（小时，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="404" />
            <source>Alert: not shipped by the ship-by promise</source>
            <translation>预警：超过承诺时效未发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="405" />
            <source>Alert: parcels without tracking movement</source>
            <translation>预警：包裹物流无更新</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="406" />
            <source>Alert: out of stock blocks confirmation</source>
            <translation>预警：缺货无法确认</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="407" />
            <source>Alert: payment mismatch</source>
            <translation>预警：付款金额不符</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="408" />
            <source>Alert: tickets past their SLA</source>
            <translation>预警：工单超过时限</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="410" />
            <source>Alert: after-sales cases open over (days, 0 = off)</source>
            <translation>预警：售后单未结超过（天，0 = 关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="413" />
            <source>Alert: parcels lost, damaged, returned, address problem or delayed</source>
            <translation>预警：包裹丢失、破损、退回、地址异常或滞留</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="415" />
            <source>SMTP server (empty = no e-mail)</source>
            <translation>SMTP 服务器（留空 = 不发邮件）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="416" />
            <source>SMTP port</source>
            <translation>SMTP 端口</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="417" />
            <source>Encryption</source>
            <translation>加密方式</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="418" />
            <source>SMTP user name (empty = no login)</source>
            <translation>SMTP 用户名（留空 = 不登录）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="419" />
            <source>From address</source>
            <translation>发件人地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="420" />
            <source>Recipients (separate with ,)</source>
            <translation>收件人（用逗号分隔）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="421" />
            <source>E-mail each new exception</source>
            <translation>每出现新异常即发邮件</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="422" />
            <source>Kinds to e-mail</source>
            <translation>发邮件的异常类型</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="423" />
            <source>Lowest severity to e-mail</source>
            <translation>发邮件的最低严重程度</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="424" />
            <source>Daily digest at (HH:MM, empty = none)</source>
            <translation>每日汇总时间（时:分，留空 = 不发）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="425" />
            <source>Language of the e-mails</source>
            <translation>邮件语言</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="468" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="470" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>ShipDialog</name>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="535" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="643" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="655" />
            <source>Ship packed orders</source>
            <translation>已打包订单发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="541" />
            <source>Scan an order or tracking number to tick it</source>
            <translation>扫描订单号或运单号即可勾选</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="542" />
            <source>&amp;Scan:</source>
            <translation>扫描(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="548" />
            <source>Order no</source>
            <translation>订单号</translation>
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
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Label</source>
            <translation>面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="549" />
            <source>Packed</source>
            <translation>打包时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="555" />
            <source>Select &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="557" />
            <source>Select &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="561" />
            <source>S&amp;hip ticked orders</source>
            <translation>勾选订单发货(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="566" />
            <source>&amp;Retry failed</source>
            <translation>重试失败项(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="578" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="578" />
            <source>Why it was not shipped</source>
            <translation>未发货原因</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="610" />
            <source>printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="610" />
            <source>not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="626" />
            <source>%1 of %2 ticked</source>
            <translation>已勾选 %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="639" />
            <source>Ticked %1</source>
            <translation>已勾选 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="644" />
            <source>%1 is not a packed order waiting to ship.</source>
            <translation>%1 不是待发货的已打包订单。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="650" />
            <source>Tick the orders to ship first (Space ticks a row).</source>
            <translation>请先勾选要发货的订单（空格键勾选当前行）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="657" />
            <source>Hand %n order(s) to the carrier? Their goods are taken out of stock.</source>
            <translation>
                <numerusform>将 %n 个订单交给快递发货？这些订单的商品将从库存中扣减。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="668" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="673" />
            <source>Shipping orders</source>
            <translation>正在发货</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="683" />
            <source>%n order(s) shipped.</source>
            <translation>
                <numerusform>已发货 %n 单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="685" />
            <source>%n failed:</source>
            <translation>
                <numerusform>%n 单失败：</numerusform>
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
            <translation>已建面单</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>Handed over</source>
            <translation>已交接</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="115" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="117" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="118" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="119" />
            <source>Lost</source>
            <translation>已丢失</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="126" />
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="127" />
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="128" />
            <source>Voided</source>
            <translation>已作废</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="105" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="111" />
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Shipped at</source>
            <translation>发货时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Latest tracking</source>
            <translation>最新物流</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="112" />
            <source>Where</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="106" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Label</source>
            <translation>面单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="107" />
            <source>Prints</source>
            <translation>打印次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="108" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="108" />
            <source>Phone</source>
            <translation>电话</translation>
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
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="110" />
            <source>Last event at</source>
            <translation>最新轨迹时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="111" />
            <source>Last event</source>
            <translation>最新轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="111" />
            <source>Exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="112" />
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_tab.py" line="163" />
            <source> (handled)</source>
            <translation>（已处理）</translation>
        </message>
    </context>
    <context>
        <name>SkuDialog</name>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="34" />
            <source>SKUs not in the catalogue</source>
            <translation>不在商品目录中的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="40" />
            <source>Orders with these platform SKUs are held until each SKU names a product. Map a platform SKU to our SKU (remembered for later imports of the channel), or create the product in the catalogue and check again.</source>
            <translation>含有这些平台 SKU 的订单会被挂起，直到每个 SKU 都对应到商品。可以把平台 SKU 对应到我们的 SKU（该渠道以后的导入会记住），或在商品目录中新建商品后重新检查。</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="49" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="50" />
            <source>Platform SKU</source>
            <translation>平台 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="51" />
            <source>Product name</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="52" />
            <source>Open orders</source>
            <translation>未完成订单</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="62" />
            <source>Our SKU, e.g. SKU-00012</source>
            <translation>我们的 SKU，例如 SKU-00012</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="64" />
            <source>&amp;Map</source>
            <translation>对应(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="67" />
            <source>Check &amp;again</source>
            <translation>重新核对(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="68" />
            <source>Link SKUs created in the catalogue since the import</source>
            <translation>关联导入后在商品目录中新建的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="70" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="76" />
            <source>Selected platform SKU is our:</source>
            <translation>所选平台 SKU 对应我们的：</translation>
        </message>
        <message>
            <location filename="../../ui/importing/sku_dialog.py" line="106" />
            <source>%1 orders now name the product; %2 released from hold.</source>
            <translation>%1 个订单已关联到商品；%2 个已解除挂起。</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="281" />
            <source>Split order %1</source>
            <translation>拆分订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="284" />
            <source>Line</source>
            <translation>明细</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="285" />
            <source>Ordered</source>
            <translation>订购数</translation>
        </message>
        <message>
            <location filename="../../ui/orders/dialogs.py" line="286" />
            <source>To the new order</source>
            <translation>拆到新订单</translation>
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
            <translation>待审核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="57" />
            <source>Needs correction</source>
            <translation>待修正</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="58" />
            <source>Approved</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="59" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="60" />
            <source>Picking</source>
            <translation>拣货中</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="61" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="62" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="63" />
            <source>Delivered</source>
            <translation>已签收</translation>
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
            <translation>%1 的调配方案</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="476" />
            <source>Transfer to %1:</source>
            <translation>调拨到 %1：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="480" />
            <source>%1 × %2 from %3</source>
            <translation>%1 × %2 从 %3</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="491" />
            <source>To buy (no warehouse has them):</source>
            <translation>需采购（各仓库均无货）：</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="497" />
            <source>Or split the order: every unit is in stock somewhere.</source>
            <translation>或拆分订单：所有商品都有库存，只是分散在不同仓库。</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="499" />
            <source>The stock can fill this order now: confirm it.</source>
            <translation>现有库存已足够，可直接确认订单。</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="503" />
            <source>&amp;Create the transfer</source>
            <translation>创建调拨单(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="508" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/exception_center.py" line="521" />
            <source>Transfer created: %1</source>
            <translation>已创建调拨单：%1</translation>
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
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="106" />
            <source>Spec</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="107" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="108" />
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="109" />
            <source>On hand</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="110" />
            <source>Reserved</source>
            <translation>预占</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="111" />
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="112" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="113" />
            <source>Quarantined</source>
            <translation>隔离</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="114" />
            <source>Incoming</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="115" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="142" />
            <source>Low stock</source>
            <translation>低库存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_tab.py" line="143" />
            <source>Out of stock</source>
            <translation>缺货</translation>
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
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="428" />
            <source>New count sheet</source>
            <translation>新建盘点单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="435" />
            <source>first bin, e.g. A-01</source>
            <translation>起始库位，如 A-01</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="437" />
            <source>last bin, e.g. B-10</source>
            <translation>结束库位，如 B-10</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="443" />
            <source>&amp;Make count sheet</source>
            <translation>生成盘点单(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="444" />
            <source>&amp;Sheet:</source>
            <translation>盘点单(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="445" />
            <source>&amp;Warehouse:</source>
            <translation>仓库(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="446" />
            <source>&amp;Bins (empty: all):</source>
            <translation>库位范围（空为全部）(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="447" />
            <source>&amp;Counted by:</source>
            <translation>盘点人(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="455" />
            <source>Expected</source>
            <translation>账面数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="456" />
            <source>On hand now</source>
            <translation>当前在库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="456" />
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="463" />
            <source>&amp;Save counts</source>
            <translation>保存实盘数(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="464" />
            <source>&amp;Post variances</source>
            <translation>过账差异(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="466" />
            <source>Cancel s&amp;heet</source>
            <translation>作废盘点单(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="467" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="502" />
            <source>Count sheet %1 · %2 · %n line(s)</source>
            <translation>
                <numerusform>盘点单 %1 · %2 · 共 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="537" />
            <source>Row %1 (%2): the count must be a whole number of 0 or more.</source>
            <translation>第 %1 行（%2）：实盘数必须是大于等于 0 的整数。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="562" />
            <source>Post stock-take</source>
            <translation>盘点过账</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="564" />
            <source>Post %1? On hand of the %n counted line(s) is set to the count; empty lines stay as they are.</source>
            <translation>
                <numerusform>过账 %1？已盘点的 %n 行在库数将改为实盘数；未填写的行保持不变。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="580" />
            <source>Stock-take posted</source>
            <translation>盘点已过账</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="581" />
            <source>%1 posted: %n variance(s) booked.</source>
            <translation>
                <numerusform>%1 已过账：记录了 %n 处差异。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../ui/i18n.py" line="84" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="85" />
            <source>Inventory</source>
            <translation>库存</translation>
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
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="89" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="172" />
            <source>Reply templates</source>
            <translation>回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="184" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="185" />
            <source>C&amp;ategory:</source>
            <translation>分类(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="186" />
            <source>&amp;Text:</source>
            <translation>正文(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="189" />
            <source>Placeholders: %1</source>
            <translation>占位符：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="202" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="203" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="204" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="205" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="275" />
            <source>Delete template</source>
            <translation>删除模板</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="276" />
            <source>Delete the template %1? Tickets keep the replies already sent.</source>
            <translation>删除模板 %1？已发送的回复仍保留在工单中。</translation>
        </message>
    </context>
    <context>
        <name>TicketEditor</name>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="334" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="349" />
            <source>Rating:</source>
            <translation>评分：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="352" />
            <source>Assignee:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="356" />
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="368" />
            <source>Insert a saved reply with the ticket's details filled in</source>
            <translation>插入常用回复，自动填入本工单的信息</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="371" />
            <source>&amp;Templates…</source>
            <translation>模板管理(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="378" />
            <source>Reply to the customer, or an internal note</source>
            <translation>回复客户，或填写内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="381" />
            <source>&amp;Internal note (not for the customer)</source>
            <translation>内部备注，客户不可见(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="383" />
            <source>Sen&amp;d</source>
            <translation>发送(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="385" />
            <source>Send (Ctrl+Enter)</source>
            <translation>发送 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="413" />
            <source>— unassigned —</source>
            <translation>— 未分配 —</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="417" />
            <source>Insert reply template…</source>
            <translation>插入回复模板…</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="428" />
            <source>No ticket selected</source>
            <translation>未选择工单</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="429" />
            <source>Pick a ticket in the queue or on the customer screen.</source>
            <translation>请在工单队列或客户页面中选择一个工单。</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="463" />
            <source>order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="465" />
            <source>case %1</source>
            <translation>售后单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="466" />
            <source>created %1</source>
            <translation>创建于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="470" />
            <source>Open the customer screen</source>
            <translation>打开客户页面</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="498" />
            <source>SLA due %1</source>
            <translation>处理时限：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="502" />
            <source>Resolved %1</source>
            <translation>已于 %1 解决</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="562" />
            <source>Ticket %1: %2</source>
            <translation>工单 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="577" />
            <source>Ticket %1 assigned to %2</source>
            <translation>工单 %1 已分派给 %2</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="619" />
            <source>Internal note added to %1</source>
            <translation>已在 %1 添加内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/service/ticket_editor.py" line="619" />
            <source>Reply sent on %1</source>
            <translation>已在 %1 回复客户</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Ticket no</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>SLA due</source>
            <translation>处理时限</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="131" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="132" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="133" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/service/models.py" line="133" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
    </context>
    <context>
        <name>TrackingEventDialog</name>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="284" />
            <source>Parcel %1 (%2) of order %3, to %4</source>
            <translation>包裹 %1（%2），订单 %3，收件人 %4</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="305" />
            <source>&amp;Time:</source>
            <translation>时间(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="306" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/logistics_dialogs.py" line="307" />
            <source>&amp;Location:</source>
            <translation>地点(&amp;L)：</translation>
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
            <translation>仓库间调拨</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="301" />
            <source>&amp;From:</source>
            <translation>调出仓(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="302" />
            <source>&amp;To:</source>
            <translation>调入仓(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="304" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="306" />
            <source>The goods leave the source now and are in transit until received.</source>
            <translation>货物现在从调出仓出库，签收前处于在途状态。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="310" />
            <source>Dispatch</source>
            <translation>调拨出库</translation>
        </message>
    </context>
    <context>
        <name>TransfersDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="327" />
            <source>Transfers</source>
            <translation>调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="333" />
            <source>Transfer no</source>
            <translation>调拨单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="334" />
            <source>From</source>
            <translation>调出仓</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="335" />
            <source>To</source>
            <translation>调入仓</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="336" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="337" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="338" />
            <source>Dispatched</source>
            <translation>出库时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="347" />
            <source>&amp;Receive at destination</source>
            <translation>调入仓签收(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="348" />
            <source>Cancel &amp;transfer</source>
            <translation>取消调拨(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="349" />
            <source>Close</source>
            <translation>关闭</translation>
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
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="370" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="394" />
            <source>Cancel transfer</source>
            <translation>取消调拨</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/inventory_dialogs.py" line="395" />
            <source>Cancel %1? Goods in transit go back into %2 (%n units).</source>
            <translation>
                <numerusform>取消 %1？在途货物将退回 %2（%n 件）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../ui/i18n.py" line="157" />
            <source>System</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="55" />
            <source>User name</source>
            <translation>用户名</translation>
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
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Failed logins</source>
            <translation>登录失败次数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="56" />
            <source>Last login</source>
            <translation>上次登录</translation>
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
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="136" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="138" />
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="140" />
            <source>Change r&amp;ole…</source>
            <translation>更改角色(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="142" />
            <source>&amp;Disable / enable</source>
            <translation>停用 / 启用(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="196" />
            <source>User %1 created as %2</source>
            <translation>已创建用户 %1，角色：%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="205" />
            <source>%1 unlocked: they can log in again</source>
            <translation>%1 已解锁，可以重新登录</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="213" />
            <source>Reset password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="218" />
            <source>New &amp;password:</source>
            <translation>新密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="228" />
            <source>Password of %1 reset: they choose their own at the next login</source>
            <translation>已重置 %1 的密码：其下次登录时须设置自己的密码</translation>
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
            <translation>如果 %1 正在登录中，其下一次操作时将被要求重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="273" />
            <source>%1 is now %2</source>
            <translation>%1 现在是%2</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="289" />
            <source>Disable user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="290" />
            <source>Disable %1? They can no longer log in.</source>
            <translation>停用 %1？该用户将无法再登录。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="298" />
            <source>%1 disabled</source>
            <translation>已停用 %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="298" />
            <source>%1 enabled</source>
            <translation>已启用 %1</translation>
        </message>
    </context>
    <context>
        <name>WarehouseDialog</name>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="733" />
            <source>Edit warehouse</source>
            <translation>编辑仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="733" />
            <source>New warehouse</source>
            <translation>新建仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="742" />
            <source>Lower numbers are chosen first for orders</source>
            <translation>数字越小，订单越优先从该仓发货</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="744" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="746" />
            <source>&amp;Code:</source>
            <translation>编码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="747" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="748" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="749" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="754" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="757" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="758" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="759" />
            <source>Priority</source>
            <translation>优先级</translation>
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
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="791" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="792" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="793" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="794" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="795" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="804" />
            <source>&amp;New warehouse…</source>
            <translation>新建仓库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="805" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inventory_dialogs.py" line="806" />
            <source>Close</source>
            <translation>关闭</translation>
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
            <translation>拣货波次</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="334" />
            <source>Show &amp;closed waves</source>
            <translation>显示已关闭的波次(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Wave</source>
            <translation>波次号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="339" />
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Picking</source>
            <translation>拣货中</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="340" />
            <source>By</source>
            <translation>创建人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="348" />
            <source>&amp;New wave…</source>
            <translation>新建波次(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="349" />
            <source>&amp;Save pick list…</source>
            <translation>保存拣货单(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="351" />
            <source>&amp;Print pick list…</source>
            <translation>打印拣货单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="353" />
            <source>Print &amp;labels…</source>
            <translation>打印本波次面单(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="355" />
            <source>Close &amp;wave…</source>
            <translation>关闭波次(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="372" />
            <source>Orders of the wave</source>
            <translation>本波次的订单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Order no</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="374" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="375" />
            <source>Tracking no</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="472" />
            <source>Save pick list</source>
            <translation>保存拣货单</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="473" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="477" />
            <source>Pick list saved: %1</source>
            <translation>拣货单已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="506" />
            <source>Close wave %1?</source>
            <translation>关闭波次 %1？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="509" />
            <source>%n order(s) are still being picked; they stay so and can still be packed.</source>
            <translation>
                <numerusform>还有 %n 个订单在拣货中；关闭后它们保持拣货中，仍可打包。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/fulfilment_dialogs.py" line="513" />
            <source>Close wave</source>
            <translation>关闭波次</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPage</name>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="490" />
            <source>Empty: the embedded database on this PC (%1)</source>
            <translation>留空：使用本机内置数据库（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="494" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="495" />
            <source>&amp;Database URL:</source>
            <translation>数据库地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="499" />
            <source>For several workstations use a shared server, e.g. postgresql://user@server/kuaidan. The password is asked once and kept in the system keyring, never in a file. Changes apply at the next start.</source>
            <translation>多台工作站请使用共享服务器，例如 postgresql://user@server/kuaidan。密码只询问一次，保存在系统钥匙串中，绝不写入文件。更改在下次启动时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="507" />
            <source>&amp;Save for this workstation</source>
            <translation>保存到本工作站(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="519" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/settings_tab.py" line="519" />
            <source>Saved. The change applies when Kuaidan starts again.</source>
            <translation>已保存。更改将在快单下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/app.py" line="47" />
            <location filename="../../ui/errors.py" line="112" />
            <source>Something went wrong that Kuaidan did not expect. Your data is safe; the action was not completed. Details are in the log.</source>
            <translation>快单遇到了意外错误。您的数据是安全的，本次操作没有完成。详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="154" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="100" />
            <source>The password needs at least {minimum} characters</source>
            <translation>密码至少需要 {minimum} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="101" />
            <source>User names are 2–64 letters, digits, '.', '_' or '-'</source>
            <translation>用户名须为 2–64 个字母、数字、“.”、“_”或“-”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="102" />
            <source>Wrong user name or password</source>
            <translation>用户名或密码错误</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="104" />
            <source>Account locked until {locked_until}</source>
            <translation>账号已锁定，请于 {locked_until} 后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="105" />
            <source>Too many failed logins; the account is locked until {locked_until}</source>
            <translation>登录失败次数过多，账号已锁定，请于 {locked_until} 后再试，或联系管理员解锁</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="107" />
            <source>No user with id {user_id}</source>
            <translation>找不到编号为 {user_id} 的用户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="108" />
            <source>An administrator already exists; log in instead</source>
            <translation>管理员已存在，请直接登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="112" />
            <source>You cannot demote or disable your own account</source>
            <translation>不能降级或停用自己的账号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="111" />
            <source>The user name {username} is taken</source>
            <translation>用户名 {username} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="32" />
            <source>Case {case_no} is {status}; it cannot be {action}</source>
            <translation>售后单 {case_no} 当前为{status}，不能{action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="34" />
            <source>{field}: a whole number from 1 to {limit}</source>
            <translation>{field}：须为 1 到 {limit} 的整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="35" />
            <source>No {what} with id {id}</source>
            <translation>找不到 ID 为 {id} 的{what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="9" />
            <source>Scan or enter at least one received item</source>
            <translation>请至少扫描或录入一件收到的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="22" />
            <source>Expected received lines</source>
            <translation>应为收货明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="23" />
            <source>Line {line_id} is not part of case {case_no}</source>
            <translation>明细 {line_id} 不属于售后单 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="24" />
            <source>No active warehouse with id {warehouse_id}</source>
            <translation>找不到 ID 为 {warehouse_id} 的启用仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="25" />
            <source>{sku}: {received} of {qty} already received; {more} more is too many</source>
            <translation>{sku}：{qty} 件中已收 {received} 件，再收 {more} 件就超出了</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="26" />
            <source>{sku} is not in the catalogue; it cannot go back to stock</source>
            <translation>{sku} 不在商品目录中，无法入库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="10" />
            <source>Choose a reason from the list ({reason})</source>
            <translation>请从列表中选择原因（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="11" />
            <source>Choose at least one order line</source>
            <translation>请至少选择一行订单明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="15" />
            <source>Ticket {ticket_no} belongs to another customer</source>
            <translation>工单 {ticket_no} 属于另一位客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="20" />
            <source>Choose the SKUs the customer gets in exchange</source>
            <translation>请选择换给客户的 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="21" />
            <source>Case {case_no}: {back} piece(s) came back; the exchange can send at most that many, not {wanted}</source>
            <translation>售后单 {case_no}：已收回 {back} 件，换货最多发出同样件数，不能发 {wanted} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="37" />
            <source>Enter an amount to refund</source>
            <translation>请输入退款金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="38" />
            <source>Give the reason for the amount refunded</source>
            <translation>请填写退款金额的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="40" />
            <source>A refund of {amount} is more than what remains refundable on order {order_no}: paid {paid}, already refunded {refunded}, remaining {remaining}</source>
            <translation>退款 {amount} 超过订单 {order_no} 的可退金额：已付 {paid}，已退 {refunded}，剩余 {remaining}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="41" />
            <source>Refund requests of {pending} already wait on order {order_no}; with this {amount} they exceed the {remaining} left to refund, so not all of them can be approved. Request it anyway?</source>
            <translation>订单 {order_no} 已有 {pending} 的退款申请待审批；加上这笔 {amount} 将超过剩余可退的 {remaining}，无法全部批准。仍要申请吗？</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="44" />
            <source>No refund with id {refund_id}</source>
            <translation>找不到 ID 为 {refund_id} 的退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="45" />
            <source>Refund {refund_id} was already {status} by {user} at {time}</source>
            <translation>退款 {refund_id} 已由 {user} 于 {time} 处理：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="31" />
            <source>Choose resellable or damaged for every item</source>
            <translation>请为每件商品选择可二次销售或残损</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="12" />
            <source>No customer with id {customer_id}</source>
            <translation>没有 ID 为 {customer_id} 的客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="27" />
            <source>Order line {line_id} is listed twice</source>
            <translation>订单明细 {line_id} 重复了</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="13" />
            <source>No order line with id {line_id}</source>
            <translation>找不到 ID 为 {line_id} 的订单明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="16" />
            <source>Case {case_no} has approved refunds of {amount}; it cannot be rejected</source>
            <translation>售后单 {case_no} 已有 {amount} 的退款获批，不能拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="17" />
            <source>{barcode} is not an item of case {case_no}</source>
            <translation>{barcode} 不是售后单 {case_no} 中的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="18" />
            <source>All {qty} of {sku} on case {case_no} are already received</source>
            <translation>售后单 {case_no} 中的 {sku} 共 {qty} 件已全部收到</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="19" />
            <source>Case {case_no} has no approved refund yet</source>
            <translation>售后单 {case_no} 还没有获批的退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="39" />
            <source>Case {case_no} is {status}; it takes no more refunds</source>
            <translation>售后单 {case_no} 当前为{status}，不能再申请退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="42" />
            <source>You requested refund {refund_id} yourself; someone else must approve it</source>
            <translation>退款 {refund_id} 是您本人申请的，须由他人审批</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="43" />
            <source>Refunds above {threshold} need a supervisor's approval (this one brings the total refunded to {total})</source>
            <translation>超过 {threshold} 的退款须主管审批（批准后累计退款将达 {total}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="29" />
            <source>{sku} on order {order_no}: at most {limit} piece(s) can go on this case ({reached} reached the customer, {claimed} on other cases)</source>
            <translation>订单 {order_no} 的 {sku}：本售后单最多 {limit} 件（客户收到 {reached} 件，其他售后单已占 {claimed} 件）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="30" />
            <source>A resend sends the case's own items; use an exchange for others</source>
            <translation>补发只发出售后单中的原商品；其他商品请用换货</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="46" />
            <source>{sku}: at most {max} can be refunded for {qty} piece(s)</source>
            <translation>{sku}：{qty} 件最多可退 {max}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="47" />
            <source>Order {order_id} is not part of case {case_no}</source>
            <translation>订单 {order_id} 不属于售后单 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="48" />
            <source>Shipping of order {order_no}: at most {max}</source>
            <translation>订单 {order_no} 的运费最多 {max}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="49" />
            <source>A free amount is for refund-only cases; refund the lines instead</source>
            <translation>自定义金额仅适用于仅退款的售后单；请按明细退款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="146" />
            <source>A customer needs a name</source>
            <translation>客户必须有姓名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="497" />
            <source>The shared database is being restored from a backup by {by} (since {since}): nothing can be saved until the restore ends. Wait a few minutes; every workstation reloads when it is done, then do this again.</source>
            <translation>{by} 正在从备份恢复共享数据库（开始于 {since}）：恢复结束前无法保存任何内容。请等待几分钟；恢复完成后各工作站会重新加载，然后再执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="498" />
            <source>This database is an unfinished copy: a migration into it was interrupted or has not been verified yet. Do not work in it; run migrate again from the original database (it starts over) and wait until it reports the copy verified.</source>
            <translation>此数据库是未完成的副本：迁移到这里的过程被中断，或尚未校验。请勿在其中工作；请从原数据库重新运行迁移（会从头开始），并等到它报告副本已校验。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="499" />
            <source>The account {username} has been deactivated; ask an administrator</source>
            <translation>账号 {username} 已被停用，请联系管理员</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="500" />
            <source>An administrator changed the role of {username}; log in again to continue</source>
            <translation>管理员已更改 {username} 的角色，请重新登录后继续</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="502" />
            <source>The record is being changed on another workstation; try again</source>
            <translation>该记录正在另一台工作站上修改，请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="508" />
            <source>{label} is required</source>
            <translation>请填写{label}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="509" />
            <source>{label} is longer than {max_length} characters</source>
            <translation>{label}超过 {max_length} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="147" />
            <source>The phone number is masked; reveal it before editing</source>
            <translation>电话已脱敏，请先查看完整信息再编辑</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="148" />
            <source>{phone} is not a phone number</source>
            <translation>{phone} 不是有效的电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="149" />
            <source>The address is masked; reveal it before editing</source>
            <translation>地址已脱敏，请先查看完整信息再编辑</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="150" />
            <source>A customer cannot be merged into itself</source>
            <translation>不能把客户合并到其自身</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="151" />
            <source>Too many tags (255 characters at most)</source>
            <translation>标签过多（最多 255 个字符）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="152" />
            <source>Merge {duplicate} into {kept}: {orders} orders, {tickets} tickets and {cases} after-sales cases move to {kept}, and {duplicate} is deleted.</source>
            <translation>将 {duplicate} 合并到 {kept}：{orders} 个订单、{tickets} 个工单和 {cases} 个售后单将转到 {kept} 名下，{duplicate} 将被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="153" />
            <source>Unsupported database {backend}: use sqlite, postgresql or mysql/mariadb</source>
            <translation>不支持的数据库 {backend}：请使用 sqlite、postgresql 或 mysql/mariadb</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="154" />
            <source>Not a database URL: {url}</source>
            <translation>不是有效的数据库地址：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="155" />
            <source>The server refused the login for {url}</source>
            <translation>服务器拒绝了 {url} 的登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="156" />
            <source>No password given for {url}</source>
            <translation>未输入 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="157" />
            <source>The server refused the password for {url}</source>
            <translation>服务器拒绝了 {url} 的密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="158" />
            <source>Cannot reach the database at {url}: {reason}</source>
            <translation>无法连接数据库 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="159" />
            <source>The SQLite file {path} is on a network share. SQLite cannot be shared safely over a network (its locking and WAL do not work there). Keep the file on a local disk, or use a PostgreSQL/MySQL server for several PCs.</source>
            <translation>SQLite 文件 {path} 位于网络共享上。SQLite 无法通过网络安全共享（其加锁和 WAL 机制在网络上无效）。请将文件放在本地磁盘，多台电脑请使用 PostgreSQL/MySQL 服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="160" />
            <source>The database already has orders; demo data is only for an empty one</source>
            <translation>数据库中已有订单；演示数据只能写入空数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="161" />
            <source>{field_name} must be a Decimal, not {name}</source>
            <translation>{field_name} 必须是 Decimal 金额，而不是 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="162" />
            <source>{field_name} is not a finite amount</source>
            <translation>{field_name} 不是有效的金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="163" />
            <source>{field_name} must not be negative</source>
            <translation>{field_name} 不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="164" />
            <source>unsupported language {language!r}</source>
            <translation>不支持的语言 {language!r}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="165" />
            <source>tracking number must be 1-40 printable ASCII characters without spaces</source>
            <translation>运单号须为 1–40 个不含空格的可打印 ASCII 字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="166" />
            <source>recipient name is empty</source>
            <translation>收件人姓名为空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="167" />
            <source>piece count must be at least 1</source>
            <translation>件数至少为 1</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="168" />
            <source>weight must not be negative</source>
            <translation>重量不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="169" />
            <source>quantity must be positive</source>
            <translation>数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="170" />
            <source>tax rate is a fraction (0.13), not a percentage</source>
            <translation>税率应为小数（如 0.13），不是百分数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="171" />
            <source>line discount exceeds the line amount</source>
            <translation>行折扣超过了该行金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="172" />
            <source>an invoice needs at least one line</source>
            <translation>发票至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="173" />
            <source>the order discount exceeds the invoice total</source>
            <translation>订单折扣超过了发票总额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="174" />
            <source>a packing slip needs at least one line</source>
            <translation>装箱单至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="175" />
            <source>order quantities must be positive</source>
            <translation>订单数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="176" />
            <source>total quantity differs from the sum of the order quantities</source>
            <translation>总数量与各订单数量之和不一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="177" />
            <source>a pick list needs at least one row</source>
            <translation>拣货单至少需要一行</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="194" />
            <source>The scans do not match order {order_no}: {problems}</source>
            <translation>扫描结果与订单 {order_no} 不符：{problems}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="211" />
            <source>Choose a warehouse</source>
            <translation>请选择仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="213" />
            <source>No wave with id {wave_id}</source>
            <translation>没有 ID 为 {wave_id} 的波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="205" />
            <source>Enter how many orders the wave takes</source>
            <translation>请输入波次包含的订单数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="207" />
            <source>Choose the orders for the wave</source>
            <translation>请选择波次的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="208" />
            <source>A wave takes at most {limit} orders</source>
            <translation>一个波次最多 {limit} 个订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="210" />
            <source>Nothing left to pick in wave {wave_no}</source>
            <translation>波次 {wave_no} 已没有待拣货的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="197" />
            <source>Choose the orders to ship</source>
            <translation>请选择要发货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="202" />
            <source>Order {order_no} has no parcel: pack it or print its label first</source>
            <translation>订单 {order_no} 还没有包裹：请先打包或打印面单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="203" />
            <source>The label of {tracking_no} (order {order_no}) is not printed yet</source>
            <translation>运单 {tracking_no}（订单 {order_no}）的面单尚未打印</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="186" />
            <source>Scan an order number</source>
            <translation>请扫描订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="187" />
            <source>Nothing found for {code}: scan the order number, packing slip or label</source>
            <translation>找不到 {code}：请扫描订单号、发货单或面单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="189" />
            <source>Order {order_no} is {status}: only orders being picked can be packed</source>
            <translation>订单 {order_no} 状态为{status}：只有拣货中的订单可以打包</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="198" />
            <source>Expected the list of scans</source>
            <translation>缺少扫描记录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="199" />
            <source>Enter the weight in grams (1 to 1,000,000)</source>
            <translation>请输入重量（克，1 至 1,000,000）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="204" />
            <source>The orders ship from {count} warehouses ({warehouses}); a wave is picked in one warehouse: make one wave per warehouse</source>
            <translation>这些订单来自 {count} 个仓库（{warehouses}）；一个波次只在一个仓库拣货：请每个仓库分别建波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="206" />
            <source>No confirmed order waits for picking in this warehouse</source>
            <translation>该仓库没有待拣货的已确认订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="209" />
            <source>Wave {wave_no} is closed already</source>
            <translation>波次 {wave_no} 已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="190" />
            <source>{code} belongs to {count} orders: scan the order number</source>
            <translation>{code} 对应 {count} 个订单：请扫描订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="191" />
            <source>Order {order_no} is not in a pick wave yet: put it in a wave first</source>
            <translation>订单 {order_no} 尚未加入拣货波次：请先建波次</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="200" />
            <source>Give the time packing started</source>
            <translation>请提供开始打包的时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="201" />
            <source>The label folder {folder} cannot be used: {reason}</source>
            <translation>面单文件夹 {folder} 无法使用：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="192" />
            <source>Weigh the parcel of order {order_no} and enter its weight</source>
            <translation>请为订单 {order_no} 的包裹称重并输入重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="50" />
            <source>Pending review too long</source>
            <translation>待审核超时</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="51" />
            <source>Approved, not confirmed</source>
            <translation>已审核未确认</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="52" />
            <source>Not shipped by the promise</source>
            <translation>超时未发货</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="53" />
            <source>Unpaid too long</source>
            <translation>待付款超时</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="54" />
            <source>Out of stock</source>
            <translation>缺货</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="55" />
            <source>Payment mismatch</source>
            <translation>付款金额不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="56" />
            <source>Ticket past its SLA</source>
            <translation>工单超时</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="57" />
            <source>After-sales case overdue</source>
            <translation>售后单超时</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="58" />
            <source>No tracking movement</source>
            <translation>物流无更新</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="59" />
            <source>Parcel lost</source>
            <translation>包裹丢失</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="60" />
            <source>Parcel damaged</source>
            <translation>包裹破损</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="61" />
            <source>Parcel returned</source>
            <translation>包裹退回</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="62" />
            <source>Address problem</source>
            <translation>地址异常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="63" />
            <source>Parcel delayed</source>
            <translation>包裹滞留</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="64" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="65" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="66" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="67" />
            <source>After-sales case</source>
            <translation>售后单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="68" />
            <source>Critical</source>
            <translation>严重</translation>
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
            <translation>【快单】新异常 {count} 条：{kinds}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="72" />
            <source>[Kuaidan] Daily exception digest {day}: {count} open</source>
            <translation>【快单】每日异常汇总 {day}：未处理 {count} 条</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="73" />
            <source>[Kuaidan] Test e-mail</source>
            <translation>【快单】测试邮件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="74" />
            <source>This is a test e-mail from Kuaidan. Exception alerts and the daily digest go to: {recipients}</source>
            <translation>这是快单发送的测试邮件。异常提醒和每日汇总将发送到：{recipients}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="75" />
            <source>Kuaidan found new exceptions that need someone:</source>
            <translation>快单发现以下新异常，需要有人处理：</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="76" />
            <source>Open the exception center (F8) to assign and handle them.</source>
            <translation>请在快单中打开异常中心（F8）分派并处理。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="77" />
            <source>Open exceptions on {day}, by kind:</source>
            <translation>{day} 未处理的异常（按类型）：</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="78" />
            <source>assigned to {name}</source>
            <translation>负责人 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="79" />
            <source>… and {count} more</source>
            <translation>…… 另有 {count} 条</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="80" />
            <source>No open exceptions.</source>
            <translation>没有未处理的异常。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="81" />
            <source>Save the SMTP server and user name first</source>
            <translation>请先保存 SMTP 服务器和用户名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="82" />
            <source>Enter the password</source>
            <translation>请输入密码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="83" />
            <source>Enter the SMTP server first</source>
            <translation>请先填写 SMTP 服务器</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="84" />
            <source>Enter at least one recipient</source>
            <translation>请至少填写一个收件人</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="85" />
            <source>No SMTP password on this workstation: enter it and save</source>
            <translation>本工作站没有 SMTP 密码：请输入并保存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="86" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="87" />
            <source>Sending failed: {reason}</source>
            <translation>发送失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="92" />
            <source>Unknown figure {what}</source>
            <translation>未知指标 {what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="93" />
            <source>{username} ({role}) may see only their own actions</source>
            <translation>{username}（{role}）只能查看自己的操作记录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="94" />
            <source>Not an audit filter</source>
            <translation>不是有效的操作记录筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="95" />
            <source>The filter is too long</source>
            <translation>筛选条件太长</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="96" />
            <source>Times must carry their time zone</source>
            <translation>时间必须带时区</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="97" />
            <source>Not a page cursor</source>
            <translation>不是有效的翻页位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="98" />
            <source>Not an order id</source>
            <translation>不是有效的订单编号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="99" />
            <source>The export needs nine column headers</source>
            <translation>导出需要九个列标题</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="103" />
            <source>The new password must differ from the current one</source>
            <translation>新密码不能与当前密码相同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="109" />
            <source>An administrator has reset your password; choose one of your own to continue</source>
            <translation>管理员已重置您的密码，请设置您自己的新密码后继续</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="110" />
            <source>Your password has expired; set a new one to continue</source>
            <translation>密码已过期，请设置新密码后继续</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="113" />
            <source>No backup file at {path}</source>
            <translation>{path} 处没有备份文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="114" />
            <source>{path} is not a Kuaidan backup (not a SQLite file), or it is damaged</source>
            <translation>{path} 不是快单备份（不是 SQLite 文件），或已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="115" />
            <source>{path} was never finished (its manifest has no seal); use another backup</source>
            <translation>{path} 没有写完（清单缺少封印），请使用其他备份</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="116" />
            <source>The manifest of {path} was edited after the backup was made (its seal does not match); do not restore it</source>
            <translation>{path} 的清单在备份后被修改过（封印不符），请勿恢复</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="117" />
            <source>{path} was made by a newer Kuaidan (schema {revision}, app {version}); update Kuaidan before restoring it</source>
            <translation>{path} 由更新版本的快单创建（数据结构 {revision}，程序 {version}），请先升级快单再恢复</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="118" />
            <source>The backup could not be written to {path}: {reason}. The database is unchanged; free some space or choose another folder and try again.</source>
            <translation>无法写入备份 {path}：{reason}。数据库未受影响；请腾出磁盘空间或换一个文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="119" />
            <source>The backup to {path} failed: {reason}. The database is unchanged.</source>
            <translation>备份到 {path} 失败：{reason}。数据库未受影响。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="120" />
            <source>{path} has backup format {format}, which this Kuaidan does not read</source>
            <translation>{path} 的备份格式为 {format}，本版本快单无法读取</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="121" />
            <source>The manifest of {path} is damaged ({reason})</source>
            <translation>{path} 的清单已损坏（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="122" />
            <source>Could not copy the backup to {path}: {reason}</source>
            <translation>无法把备份复制到 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="123" />
            <source>Cannot restore into an in-memory database</source>
            <translation>不能恢复到内存数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="124" />
            <source>There is no database file to back up</source>
            <translation>没有可备份的数据库文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="125" />
            <source>The disk is full: the backup to {path} was not written. The database is unchanged; free some space or choose another folder and try again.</source>
            <translation>磁盘已满：备份 {path} 没有写入。数据库未受影响；请腾出磁盘空间或换一个文件夹后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="126" />
            <source>{path} is damaged or truncated ({reason}); use another backup</source>
            <translation>{path} 已损坏或不完整（{reason}），请使用其他备份</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="127" />
            <source>{path} is damaged: {reason}</source>
            <translation>{path} 已损坏：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="128" />
            <source>{path} lists tables this Kuaidan does not know: {tables}</source>
            <translation>{path} 含有本版本快单不认识的数据表：{tables}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="129" />
            <source>{path} has no manifest: it is not a Kuaidan backup, or its writing was interrupted</source>
            <translation>{path} 没有清单：不是快单备份，或写入时被中断</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="130" />
            <source>Table {table} in {path} does not match its manifest ({rows} rows, {expected} expected): the file was edited or damaged; do not restore it</source>
            <translation>{path} 中的数据表 {table} 与清单不符（{rows} 行，应为 {expected} 行）：文件被修改或已损坏，请勿恢复</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="131" />
            <source>The copy to {url} stopped: {reason}. This database is unchanged; the target is marked as an unfinished copy and must not be used. Run migrate again: it starts over.</source>
            <translation>复制到 {url} 的过程已中止：{reason}。本数据库未被改动；目标库已标记为未完成的副本，不得使用。请重新运行迁移：它会从头开始。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="132" />
            <source>The restore of {file} started by {user} at {time} did not finish (it was interrupted). A restore is all or nothing: the database is as it was before it. Restore again if you still need it.</source>
            <translation>{user} 于 {time} 开始的 {file} 恢复没有完成（被中断）。恢复要么全部完成，要么完全不做：数据库仍是恢复之前的样子。如仍需要，请再次恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="133" />
            <source>The disk is full: the copy to {url} stopped ({reason}). This database is unchanged; the target is marked as an unfinished copy and must not be used. Free some space, then run migrate again: it starts over.</source>
            <translation>磁盘已满：复制到 {url} 的过程已中止（{reason}）。本数据库未被改动；目标库已标记为未完成的副本，不得使用。请释放一些空间，然后重新运行迁移：它会从头开始。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="134" />
            <source>Type {word} to confirm: the database will be replaced by the backup</source>
            <translation>请输入 {word} 确认：数据库将被备份内容替换</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="135" />
            <source>Another workstation is restoring this database right now; wait until it ends, then check the data before restoring again</source>
            <translation>另一台工作站正在恢复此数据库；请等它结束，核对数据后再决定是否再次恢复</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="136" />
            <source>The target database is not empty ({table} has {count} rows): migrate only into a new, empty database</source>
            <translation>目标数据库不是空的（{table} 有 {count} 行）：只能迁移到新建的空数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="137" />
            <source>The restore of {path} stopped: {reason}. The database is unchanged (a restore is all or nothing). Check the message, then restore again.</source>
            <translation>{path} 的恢复已中止：{reason}。数据库未被改动（恢复要么全部完成，要么完全不做）。请查看此信息，然后再次恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="138" />
            <source>The target is the database being copied</source>
            <translation>目标就是正在复制的数据库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="139" />
            <source>The disk is full: the restore of {path} stopped ({reason}). The database is unchanged (a restore is all or nothing). Free some space and restore again.</source>
            <translation>磁盘已满：{path} 的恢复已中止（{reason}）。数据库未被改动（恢复要么全部完成，要么完全不做）。请释放一些空间后再次恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="140" />
            <source>Other workstations kept saving for two minutes, so the restore did not start. Nothing was changed; ask them to pause and restore again.</source>
            <translation>其他工作站在两分钟内一直在保存，恢复未能开始。没有任何改动；请让他们暂停操作后再次恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="141" />
            <source>The file name must end in .xlsx or .csv</source>
            <translation>文件名必须以 .xlsx 或 .csv 结尾</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="142" />
            <source>The cost must be 0 or more, with at most 2 decimals</source>
            <translation>成本必须大于等于 0，最多 2 位小数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="144" />
            <source>The file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="145" />
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="178" />
            <source>Enter a note</source>
            <translation>请输入备注</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="179" />
            <source>At most {max} characters</source>
            <translation>最多 {max} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="180" />
            <source>{username} ({role}) may not act on exceptions</source>
            <translation>{username}（{role}）无权处理异常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="181" />
            <source>Exception {id} not found</source>
            <translation>找不到异常 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="182" />
            <source>{username} ({role}) may only take an exception, not assign it</source>
            <translation>{username}（{role}）只能自己认领异常，不能分派给他人</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="183" />
            <source>This exception is no longer open</source>
            <translation>该异常已不是未处理状态</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="184" />
            <source>User {id} not found</source>
            <translation>找不到用户 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="185" />
            <source>{name} cannot act on this kind of exception</source>
            <translation>{name} 不能处理这类异常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="193" />
            <source>The parcel weighs {weight} g; order {order_no} should weigh about {expected} g (± {percent} %)</source>
            <translation>包裹重 {weight} 克；订单 {order_no} 应约为 {expected} 克（± {percent} %）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="215" />
            <source>Order {order_no} is in another wave already</source>
            <translation>订单 {order_no} 已在其他波次中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="216" />
            <source>Order {order_no} ships from another warehouse than the wave</source>
            <translation>订单 {order_no} 的发货仓库与波次不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="217" />
            <source>Save as a {suffixes} file</source>
            <translation>请保存为 {suffixes} 文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="218" />
            <source>Folder {folder} not found</source>
            <translation>找不到文件夹 {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="219" />
            <source>Unknown export column(s): {columns}</source>
            <translation>未知的导出列：{columns}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="221" />
            <source>No shipping file format for {platform}; choose one of {formats}</source>
            <translation>没有 {platform} 的发货文件格式；请从以下选择：{formats}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="222" />
            <source>Unknown field(s) in the column mapping: {str_unknown}. Known fields: {mappable_fields}.</source>
            <translation>列映射中有未知字段：{str_unknown}。可用字段：{mappable_fields}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="223" />
            <source>The column mapping must say which column holds the order number.</source>
            <translation>列映射必须指定哪一列是订单号。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="224" />
            <source>_price must be 'unit' or 'line_total', not '{price}'.</source>
            <translation>_price 必须是 'unit' 或 'line_total'，而不是 '{price}'。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="225" />
            <source>_date_order must be 'ymd', 'mdy' or 'dmy', not '{date_order}'.</source>
            <translation>_date_order 必须是 'ymd'、'mdy' 或 'dmy'，而不是 '{date_order}'。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="226" />
            <source>Unknown import format '{name}'. Known formats: {presets}.</source>
            <translation>未知的导入格式“{name}”。可用格式：{presets}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="227" />
            <source>The columns of '{file_name}' do not match any known order export.{hint} Choose the format by hand or map the columns yourself.</source>
            <translation>文件“{file_name}”的列与已知的订单导出格式都不匹配。{hint}请手动选择格式，或自行映射各列。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="228" />
            <source>File '{file_name}' lacks columns the '{name}' format needs ({wanted}). Choose another format or map the columns yourself.</source>
            <translation>文件“{file_name}”缺少“{name}”格式所需的列（{wanted}）。请选择其他格式，或自行映射各列。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="229" />
            <source>File '{file_name}' has no header row.</source>
            <translation>文件“{file_name}”没有表头行。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="230" />
            <source>File '{file_name}' contains no data.</source>
            <translation>文件“{file_name}”中没有数据。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="231" />
            <source>File '{file_name}' is the items file of {label}. Choose the order list as the file to import and add this one as the second file.</source>
            <translation>文件“{file_name}”是{label}的商品明细文件。请选择订单列表作为导入文件，并把此文件作为第二个文件添加。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="232" />
            <source>Import cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="233" />
            <source>File '{file_name}' is a {label} order list; its items are in a second file ({companion_label}). Add that file and import again.</source>
            <translation>文件“{file_name}”是{label}订单列表，商品明细在另一个文件（{companion_label}）中。请添加该文件后重新导入。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="234" />
            <source>Second file '{file_name}' is not a {label} file.</source>
            <translation>第二个文件“{file_name}”不是{label}文件。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="235" />
            <source>The process reading '{file_name}' stopped before the end of the file (exit code {exit_code}), perhaps for lack of memory. The orders written so far are kept: import the file again to continue.</source>
            <translation>读取“{file_name}”的进程在文件结束前停止了（退出码 {exit_code}），可能是内存不足。已写入的订单都保留着：再次导入该文件即可继续。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="236" />
            <source>File '{file_name}' is not readable text: it is neither UTF-8 nor GB18030/GBK ({failures}). If it is a spreadsheet, save it as .xlsx; if it is a CSV, save it again as 'CSV UTF-8'.</source>
            <translation>文件“{file_name}”无法作为文本读取：既不是 UTF-8 也不是 GB18030/GBK 编码（{failures}）。如果是表格，请另存为 .xlsx；如果是 CSV，请另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="237" />
            <source>File '{file_name}' contains no worksheet.</source>
            <translation>文件“{file_name}”中没有工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="238" />
            <source>File '{file_name}' cannot be read after row {row_no}: {reason}.</source>
            <translation>文件“{file_name}”在第 {row_no} 行之后无法读取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="239" />
            <source>File '{file_name}' is damaged or not a valid workbook ({errors}). Open it in Excel and save it again.</source>
            <translation>文件“{file_name}”已损坏或不是有效的工作簿（{errors}）。请用 Excel 打开后重新保存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="240" />
            <source>File '{file_name}' has no sheet number {sheet_1}.</source>
            <translation>文件“{file_name}”没有第 {sheet_1} 个工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="241" />
            <source>File '{file_name}' has no sheet named '{sheet}'.</source>
            <translation>文件“{file_name}”没有名为“{sheet}”的工作表。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="242" />
            <source>File '{file_name}' is an old-style .xls workbook that could not be read ({errors_or_no_reader}), and the optional 'xlrd' package is not installed. Open it in Excel and save it as .xlsx.</source>
            <translation>文件“{file_name}”是无法读取的旧版 .xls 工作簿（{errors_or_no_reader}），且未安装可选的 xlrd 组件。请用 Excel 打开并另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="243" />
            <source>File '{file_name}' cannot be read: {reason}.</source>
            <translation>文件“{file_name}”无法读取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="244" />
            <source>File '{name}' is an OLE document (for example a Word file), not a workbook.</source>
            <translation>文件“{name}”是 OLE 文档（例如 Word 文件），不是工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="245" />
            <source>'{name}' is not a file.</source>
            <translation>“{name}”不是文件。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="246" />
            <source>File '{name}' is empty.</source>
            <translation>文件“{name}”是空的。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="247" />
            <source>File '{name}' is {size_mib:.0f} MB; the limit is {max_file_bytes_mib:.0f} MB. Split it into smaller files.</source>
            <translation>文件“{name}”大小为 {size_mib:.0f} MB，超过上限 {max_file_bytes_mib:.0f} MB。请拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="248" />
            <source>File '{name}' is named {suffix} but is not an Excel workbook (it is not a zip or OLE container). It may be damaged, or a text file that was renamed; open it in Excel and save it again as .xlsx, or rename it to .csv if it is text.</source>
            <translation>文件“{name}”的扩展名是 {suffix}，但它不是 Excel 工作簿（不是 zip 或 OLE 容器）。它可能已损坏，或是被改了扩展名的文本文件；请用 Excel 打开并另存为 .xlsx，如果是文本文件请改名为 .csv。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="249" />
            <source>File '{name}' contains {infos} parts; a workbook has a few dozen (limit {max_zip_entries}). Refusing to open it.</source>
            <translation>文件“{name}”包含 {infos} 个部件，而正常工作簿只有几十个（上限 {max_zip_entries}）。拒绝打开。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="250" />
            <source>File '{name}' would expand to {total_mib:,.0f} MB (limit {max_uncompressed_bytes_mib:,.0f} MB). Refusing to open it.</source>
            <translation>文件“{name}”解压后将达到 {total_mib:,.0f} MB（上限 {max_uncompressed_bytes_mib:,.0f} MB）。拒绝打开。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="251" />
            <source>File '{name}' is a zip archive but not an Excel workbook.</source>
            <translation>文件“{name}”是 zip 压缩包，不是 Excel 工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="252" />
            <source>openpyxl is not using defusedxml (is OPENPYXL_DEFUSEDXML set to False?); refusing to parse workbooks with an XML parser that expands entities.</source>
            <translation>openpyxl 未使用 defusedxml（OPENPYXL_DEFUSEDXML 是否被设为 False？）；拒绝用会展开实体的 XML 解析器读取工作簿。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="253" />
            <source>File '{name}' does not exist.</source>
            <translation>文件“{name}”不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="254" />
            <source>File '{name}' cannot be opened: {reason}.</source>
            <translation>文件“{name}”无法打开：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="255" />
            <source>File '{name}' is {what}, not an order spreadsheet or CSV file.</source>
            <translation>文件“{name}”是{what}，不是订单表格或 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="256" />
            <source>File '{name}' is damaged or incomplete (not a valid zip/xlsx: {reason}). Download or export it again.</source>
            <translation>文件“{name}”已损坏或不完整（不是有效的 zip/xlsx：{reason}）。请重新下载或导出。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="257" />
            <source>File '{name}' cannot be read: {reason}.</source>
            <translation>文件“{name}”无法读取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="258" />
            <source>File '{name}' is password-protected. Remove the password in Excel and save it again.</source>
            <translation>文件“{name}”设有密码。请在 Excel 中取消密码后重新保存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="259" />
            <source>File '{name}' looks like a zip bomb: part '{filename}' would expand from {compress_size:,} to {file_size:,} bytes. Refusing to open it.</source>
            <translation>文件“{name}”疑似压缩炸弹：部件“{filename}”会从 {compress_size:,} 字节膨胀到 {file_size:,} 字节。拒绝打开。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="260" />
            <source>File '{file_name}' has overlapping zip entries ('{fname}'); this is a known zip-bomb trick. Refusing to open it.</source>
            <translation>文件“{file_name}”包含重叠的 zip 条目（“{fname}”），这是已知的压缩炸弹手法。拒绝打开。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="261" />
            <source>Cannot read Excel files safely: {reason}.</source>
            <translation>无法安全地读取 Excel 文件：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="262" />
            <source>File '{name}' is password-protected (encrypted Excel workbook). Remove the password in Excel (File → Info → Protect Workbook) and save it again.</source>
            <translation>文件“{name}”设有密码（加密的 Excel 工作簿）。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后重新保存。</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="263" />
            <source>Choose the {what} to import</source>
            <translation>请选择要导入的 {what}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="264" />
            <source>File {path} not found</source>
            <translation>找不到文件 {path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="265" />
            <source>Save as an .xlsx workbook</source>
            <translation>请保存为 .xlsx 工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="266" />
            <source>A channel name has 1 to 32 characters</source>
            <translation>渠道名称须为 1 到 32 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="267" />
            <source>Expected a column mapping</source>
            <translation>需要列对应关系</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="268" />
            <source>No import batch {batch_id}</source>
            <translation>没有导入批次 {batch_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="269" />
            <source>A mapping needs a name of 1 to 64 characters</source>
            <translation>列对应方案的名称须为 1 到 64 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="270" />
            <source>A platform SKU has 1 to 128 characters</source>
            <translation>平台 SKU 须为 1 到 128 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="271" />
            <source>Expected an import result or a batch id</source>
            <translation>需要导入结果或批次号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="272" />
            <source>No saved mapping with id {profile_id}</source>
            <translation>没有编号为 {profile_id} 的已保存列对应</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="273" />
            <source>No active product with SKU {sku}</source>
            <translation>没有 SKU 为 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="274" />
            <source>No SKU mapping with id {mapping_id}</source>
            <translation>没有编号为 {mapping_id} 的 SKU 对应</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="275" />
            <source>{file_name} is not the file imported in batch {batch_id}</source>
            <translation>{file_name} 不是批次 {batch_id} 导入的文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="276" />
            <source>Foreign key broken: table {table} rowid {rowid} → {parent}</source>
            <translation>外键损坏：表 {table} 行号 {rowid} → {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="277" />
            <source>Order {order_no}: total {total} ≠ goods {goods} + shipping {shipping} − discount {discount}, or goods ≠ the sum of its lines</source>
            <translation>订单 {order_no}：金额 {total} ≠ 商品 {goods} + 运费 {shipping} − 优惠 {discount}，或商品金额 ≠ 各行之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="278" />
            <source>Storage and foreign keys</source>
            <translation>存储与外键</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="279" />
            <source>Stock balances equal the ledger</source>
            <translation>库存余额与流水一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="280" />
            <source>0 ≤ reserved ≤ on hand</source>
            <translation>0 ≤ 预占 ≤ 在库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="281" />
            <source>Reservations match open orders</source>
            <translation>预占与未完成订单一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="282" />
            <source>Order totals add up</source>
            <translation>订单金额核对</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="283" />
            <source>Report facts equal a recount</source>
            <translation>报表数据与重新统计一致</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="284" />
            <source>Audit chain intact</source>
            <translation>审计链完整</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="285" />
            <source>SQLite integrity: {line}</source>
            <translation>SQLite 完整性：{line}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="286" />
            <source>SKU {sku} in {warehouse}: {reserved} reserved, open orders need {wanted}</source>
            <translation>{warehouse} 仓的 SKU {sku}：已预占 {reserved}，未完成订单需要 {wanted}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="287" />
            <source>SKU {sku} in {warehouse}: {field} balance {balance}, ledger says {ledger}</source>
            <translation>{warehouse} 仓的 SKU {sku}：{field} 余额 {balance}，台账为 {ledger}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="288" />
            <source>SKU {sku} in {warehouse}: reserved {reserved} of on hand {on_hand}</source>
            <translation>{warehouse} 仓的 SKU {sku}：在库 {on_hand}，预占 {reserved}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="315" />
            <source>No single warehouse holds the whole order, and splitting orders is off</source>
            <translation>没有一个仓库能满足整单，且未开启拆单发货</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="300" />
            <source>Quantity must be a whole number</source>
            <translation>数量必须是整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="301" />
            <source>Quantity must be more than 0</source>
            <translation>数量必须大于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="302" />
            <source>Quantity {qty} is too large</source>
            <translation>数量 {qty} 过大</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="303" />
            <source>Add at least one SKU with a quantity</source>
            <translation>请至少添加一个 SKU 及其数量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="290" />
            <source>Expected text</source>
            <translation>应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="506" />
            <source>This field is required</source>
            <translation>此项必填</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="507" />
            <source>At most {max_len} characters</source>
            <translation>最多 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="304" />
            <source>Warehouse {warehouse} is not active</source>
            <translation>仓库 {warehouse} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="305" />
            <source>No order {order_no}</source>
            <translation>找不到订单 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="36" />
            <source>No after-sales case {case_no}</source>
            <translation>找不到售后单 {case_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="324" />
            <source>Not a stock query</source>
            <translation>不是有效的库存查询</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="320" />
            <source>Only {available} of {sku} available in any one warehouse; {requested} needed</source>
            <translation>{sku} 在任一仓库中最多只有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="292" />
            <source>Warehouse code {code} exists already</source>
            <translation>仓库编码 {code} 已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="327" />
            <source>No transfer with id {transfer_id}</source>
            <translation>找不到调拨单 {transfer_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="328" />
            <source>Transfer {transfer_no} is {status}, not {expected}</source>
            <translation>调拨单 {transfer_no} 当前为 {status}，不是 {expected}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="311" />
            <source>No count sheet with id {count_id}</source>
            <translation>找不到盘点单 {count_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="310" />
            <source>Count sheet {count_no} is not open any more</source>
            <translation>盘点单 {count_no} 已不是待盘点状态</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="322" />
            <source>Expected a list of row ids</source>
            <translation>应为行 ID 列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="90" />
            <source>The file name must end in .xlsx</source>
            <translation>文件名必须以 .xlsx 结尾</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="323" />
            <source>Expected {count} column headers</source>
            <translation>应有 {count} 个列标题</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="306" />
            <source>The first bin {bin_from} comes after the last bin {bin_to}</source>
            <translation>起始库位 {bin_from} 排在结束库位 {bin_to} 之后</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="308" />
            <source>Expected counted quantities by product</source>
            <translation>应按商品填写实盘数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="291" />
            <source>Safety stock must be 0 or more</source>
            <translation>安全库存必须大于等于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="293" />
            <source>The price must be 0 or more, with at most 2 decimals</source>
            <translation>价格必须大于等于 0，最多两位小数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="294" />
            <source>The weight must be 0 or more grams</source>
            <translation>重量必须大于等于 0 克</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="295" />
            <source>Priority must be between 0 and 9999</source>
            <translation>优先级必须在 0 到 9999 之间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="296" />
            <source>SKU {sku} exists already</source>
            <translation>SKU {sku} 已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="297" />
            <source>Barcode {barcode} belongs to another SKU</source>
            <translation>条码 {barcode} 已属于另一个 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="325" />
            <source>No stock of product {product_id} in warehouse {warehouse_id}</source>
            <translation>商品 {product_id} 在仓库 {warehouse_id} 中没有库存记录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="289" />
            <source>No product with SKU or barcode {code}</source>
            <translation>找不到 SKU 或条码为 {code} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="91" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="316" />
            <source>Order {order_no} is {status}; it cannot hold stock</source>
            <translation>订单 {order_no} 状态为 {status}，不能预占库存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="318" />
            <source>Order {order_no} holds no stock in {warehouse}</source>
            <translation>订单 {order_no} 在 {warehouse} 没有预占库存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="326" />
            <source>Source and destination must be different warehouses</source>
            <translation>调出仓与调入仓不能相同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="307" />
            <source>Nothing to count in {warehouse} for these bins</source>
            <translation>{warehouse} 的这些库位没有可盘点的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="312" />
            <source>A counted quantity must be 0 or more</source>
            <translation>实盘数必须大于等于 0</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="309" />
            <source>Who counted? Enter the counter's name</source>
            <translation>请填写盘点人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="299" />
            <source>Not a price</source>
            <translation>不是有效的价格</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="298" />
            <source>That code exists already (someone saved it a moment ago)</source>
            <translation>该编码已存在（刚刚有人保存了它）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="321" />
            <source>Order {order_no} holds {held} of {sku} in {warehouse}, not {qty}</source>
            <translation>订单 {order_no} 在 {warehouse} 预占的 {sku} 只有 {held} 件，不是 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="313" />
            <source>Product {product_id} is not on count sheet {count_no}</source>
            <translation>商品 {product_id} 不在盘点单 {count_no} 中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="314" />
            <source>Counted {counted} of {sku} in {warehouse}, but {reserved} are reserved for orders; release reservations first</source>
            <translation>{warehouse} 的 {sku} 实盘 {counted} 件，但已有 {reserved} 件被订单预占；请先释放预占</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="317" />
            <source>Order {order_no} is {status}; it already holds its stock</source>
            <translation>订单 {order_no} 状态为 {status}，已预占库存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="319" />
            <source>Order {order_no} holds stock for all its lines in one warehouse; release or ship the whole order</source>
            <translation>订单 {order_no} 在一个仓库预占了全部明细的库存，请整单释放或发货</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="329" />
            <source>The tracking-number pool of {carrier} is used up; add a new range from the carrier</source>
            <translation>{carrier} 的电子面单号已用完，请向快递公司申请并添加新号段</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="330" />
            <source>{field}: enter an amount like 12.50</source>
            <translation>{field}：请输入金额，如 12.50</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="331" />
            <source>{field}: enter a non-negative amount with at most 2 decimals</source>
            <translation>{field}：请输入不小于 0、最多两位小数的金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="332" />
            <source>{field}: enter a whole number</source>
            <translation>{field}：请输入整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="333" />
            <source>{field}: enter a number from {minimum} to {maximum}</source>
            <translation>{field}：请输入 {minimum} 到 {maximum} 之间的数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="334" />
            <source>{field}: expected text</source>
            <translation>{field}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="335" />
            <source>{field} is required</source>
            <translation>{field} 为必填项</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="336" />
            <source>{field}: at most {max_len} characters</source>
            <translation>{field}：最多 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="337" />
            <source>No carrier with id {carrier_id}</source>
            <translation>找不到快递公司（编号 {carrier_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="338" />
            <source>No active carrier has a rate for {province}</source>
            <translation>没有启用的快递公司设置了到 {province} 的运费</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="339" />
            <source>The service does not belong to the carrier</source>
            <translation>该服务不属于此快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="340" />
            <source>Carrier code: letters, digits, - and _ only (e.g. SF)</source>
            <translation>快递代码只能包含字母、数字、- 和 _（如 SF）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="341" />
            <source>Service code: letters, digits, - and _ only (e.g. STD)</source>
            <translation>服务代码只能包含字母、数字、- 和 _（如 STD）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="342" />
            <source>Prefix: up to 16 letters, digits or - (the label's barcode carries it)</source>
            <translation>前缀：最多 16 个字母、数字或 -（会印在面单条码中）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="343" />
            <source>The range starts after it ends</source>
            <translation>号段的起始号大于结束号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="344" />
            <source>The last number {end} has more than {width} digits</source>
            <translation>结束号 {end} 超过 {width} 位</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="345" />
            <source>Prefix and digits together exceed {max_len} characters</source>
            <translation>前缀加数字超过 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="346" />
            <source>The range is too large for the database</source>
            <translation>号段超出数据库可保存的范围</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="347" />
            <source>A carrier with code {code} exists already</source>
            <translation>代码为 {code} 的快递公司已存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="348" />
            <source>The carrier already has a service {code}</source>
            <translation>该快递公司已有服务 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="349" />
            <source>No service with id {service_id}</source>
            <translation>找不到服务（编号 {service_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="350" />
            <source>Service {code} is used by {shipments} parcels and {rules} carrier rules; it cannot be deleted</source>
            <translation>服务 {code} 已被 {shipments} 个包裹和 {rules} 条快递规则使用，不能删除</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="351" />
            <source>There is a rate for {region} already; edit that one</source>
            <translation>{region} 已有运费，请编辑已有的那条</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="352" />
            <source>No rate rule with id {rule_id}</source>
            <translation>找不到运费（编号 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="353" />
            <source>Give an order, or the destination province and the weight</source>
            <translation>请输入订单号，或目的省份和重量</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="354" />
            <source>No carrier rule with id {rule_id}</source>
            <translation>找不到快递规则（编号 {rule_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="355" />
            <source>The range overlaps a pool the carrier already has</source>
            <translation>该号段与此快递已有的号段重叠</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="356" />
            <source>No tracking-number pool with id {pool_id}</source>
            <translation>找不到电子面单号段（编号 {pool_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="220" />
            <source>Expected an order filter</source>
            <translation>需要订单筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="357" />
            <source>A view needs a name of 1 to 64 characters</source>
            <translation>视图名称需为 1 到 64 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="358" />
            <source>The saved view is damaged</source>
            <translation>已保存的视图已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="359" />
            <source>No saved view with id {view_id}</source>
            <translation>没有编号为 {view_id} 的已保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="387" />
            <source>Order {order_no} is {status} (since {user} at {time}); it cannot be {action}</source>
            <translation>订单 {order_no} 当前为「{status}」（{user} 于 {time}），不能执行「{action}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="510" />
            <source>{field}: must be zero or more</source>
            <translation>{field}：不能为负数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="511" />
            <source>{field}: at most two decimal places</source>
            <translation>{field}：最多两位小数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="505" />
            <source>{field}: at most {limit} characters</source>
            <translation>{field}：最多 {limit} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="363" />
            <source>Expected an order</source>
            <translation>需要一个订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="364" />
            <source>{phone} is not a valid phone number</source>
            <translation>{phone} 不是有效的电话号码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="365" />
            <source>The address is too short: street and number are needed</source>
            <translation>地址太短：需要街道和门牌号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="366" />
            <source>An order needs at least one line</source>
            <translation>订单至少需要一行明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="367" />
            <source>The order discount is larger than goods and shipping together</source>
            <translation>订单优惠大于商品金额与运费之和</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="368" />
            <source>Paid {paid} is more than the total {total}</source>
            <translation>已付 {paid} 超过总额 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="369" />
            <source>Order {order_no}: the address is incomplete ({fields})</source>
            <translation>订单 {order_no}：地址不完整（{fields}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="370" />
            <source>Order {order_no}: the phone number is not valid</source>
            <translation>订单 {order_no}：电话号码无效</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="388" />
            <source>Order {order_no} was already {status} by {user} at {time}</source>
            <translation>订单 {order_no} 已由 {user} 于 {time} 处理为「{status}」</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="188" />
            <source>Order {order_no} is on hold ({reason}); release the hold first</source>
            <translation>订单 {order_no} 已挂起（{reason}），请先解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="389" />
            <source>Order {order_no}: SKU {sku} is not in the catalogue</source>
            <translation>订单 {order_no}：SKU {sku} 不在商品目录中</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="375" />
            <source>Order {order_no} was changed by {user} at {time}; reload it and try again</source>
            <translation>订单 {order_no} 已被 {user} 于 {time} 修改，请重新加载后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="408" />
            <source>{field}: not an amount of money</source>
            <translation>{field}：不是有效金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="371" />
            <source>Line {line}: no active product with SKU {sku}</source>
            <translation>第 {line} 行：没有 SKU 为 {sku} 的在售商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="372" />
            <source>Line {line}: the quantity must be a whole number above 0</source>
            <translation>第 {line} 行：数量须为大于 0 的整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="373" />
            <source>Line {line}: at most {limit} pieces</source>
            <translation>第 {line} 行：最多 {limit} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="374" />
            <source>Line {line}: the discount is larger than the line's value</source>
            <translation>第 {line} 行：优惠大于该行金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="392" />
            <source>Order {order_no} cannot be confirmed, not enough stock: {shortages}</source>
            <translation>订单 {order_no} 无法确认，库存不足：{shortages}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="393" />
            <source>Order {order_no} is already on hold ({reason})</source>
            <translation>订单 {order_no} 已挂起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="394" />
            <source>Order {order_no} is {status}; only open orders can be held</source>
            <translation>订单 {order_no} 当前为「{status}」，只有未完结的订单可以挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="395" />
            <source>Order {order_no} is not on hold</source>
            <translation>订单 {order_no} 未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="396" />
            <source>No active carrier with id {carrier_id}</source>
            <translation>没有编号为 {carrier_id} 的启用中快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="397" />
            <source>Order {order_no} is {status}; its carrier can no longer change</source>
            <translation>订单 {order_no} 当前为「{status}」，不能再更换快递</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="377" />
            <source>Select at least two orders to merge</source>
            <translation>请至少选择两个订单进行合并</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="378" />
            <source>Choose the lines and pieces to split off</source>
            <translation>请选择要拆出的明细和件数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="379" />
            <source>Order {order_no} is {status}; only orders not yet picked can be split</source>
            <translation>订单 {order_no} 当前为「{status}」，只能拆分尚未拣货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="380" />
            <source>Leave at least one piece on order {order_no}</source>
            <translation>订单 {order_no} 至少要保留一件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="376" />
            <source>Order {order_no} is {status}; only orders not yet confirmed can be edited</source>
            <translation>订单 {order_no} 当前为「{status}」，只能修改尚未确认的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="391" />
            <source>Paid {paid} does not match the order total {total}</source>
            <translation>已付 {paid} 与订单总额 {total} 不符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="398" />
            <source>No single warehouse holds every item of order {order_no}; split the order</source>
            <translation>没有一个仓库能备齐订单 {order_no} 的全部商品，请拆分订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="381" />
            <source>Order {order_no} is {status}; only orders not yet picked can be merged</source>
            <translation>订单 {order_no} 当前为「{status}」，只能合并尚未拣货的订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="382" />
            <source>Order {order_no} goes to another recipient or address than {other}</source>
            <translation>订单 {order_no} 的收件人或地址与 {other} 不同</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="383" />
            <source>Line {line_id} is not part of order {order_no}</source>
            <translation>明细 {line_id} 不属于订单 {order_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="384" />
            <source>Line {line}: split between 1 and {qty} pieces</source>
            <translation>第 {line} 行：可拆出 1 到 {qty} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="360" />
            <source>Orders changed while they were approved</source>
            <translation>审核过程中订单已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="361" />
            <source>Orders changed while they were confirmed</source>
            <translation>确认过程中订单已被修改</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="362" />
            <source>Order {order_id} could not be saved: it breaks a rule of the database</source>
            <translation>订单 {order_id} 无法保存：违反了数据库规则</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="427" />
            <source>{username} ({role}) may not do {permission}</source>
            <translation>{username}（{role}）无权执行 {permission}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="106" />
            <source>Not logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="428" />
            <source>Cancelled before this item was printed</source>
            <translation>在打印此项之前已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="429" />
            <source>No order numbers given</source>
            <translation>没有输入订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="195" />
            <source>Choose where to save the file</source>
            <translation>请选择文件保存位置</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="196" />
            <source>Folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="432" />
            <source>No parcels chosen</source>
            <translation>没有选择包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="433" />
            <source>No parcel with id {shipment_id}</source>
            <translation>找不到包裹（编号 {shipment_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="434" />
            <source>Order {order_no} has no warehouse yet; confirm it first</source>
            <translation>订单 {order_no} 还没有分配仓库，请先确认订单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="390" />
            <source>Order {order_no} has no lines</source>
            <translation>订单 {order_no} 没有商品明细</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="435" />
            <source>The label of {tracking_no} is {label_status} already; reprint it with a reason</source>
            <translation>{tracking_no} 的面单状态已是 {label_status}，补打需填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="436" />
            <source>Order {order_no} is cancelled</source>
            <translation>订单 {order_no} 已取消</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="437" />
            <source>The labels of order {order_no} are printed already; reprint them with a reason</source>
            <translation>订单 {order_no} 的面单已打印，补打需填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="438" />
            <source>Order {order_no} is {status}: no document for it</source>
            <translation>订单 {order_no} 的状态为 {status}，不能生成此单据</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="88" />
            <source>The end date is before the start date</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="89" />
            <source>A report covers at most {days} days</source>
            <translation>报表最多覆盖 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="444" />
            <source>Unknown placeholder {placeholder}; use {known}</source>
            <translation>未知的占位符 {placeholder}，可用：{known}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="14" />
            <source>No ticket with id {ticket_id}</source>
            <translation>没有 ID 为 {ticket_id} 的工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="445" />
            <source>No active user with id {user_id}</source>
            <translation>没有 ID 为 {user_id} 的在用用户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="446" />
            <source>{username} cannot work on tickets</source>
            <translation>{username} 无权处理工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="447" />
            <source>Only feedback tickets carry a rating</source>
            <translation>只有反馈类工单可以评分</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="448" />
            <source>The rating is 1 to 5</source>
            <translation>评分为 1 到 5</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="449" />
            <source>Ticket {ticket_no} is {status}; it cannot move to {target}</source>
            <translation>工单 {ticket_no} 当前为“{status}”，不能变为“{target}”</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="450" />
            <source>Ticket {ticket_no} is closed; open a new ticket</source>
            <translation>工单 {ticket_no} 已关闭，请新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="451" />
            <source>A template named {name} exists</source>
            <translation>已存在名为 {name} 的模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="452" />
            <source>No reply template with id {template_id}</source>
            <translation>没有 ID 为 {template_id} 的回复模板</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="214" />
            <source>No order with id {order_id}</source>
            <translation>找不到订单（编号 {order_id}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="453" />
            <source>The ticket could not be saved: {reason}</source>
            <translation>工单无法保存：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="33" />
            <source>No after-sales case with id {case_id}</source>
            <translation>没有 ID 为 {case_id} 的售后单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="454" />
            <source>Case {case_no} belongs to another customer</source>
            <translation>售后单 {case_no} 属于其他客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="28" />
            <source>Order {order_no} belongs to another customer</source>
            <translation>订单 {order_no} 属于其他客户</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="458" />
            <source>Unknown setting {key}</source>
            <translation>未知的设置项 {key}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="459" />
            <source>{label}: expected yes or no</source>
            <translation>{label}：应为是或否</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="462" />
            <source>{label}: not a whole number</source>
            <translation>{label}：不是整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="463" />
            <source>{label}: at least {minimum}</source>
            <translation>{label}：至少为 {minimum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="464" />
            <source>{label}: at most {maximum}</source>
            <translation>{label}：最多为 {maximum}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="465" />
            <source>{label}: expected text</source>
            <translation>{label}：应为文本</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="143" />
            <source>No product with id {product_id}</source>
            <translation>找不到编号为 {product_id} 的商品</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="212" />
            <source>No warehouse with id {warehouse_id}</source>
            <translation>找不到编号为 {warehouse_id} 的仓库</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="385" />
            <source>Order {order_no} was changed by {user} at {time} after you opened it; look at it again before deciding</source>
            <translation>订单 {order_no} 在您打开后已被 {user} 于 {time} 修改；请重新查看后再做决定</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="386" />
            <source>Order {order_no} is being changed on another workstation; try again</source>
            <translation>订单 {order_no} 正在另一台工作站上修改，请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="399" />
            <source>No header with a tracking-number column (运单号) and an amount column (代收货款 / 金额) in the first {rows} rows</source>
            <translation>前 {rows} 行中没有包含运单号列和金额列（代收货款 / 金额）的表头</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="400" />
            <source>Order {order_no} is not cash on delivery</source>
            <translation>订单 {order_no} 不是货到付款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="401" />
            <source>Order {order_no} is {status}: not shipped, nothing collected</source>
            <translation>订单 {order_no} 状态为 {status}：尚未发货，没有代收货款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="402" />
            <source>Order {order_no}: the COD was already settled with {amount}</source>
            <translation>订单 {order_no}：代收货款已按 {amount} 结算</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="404" />
            <source>Order {order_no} owes nothing</source>
            <translation>订单 {order_no} 没有待收金额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="405" />
            <source>amount: out of range</source>
            <translation>金额：超出范围</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="409" />
            <source>Order {order_no} has an open after-sales case; close it first</source>
            <translation>订单 {order_no} 有未结束的售后单，请先关闭售后单</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="410" />
            <source>Order {order_no} was completed on {date}; after-sales closes {days} days after completion</source>
            <translation>订单 {order_no} 已于 {date} 完成；完成 {days} 天后不再受理售后</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="411" />
            <source>Unknown payment method {method}</source>
            <translation>未知的支付方式 {method}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="412" />
            <source>amount: must be more than zero</source>
            <translation>金额：必须大于零</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="413" />
            <source>Cash on delivery is recorded by the delivery</source>
            <translation>货到付款在签收时自动记录</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="414" />
            <source>Give the reason why the payment failed or is pending</source>
            <translation>请填写支付失败或待确认的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="415" />
            <source>paid_at: give a time with its zone</source>
            <translation>支付时间：须带时区</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="416" />
            <source>The payment time is in the future</source>
            <translation>支付时间不能晚于当前时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="417" />
            <source>Order {order_no} is {status}; no payment can be recorded on it</source>
            <translation>订单 {order_no} 状态为 {status}，不能再登记付款</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="418" />
            <source>Paid {amount} is more than the {due} still due on order {order_no}</source>
            <translation>付款 {amount} 超过订单 {order_no} 的待付金额 {due}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="419" />
            <source>No payment with id {payment_id}</source>
            <translation>找不到付款记录 {payment_id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="420" />
            <source>This payment is {status}, not pending</source>
            <translation>该付款状态为 {status}，不是待确认</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="421" />
            <source>Give the reason why the payment failed</source>
            <translation>请填写支付失败的原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="422" />
            <source>This payment was settled by another workstation just now</source>
            <translation>该付款刚刚已被另一台工作站处理</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="423" />
            <source>Unknown payment status</source>
            <translation>未知的付款状态</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="430" />
            <source>ZPL labels print on a label roll, not on A4</source>
            <translation>ZPL 面单只能打印在面单卷纸上，不能打印在 A4 纸上</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="431" />
            <source>Unknown label paper {sheet}</source>
            <translation>未知的面单纸张 {sheet}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="439" />
            <source>{key}: enter an amount such as 2000.00</source>
            <translation>{key}：请输入金额，例如 2000.00</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="440" />
            <source>{key}: enter a whole number from {minimum} to {maximum}</source>
            <translation>{key}：请输入 {minimum} 到 {maximum} 之间的整数</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="441" />
            <source>Expected a list of order ids</source>
            <translation>需要订单编号列表</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="442" />
            <source>No review rule {code}</source>
            <translation>没有审单规则 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="443" />
            <source>A rule either holds or flags an order, not {action}</source>
            <translation>规则只能挂起或标记订单，不能是 {action}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="455" />
            <source>Choose one of {choices}</source>
            <translation>请从以下选项中选择：{choices}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="456" />
            <source>Enter one e-mail address</source>
            <translation>请只填写一个邮箱地址</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="457" />
            <source>Write the time as HH:MM, e.g. 08:30</source>
            <translation>时间格式为 时:分，例如 08:30</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="460" />
            <source>Not an e-mail address: {address}</source>
            <translation>不是有效的邮箱地址：{address}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="461" />
            <source>Unknown exception kind: {kind}</source>
            <translation>未知的异常类型：{kind}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="466" />
            <source>Write each carrier as CODE=days (1-60), separated by commas: {part}</source>
            <translation>请按“快递代码=天数（1-60）”填写，用逗号分隔：{part}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="467" />
            <source>Tracking number: 4-40 letters, digits or -, no spaces ({value})</source>
            <translation>运单号：4-40 个字母、数字或 -，不能有空格（{value}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="468" />
            <source>Order {order_no} is {status}: a parcel can be created once it is confirmed and before it ships</source>
            <translation>订单 {order_no} 的状态为 {status}：订单确认后、发货前才能创建包裹</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="469" />
            <source>Order {order_no} is on hold ({reason})</source>
            <translation>订单 {order_no} 已挂起（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="470" />
            <source>Carrier {carrier} is not in use</source>
            <translation>快递公司 {carrier} 已停用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="471" />
            <source>Give a reason</source>
            <translation>请填写原因</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="472" />
            <source>The reason is longer than {max_len} characters</source>
            <translation>原因超过 {max_len} 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="473" />
            <source>The label of {tracking_no} was changed at another workstation; reload and retry</source>
            <translation>{tracking_no} 的面单已在其他工作站被修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="474" />
            <source>The label of {tracking_no} is voided already</source>
            <translation>{tracking_no} 的面单已作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="475" />
            <source>Parcel {tracking_no} is with the carrier already ({status}); it cannot be voided</source>
            <translation>包裹 {tracking_no} 已交给快递公司（{status}），不能作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="476" />
            <source>The tracking-number pool of {carrier} hands out numbers already in use</source>
            <translation>{carrier} 的电子面单号段分配出的单号已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="477" />
            <source>Tracking number {tracking_no} is already used for {carrier}</source>
            <translation>运单号 {tracking_no} 在 {carrier} 已被使用</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="478" />
            <source>Enter an order number</source>
            <translation>请输入订单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="479" />
            <source>{carrier} has no tracking-number pool: enter the tracking number</source>
            <translation>{carrier} 没有电子面单号段，请输入运单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="480" />
            <source>Parcel {tracking_no} has no logistics exception to handle</source>
            <translation>包裹 {tracking_no} 没有需要处理的物流异常</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="481" />
            <source>Only {available} of {sku} available in {warehouse}; {requested} needed</source>
            <translation>{warehouse} 仓库中 {sku} 仅有 {available} 件可用，需要 {requested} 件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="482" />
            <source>No stock balance for product {product_id} in warehouse {warehouse_id}</source>
            <translation>商品 {product_id} 在仓库 {warehouse_id} 中没有库存余额</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="483" />
            <source>Order {id} not found</source>
            <translation>找不到订单 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="484" />
            <source>Order {order_no} is not waiting for confirmation</source>
            <translation>订单 {order_no} 不在待确认状态</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="485" />
            <source>No warehouse can send stock for order {order_no}</source>
            <translation>没有仓库能为订单 {order_no} 调出库存</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="486" />
            <source>No header with a tracking-number column (运单号 / tracking no) and a time column (时间 / time) in the first {rows} rows</source>
            <translation>前 {rows} 行中没有找到包含运单号列（运单号 / tracking no）和时间列（时间 / time）的表头</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="487" />
            <source>Cannot read {file}: unknown text encoding</source>
            <translation>无法读取 {file}：未知的文本编码</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="488" />
            <source>Cannot read the time {value}</source>
            <translation>无法识别时间 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="424" />
            <source>File not found: {path}</source>
            <translation>找不到文件：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="425" />
            <source>Unsupported file type {suffix}: use xlsx, xls or csv</source>
            <translation>不支持的文件类型 {suffix}：请使用 xlsx、xls 或 csv</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="426" />
            <source>{file} is larger than {size} MB</source>
            <translation>{file} 超过 {size} MB</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="489" />
            <source>Give the time of the event</source>
            <translation>请填写轨迹时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="490" />
            <source>The event's time is in the future</source>
            <translation>轨迹时间晚于当前时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="491" />
            <source>Unknown tracking status {value}</source>
            <translation>无法识别的物流状态 {value}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="492" />
            <source>Cannot read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="493" />
            <source>The file has no status or description column</source>
            <translation>文件中没有状态列或描述列</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="494" />
            <source>The time {value} is in the future</source>
            <translation>时间 {value} 晚于当前时间</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="495" />
            <source>The label of {tracking_no} was voided</source>
            <translation>{tracking_no} 的面单已作废</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="496" />
            <source>This event is recorded already</source>
            <translation>这条轨迹已经记录过</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="403" />
            <source>No tracking number</source>
            <translation>缺少运单号</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="406" />
            <source>Unknown tracking number {tracking_no}</source>
            <translation>未知的运单号 {tracking_no}</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="407" />
            <source>Tracking number {tracking_no} belongs to several carriers; import the file for one carrier</source>
            <translation>运单号 {tracking_no} 属于多家快递公司，请按单个快递公司导入文件</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="501" />
            <source>The record was changed by someone else in the meantime; reload and retry</source>
            <translation>该记录已被他人修改，请刷新后重试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="503" />
            <source>The database stayed busy after {attempts} attempts; please retry</source>
            <translation>数据库繁忙（已重试 {attempts} 次），请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/error_catalog.py" line="504" />
            <source>Database error: {reason}</source>
            <translation>数据库错误：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="103" />
            <source>Kuaidan</source>
            <translation>快单</translation>
        </message>
    </context>
</TS>
