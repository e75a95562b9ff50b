#!/usr/bin/env python3
"""Signed Meta webhook payloads for the ingest benchmark.

Writes one line per request, "<X-Hub-Signature-256>\t<body>", split into one file per wrk thread
so every request carries a distinct message (a repeated one would be a duplicate, not an event).
Bodies are Messenger, Instagram and WhatsApp Cloud text events of 600-1,200 bytes from 1,000
distinct senders, a third of them in Arabic and a third in Thai.
"""
import hashlib
import hmac
import json
import random
import sys

secret, count, threads, prefix = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(42)
texts = [
    "السلام عليكم، بيش هذا القميص؟ عندكم مقاس لارج؟ وشكد يوصل التوصيل لبغداد؟",
    "شلونكم، أريد أطلب الفستان الأسود، ممكن تدزون صور ثانية؟",
    "สวัสดีค่ะ เสื้อตัวนี้ราคาเท่าไหร่คะ มีไซส์ M ไหม ส่งกรุงเทพกี่วันคะ",
    "ขอดูรูปสินค้าเพิ่มเติมได้ไหมครับ สนใจรองเท้าสีขาว",
    "Hi! Is the leather bag still available? How long does shipping to Basra take?",
    "Hello, can I pay cash on delivery? I want two of the blue mugs.",
]
page, ig, phone_id = "106540352242922", "17841400000000001", "106540352242923"


def payload(n):
    sender = str(7100000000000000 + rng.randrange(1000))
    text = rng.choice(texts)
    ts = 1764400000000 + n
    kind = n % 3
    if kind == 0:
        doc = {"object": "page", "entry": [{"id": page, "time": ts, "messaging": [{
            "sender": {"id": sender}, "recipient": {"id": page}, "timestamp": ts,
            "message": {"mid": "m_bench_%d" % n, "text": text}}]}]}
    elif kind == 1:
        doc = {"object": "instagram", "entry": [{"id": ig, "time": ts, "messaging": [{
            "sender": {"id": sender}, "recipient": {"id": ig}, "timestamp": ts,
            "message": {"mid": "aWdfbench_%d" % n, "text": text}}]}]}
    else:
        wa = "9647%09d" % int(sender[-9:])
        doc = {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
            "field": "messages", "value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "15550783881", "phone_number_id": phone_id},
                "contacts": [{"profile": {"name": "Customer %s" % sender[-4:]}, "wa_id": wa}],
                "messages": [{"from": wa, "id": "wamid.bench_%d" % n, "timestamp": str(ts // 1000),
                              "type": "text", "text": {"body": text}}]}}]}]}
    body = json.dumps(doc, ensure_ascii=rng.random() < 0.5, separators=(",", ":"))
    # Pad with the kind of noise Meta adds (whitespace is legal JSON) to 600-1,200 bytes.
    target = rng.randrange(600, 1201)
    raw = body.encode()
    if len(raw) < target:
        raw = raw[:-1] + b" " * (target - len(raw)) + raw[-1:]
    return raw


files = [open("%s.%d" % (prefix, t), "wb") for t in range(threads)]
sizes = []
for n in range(count):
    body = payload(n)
    sizes.append(len(body))
    sig = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    files[n % threads].write(sig.encode() + b"\t" + body + b"\n")
for f in files:
    f.close()
print("payloads: %d, %d-%d bytes" % (count, min(sizes), max(sizes)))
