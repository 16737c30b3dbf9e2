"""The Python equivalent of the pressfacts pipeline, for bench/compare.sh.

    python bench/python_pipeline.py FILES... > facts.jsonl

Same stages, plainly written: read each file (UTF-8, BOM stripped), build a
same-length matching view (full-width ASCII, ideographic space, dashes,
corner quotes), split sentences on 。！？；… and line ends, tag every
sentence with jieba.posseg (HMM on, as pressfacts calls jieba-rs), then run
regexes modelled on ours for counts, agreements, signed projects,
cooperation, routes (chains of place words joined by dashes) and 《titles》,
and print one JSON line per article with character spans.

It is a throughput equivalent, not a port: it does not resolve subjects,
merge mentions or read Traditional characters. On stderr it prints its time
after the dictionary was loaded, so start-up can be told apart.
"""

import json
import os
import re
import sys
import time

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(60)

_MAP = {0x3000: " ", 0xFF5E: "~", 0x301C: "~", 0x3001: "、"}
_MAP.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5E)})
_MAP.update({ord(c): "-" for c in "\u2012\u2013\u2014\u2015\u2500\u2043\ufe58\ufe63\u2212"})
_MAP.update({ord("「"): "“", ord("『"): "“", ord("」"): "”", ord("』"): "”"})

TERMINATORS = "。!?;！？；…"
CLOSERS = "”’」』)）\""
SENTENCE = re.compile(
    "[^\n\r%s]*(?:[%s]+[%s]*|$)" % (TERMINATORS, TERMINATORS, CLOSERS)
)

HAN = "\u4e00-\u9fff"
NUM = "[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(?:万亿|千万|百万|万|亿)?|[零〇一二两三四五六七八九十百千万亿]+"
COUNT = re.compile(
    "(?P<pre>将近|接近|大约|超过|不到|不足|突破|近|约|超|逾)?"
    "(?:百分之(?P<pct>[0-9.]+|[零〇一二两三四五六七八九十百千点]+)"
    "|(?P<num>" + NUM + ")(?:(?:至|到|-|~)(?P<num2>" + NUM + "))?(?P<more>多|余)?"
    "(?P<unit>个百分点|百分点|平方公里|平方米|人民币|美元|欧元|港元|千瓦时|公里|千米|公斤|公顷|标箱|"
    "人次|架次|车次|航次|班次|个|位|名|项|对|条|家|所|座|架|班|列|趟|次|场|件|份|批|台|辆|艘|亩|"
    "元|吨|%|倍|国|款|种|类|户|篇|部|本|首|支|只|张|套|间|处|轮|米|人|TEU))"
)
SIGN = re.compile(
    "(?P<action>签署|签订|缔结)了?"
    "(?:(?P<pre_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件))?"
    "(?P<type>[" + HAN + "A-Za-z]{0,14}?(?:协议|备忘录|意向书|合同|协定|议定书|框架协议))"
    "(?:(?:共计|共|合计)?(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件))?"
)
COOPERATE = re.compile("(?P<action>开展)(?P<type>[" + HAN + "]{1,10}?合作)")
PROJECTS = re.compile(
    "(?P<action>签约)(?P<type>[" + HAN + "]{0,6}?项目)(?:共计|合计|总计|共|达)?"
    "(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:个|项)"
)
TITLE = re.compile("《(?P<title>[^《》\n]{1,80})》")
ROUTE_WORDS = re.compile("航线|航班|班列|直航|线路|通航|开通|开行")


def normalize(text):
    return text.translate(_MAP)


def sentences(norm):
    for m in SENTENCE.finditer(norm):
        start, end = m.start(), m.end()
        while start < end and norm[start].isspace():
            start += 1
        while end > start and norm[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def routes(toks):
    """Chains of place words (ns) joined by '-', as spans of the stops."""
    out, chain, dash = [], [], False
    for start, end, word, flag in toks:
        if flag == "ns" and (not chain or dash):
            chain.append((start, end))
            dash = False
        elif word == "-" and chain and not dash:
            dash = True
        else:
            if len(chain) >= 2:
                out.append(chain)
            chain = [(start, end)] if flag == "ns" else []
            dash = False
    if len(chain) >= 2:
        out.append(chain)
    return out


def extract(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig")
    norm = normalize(text)
    facts = {
        "source": path,
        "tokens": 0,
        "counts": [],
        "agreements": [],
        "routes": [],
        "documents": [],
    }
    for s, e in sentences(norm):
        sent = norm[s:e]
        toks = []
        at = s
        for w in pseg.lcut(sent, HMM=True):
            toks.append((at, at + len(w.word), w.word, w.flag))
            at += len(w.word)
        facts["tokens"] += len(toks)
        for m in COUNT.finditer(sent):
            facts["counts"].append(
                {"span": [s + m.start(), s + m.end()], "value": m.group("num") or m.group("pct"),
                 "unit": m.group("unit"), "qualifier": m.group("pre")}
            )
        for rx in (SIGN, PROJECTS, COOPERATE):
            for m in rx.finditer(sent):
                facts["agreements"].append(
                    {"span": [s + m.start(), s + m.end()], "action": m.group("action"),
                     "type": m.group("type")}
                )
        if ROUTE_WORDS.search(sent):
            for chain in routes(toks):
                facts["routes"].append(
                    {"stops": [text[a:b] for a, b in chain],
                     "span": [chain[0][0], chain[-1][1]]}
                )
        for m in TITLE.finditer(sent):
            facts["documents"].append({"span": [s + m.start(), s + m.end()], "title": m.group("title")})
    return facts


def main(paths):
    nbytes = sum(os.path.getsize(p) for p in paths)
    t0 = time.perf_counter()
    jieba.initialize()
    t1 = time.perf_counter()
    out = sys.stdout
    for p in paths:
        facts = extract(p)
        out.write(json.dumps(facts, ensure_ascii=False))
        out.write("\n")
    t2 = time.perf_counter()
    print(
        f"python_pipeline: dictionary {t1 - t0:.3f} s, {len(paths)} files, "
        f"{nbytes} bytes in {t2 - t1:.3f} s = {nbytes / (t2 - t1) / 1e6:.3f} MB/s after load",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
