"""Synthetic corpora and claim sets for the scale benchmark.

A corpus is made of the seed articles' sentences, recombined into new
documents and perturbed: numbers changed, one entity name swapped for
another's, years moved, and some sentences written in traditional script, so
the index sees realistic text with realistic repetition (the same company and
measure in many passages) without any real archive. Claims come from
templates over the lexicon's entities and measures, in English and Chinese.

Everything is seeded: the same size and seed give the same bytes.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DOC_BYTES = 12_000
DOCS_PER_FOLDER = 500

# Entity names as they appear in Chinese prose, for swapping one for another.
COMPANIES_ZH = ["智谱", "MiniMax", "月之暗面", "百川智能", "零一万物", "阶跃星辰", "深度求索",
                "科大讯飞", "宇树科技", "稀宇科技"]
COMPANIES_EN = ["Zhipu", "MiniMax", "Moonshot AI", "Baichuan", "01.AI", "StepFun", "DeepSeek",
                "iFlytek", "Unitree"]
_SWAP = re.compile("|".join(re.escape(n) for n in sorted(COMPANIES_ZH, key=len, reverse=True)))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"20[12]\d(?=年)")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”」』]?|[^。！？!?]+$")


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(s for s in _SENTENCE.findall(line.strip()) if len(s.strip()) > 4)
    return sentences


def _perturb_number(match: re.Match, rng: random.Random) -> str:
    text = match.group()
    if rng.random() < 0.5 or re.fullmatch(r"(19|20)\d\d", text):
        return text
    if "." in text:
        whole, frac = text.split(".")
        return f"{rng.randint(1, max(2, int(whole) * 2))}.{rng.randint(0, 9) if len(frac) == 1 else rng.randint(10, 99)}"
    return str(max(1, int(int(text) * rng.choice((0.5, 0.8, 1.1, 1.5, 2, 3)))))


def perturb(sentence: str, rng: random.Random, to_traditional) -> str:
    if rng.random() < 0.4:
        sentence = _NUMBER.sub(lambda m: _perturb_number(m, rng), sentence)
    if rng.random() < 0.2:
        sentence = _YEAR.sub(lambda m: str(rng.randint(2019, 2026)), sentence)
    if rng.random() < 0.3:
        sentence = _SWAP.sub(lambda m: rng.choice(COMPANIES_ZH), sentence, count=1)
    if rng.random() < 0.25:
        sentence = to_traditional(sentence)
    return sentence


# For the "unique" corpus: people quoted at the head of a sentence.
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣晨阳辉峰建国文博志远海蕾婷雪慧颖琳倩璐晓"
_SAID = ("表示", "指出", "介绍", "透露", "称")


def _redrawn(match: re.Match, rng: random.Random) -> str:
    text, after = match.group(), match.string[match.end():match.end() + 1]
    if re.fullmatch(r"(19|20)\d\d", text):
        return text
    if after in "月日号":   # a month or a day stays one
        return str(rng.randint(1, 12 if after == "月" else 28))
    number = str(rng.randint(2, 9999))
    return f"{number}.{rng.randint(1, 99)}" if "." in text else number


def unique(sentence: str, rng: random.Random) -> str:
    """SENTENCE made (almost surely) unlike any other: every figure but a
    year redrawn, and a random person quoted at its head when it holds no
    more than two figures. The seed corpus repeats its sentences (a few
    hundred seed sentences, few perturbed); an archive of real articles
    does not, and a cost that scales with distinct sentences must be
    measured on this one too."""
    sentence = _NUMBER.sub(lambda m: _redrawn(m, rng), sentence)
    if len(_NUMBER.findall(sentence)) <= 2:
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        sentence = f"{name}{rng.choice(_SAID)}," + sentence
    return sentence


def _perturb_unique(sentence: str, rng: random.Random, to_traditional) -> str:
    return perturb(unique(sentence, rng), rng, to_traditional)


def write_corpus(folder: Path, megabytes: float, seed: int = 7, distinct: bool = False) -> Path:
    """Write a corpus of about MEGABYTES under FOLDER (once; reused if
    complete); DISTINCT: nearly every sentence unique (``unique``)."""
    marker = folder / ".complete"
    if marker.exists():
        return folder
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    rng = random.Random(seed)
    sentences = seed_sentences()
    perturb_one = _perturb_unique if distinct else perturb
    target = int(megabytes * 1_000_000)
    written = 0
    n = 0
    while written < target:
        lines = []
        size = 0
        while size < DOC_BYTES:
            line = "".join(perturb_one(rng.choice(sentences), rng, to_traditional)
                           for _ in range(rng.randint(1, 4)))
            lines.append(line)
            size += len(line.encode("utf-8")) + 1
        path = folder / f"part{n // DOCS_PER_FOLDER:04d}" / f"doc{n:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(data)
        written += len(data)
        n += 1
    marker.write_text("ok\n")
    return folder


# --- claims --------------------------------------------------------------------

_TEMPLATES = (
    "{en} revenue was {n} million yuan",
    "{en} overseas revenue {p}%",
    "{en} has accumulated losses of {b} billion yuan",
    "{en} has about {m} million monthly active users",
    "{en} listed on the Hong Kong Stock Exchange on {date}",
    "{en} plans to raise HK${b} billion in its Hong Kong IPO",
    "{en}'s latest valuation is {b} billion US dollars",
    "{en} was founded in {year}",
    "{en} completed {k} funding rounds",
    "{en}'s R&D spending was {p}% of its total revenue",
    "{zh}{year}年亏损{k}亿元",
    "{zh}估值为{b}亿元",
    "{zh}拟募资{k}亿港元",
    "{zh}共有{k}00名员工",
    "{zh}的境外收入占总收入的{p}%",
    "{zh}月活跃用户超过{m}00万",
)


def make_claims(count: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    claims = []
    for i in range(count):
        template = _TEMPLATES[i % len(_TEMPLATES)]
        k = rng.randrange(len(COMPANIES_EN))
        text = template.format(
            en=COMPANIES_EN[k], zh=COMPANIES_ZH[k], n=rng.choice((300, 500, 1000, 2000)),
            p=rng.choice((73.1, 80, 51, 514, 30)), b=rng.choice((9.2, 4.3, 51, 47, 243.8, 4.24)),
            m=rng.choice((9, 11, 5, 27)), k=rng.choice((8, 15, 20, 43, 6)),
            year=rng.randint(2019, 2026),
            date=f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        claims.append({"id": f"b{i:05d}", "text": text})
    return claims
