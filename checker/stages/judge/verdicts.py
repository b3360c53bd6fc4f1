"""Stage "judge", for one claim: its candidate passages judged and the
stances decided into a verdict.

A claim is judged fact by fact when it asserts several values and the
sources speak to any of them, else whole: first by the lexicon judge
(``frames``) on the passages the index finds for its requirements
(``requirements``), then, when that finds nothing to compare, by open
alignment (``align``) on the passages sharing its rarest words; a claim of
several clauses that no passage holds whole is judged clause by clause.
``decide`` turns the stances into the verdict.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from checker.language.grammar import (
    SEMICOLON,
    direction_words,
    find_cues,
    grammar,
    is_chinese_stop_word,
    offset_direction,
    opposed,
)
from checker.language.lexicon import Lexicon
from checker.language.normalise import normalise_for_match
from checker.language.numerals import month_ranges, months_named, states_month_day
from checker.language.numerals import units as numeral_units
from checker.language.persons import tagged_words
from checker.language.values import format_value, parse_values, year_parts_named
from checker.language.words import (
    CJK_RUN,
    LATIN_WORD,
    OpenClaim,
    Unit,
    comparison_base,
    is_stop_word,
    measure_modifiers,
    opens_with_name,
    opens_with_noun,
    read_open_claim,
    stem,
    whole_speech_verb,
)
from checker.model import (
    Analysis,
    Bearing,
    Claim,
    ClaimResult,
    Evidence,
    Passage,
    Stance,
    Value,
    Verdict,
)
from checker.stages.analyse import clause_index, split_clauses
from checker.stages.compare import comparable, misordered, relation
from checker.stages.decide import decide, decide_facts, evidence_of
from checker.stages.index import (
    AnalysedPassage,
    PassageIndex,
)
from checker.stages.judge.align import (
    CORE_COVERAGE,
    MAX_MISSING_WEIGHT,
    MODIFIER_MARK,
    NEIGHBOURS,
    NUMERIC_KINDS,
    QUOTED_CLAUSE_CHARS,
    SUPPORT_COVERAGE,
    Side,
    added_qualifier,
    always_before,
    base_markers,
    base_otherwise,
    bound_apart,
    cause_of_figure,
    change_for_level,
    change_of_another,
    change_of_another_quantity,
    claimed_for_year_before,
    core_coverage,
    corrected_statement_at,
    counts_written,
    coverage,
    dated_words_elsewhere,
    denials,
    denied_as_said,
    designated_otherwise,
    difference_against_level,
    earlier_figure,
    figure_apart,
    figure_item_apart,
    figure_modifies_other,
    figure_of_another,
    figure_of_another_opening_name,
    framing_cue,
    future_verb,
    given_by_correction,
    head_of_another,
    held_jointly,
    is_question,
    item_of_a_sum,
    judge_open,
    kind_names,
    kind_subject,
    leading_names,
    level_against_change,
    listed_apart,
    may_bear,
    measured_across_contrast,
    mentioned_in_quotes,
    misstated_at,
    month_apart,
    month_elsewhere,
    multiplier_unsaid,
    named_after_figure,
    named_after_preposition_otherwise,
    named_in_apposition,
    named_in_relative,
    named_only_as_base,
    named_otherwise,
    named_places,
    names_another,
    names_kind_subject,
    names_no_subject,
    noun_modified_otherwise,
    numbered_sibling_at,
    numbers_written,
    of_another_time_than_year_before,
    opening_after_figure,
    opening_place,
    opening_run,
    opens_with_change,
    opens_with_party_of,
    opens_with_speaker,
    ordered_the_other_way,
    other_modifier,
    owner_of_another_party,
    part_against_whole,
    part_figure,
    part_for_whole,
    part_of_a_sibling,
    part_of_year_elsewhere,
    parties_swapped,
    place_before_figure,
    place_of_its_own,
    planned_at,
    planned_unlike,
    pointed_at,
    possessed_otherwise,
    possible_at,
    pronoun_for_another,
    quoted_message,
    quotes,
    rate_units,
    refers_back,
    refers_by_kind,
    related_in_order,
    relation_key,
    remainder_apart,
    replacing_at,
    reported_in_quotes,
    said_across_segments,
    said_wrong_at,
    scoped_cue,
    segment_apart,
    segment_figure,
    sentence_span,
    share_against_change,
    share_base_elsewhere,
    share_of_another_base,
    shortened_names,
    sibling_at_figure,
    side,
    side_of_text,
    slot_apart,
    spoken_for_another,
    stated_after_verdict,
    sum_of_periods,
    turned_at,
    unit_share,
    verdict_clause,
    whole_figure,
    word_of_the_start,
    year_part_apart,
)
from checker.stages.judge.facts import (
    ClaimView,
    claim_clauses,
    ends_with_speech_verb,
    fact_views,
    read_claim,
    speaker_and_statement,
)
from checker.stages.judge.frames import first_source_surface, forget_claim, judge, person_spans
from checker.stages.judge.ordering import CANDIDATES as ORDERING_CANDIDATES
from checker.stages.judge.ordering import (
    judge_ordering,
    orders_by_words,
    orders_in_words,
    read_ordering,
)
from checker.stages.judge.requirements import retrieval_filter

CANDIDATE_LIMIT = 200
"""Passages judged per claim at most (the best ranked)."""
OPEN_CANDIDATE_LIMIT = 40
"""Passages judged by open alignment per claim at most (the best by shared rare words)."""


def check_claim(claim: Claim, index: PassageIndex, lexicon: Lexicon) -> ClaimResult:
    """Judge CLAIM: fact by fact when it asserts several values and the
    sources speak to any of them, else as a whole. A support must also hold
    the claim's clauses without a value (``_unstated_clause``). A claim
    ordering two things by figures it does not give, which no passage
    states, is judged by the figures the sources give each (``ordering``)."""
    result = _check_whole(claim, index, lexicon)
    if result.verdict not in _ORDERED_ANEW or not orders_by_words(claim.text):
        return result
    stated = read_ordering(claim.text)
    ordered = judge_ordering(claim, stated, index, lexicon, _check_whole,
                             lambda side: _open_candidates(side, index, lexicon)) \
        if stated is not None else None
    if ordered is not None:
        return ordered
    # A passage naming both sides with the figure of one orders nothing:
    # its words are not the claim's order.
    if result.verdict == Verdict.SUPPORTED and not any(
            orders_in_words(e.excerpt) for e in result.evidence if e.stance == Bearing.SUPPORTS):
        return ClaimResult(claim, Verdict.NOT_FOUND, 0.5,
                           f"no source orders them as the claim does; {result.reason}")
    return result


# Verdicts of the whole claim that the figures of its two sides may replace
# (a contradiction stands).
_ORDERED_ANEW = (Verdict.NOT_FOUND, Verdict.SUPPORTED)


def _open_candidates(claim: Claim, index: PassageIndex, lexicon: Lexicon) -> list[int]:
    """The passages sharing CLAIM's rarest words, the best first."""
    terms = open_claim(read_claim(claim, lexicon), index, lexicon).terms
    return list(index.term_candidates(terms, ORDERING_CANDIDATES))


def _check_whole(claim: Claim, index: PassageIndex, lexicon: Lexicon) -> ClaimResult:
    view = read_claim(claim, lexicon)
    result = _check_claim(claim, view, index, lexicon)
    if result.verdict == Verdict.NOT_FOUND:
        result = _undated_support(claim, view, index, lexicon) or result
    if result.verdict == Verdict.NOT_FOUND:
        # (What was said is judged whole there, the speaker's part apart.)
        return _attributed_support(claim, view, index, lexicon) or result
    if result.verdict != Verdict.SUPPORTED:
        return result
    # Both figures stated, a comparison of them the claim gets wrong.
    ordered = misordered(view.analysis.text, view.analysis.values)
    if ordered:
        first, second = ordered
        return replace(result, verdict=Verdict.CONTRADICTED, reason=(
            f"the sources give {format_value(first)} and {format_value(second)}, which the "
            f"claim orders the other way round; {result.reason}"))
    unstated = _unstated_clause(view, result, index, lexicon)
    if not unstated:
        return result
    text = view.analysis.text
    stated = ", ".join(piece for start, end in view.analysis.clauses
                       if (piece := text[start:end].strip()) and piece != unstated)
    facts = [(f.text, ClaimResult(claim, f.verdict, result.confidence, f.reason, f.evidence))
             for f in result.facts] or [(stated, result)]
    missing = ClaimResult(replace(claim, text=unstated), Verdict.NOT_FOUND, 0.5,
                          "no passage around the supporting evidence states it")
    return decide_facts(claim, [*facts, (unstated, missing)])


def _unstated_clause(view: ClaimView, result: ClaimResult, index: PassageIndex,
                     lexicon: Lexicon) -> str:
    """A clause of the claim holding none of its values that neither the
    passages supporting it nor the sentences around them state, or ''. The
    value's passage says what the claim's figure is; "…7000万美元, 其中绝大部分
    贡献来自海螺AI" also says where it comes from, and "其中绝大部分贡献来自
    Talkie" does not support that."""
    text = view.analysis.text
    values = view.analysis.values
    # Most claims have a value in every clause: nothing to read then.
    if all(any(start <= v.start < end for v in values) for start, end in view.analysis.clauses):
        return ""
    asserted = [f.value.start for f in view.asserted]
    pieces: list[tuple[str, OpenClaim]] = []
    carry = None
    for start, end in view.analysis.clauses:
        start = start if carry is None else carry
        clause = text[start:end].strip()
        words = open_claim(read_claim(replace(view.claim, text=clause), lexicon), index, lexicon)
        # Too little to be a fact of its own ("In September 2025 Disney, …"):
        # it joins the clause after it, unless it asserts a value ("排名第六").
        if len(words.units) < _MIN_CLAUSE_UNITS and not any(start <= a < end for a in asserted):
            carry = start
            continue
        carry = None
        if not any(start <= v.start < end for v in values):
            pieces.append((clause, words))
    if not pieces or len(pieces) == len(view.analysis.clauses):
        return ""
    sides = _sides_around(result.evidence, index)
    for clause, words in pieces:
        # Who said it ("据《华尔街日报》报道": a source of facts, never their
        # subject) is not what was said.
        if words.cues(clause, "report") or any(
                u.entity and u.entity in lexicon.entities
                and lexicon.entities[u.entity].type in _SOURCE_TYPES for u in words.units):
            continue
        # A clause bringing in the speaker ("唐杰在内部信中称,") is stated
        # where the document brings that speaker in last before a passage
        # supporting the claim ("唐杰发布内部信" before "信中表示,……"), not
        # by any sentence beside it naming them ("……招股书中可以看到,……" is
        # no "招股书显示" of 36氪's "智谱……15万开发者每月付费").
        if ends_with_speech_verb(clause):
            speaker = _speaker_words(clause, index, lexicon)
            if speaker is None or not any(
                    _speaker_sentence(speaker, speaker, e, index, lexicon) is not None
                    for e in result.evidence if e.stance == Bearing.SUPPORTS):
                return clause
            continue
        # Its entities must stand there, however common ("来自海螺AI" /
        # "来自Talkie"); a name in another language may be written otherwise,
        # and fewer of its words are found there.
        if not any(_states(words, clause, where, lexicon) for where in sides):
            return clause
    return ""


def _speaker_words(clause: str, index: PassageIndex, lexicon: Lexicon) -> OpenClaim | None:
    """The words naming who speaks in CLAUSE, a claim's clause ending with a
    verb of saying ("唐杰在内部信中称"), or None when it names no one."""
    end = len(clause.rstrip(" ,:;\"'"))
    spoken = [start for start, stop, _ in find_cues(clause, "speech_verbs") if stop == end]
    head = clause[:spoken[0]].strip() if spoken else ""
    words = open_claim(read_claim(Claim(id="speaker", text=head), lexicon), index, lexicon) \
        if head else None
    return words if words is not None and words.units else None


def _states(words: OpenClaim, clause: str, where: Side, lexicon: Lexicon) -> bool:
    """Whether WHERE states the claim's CLAUSE (WORDS). Only a passage in the
    clause's language is asked: across languages the dictionaries find too
    few of its words ("alleging … infringed" for 指控……侵犯) to tell."""
    if bool(CJK_RUN.search(clause)) != bool(CJK_RUN.search(where.text)):
        return True
    held, missing = coverage(words, [where], lexicon)
    # As a passage supporting a claim: most of the clause, none of its
    # entities missing, and no heavy word ("来自游戏业务" / "来自广告业务").
    absent = max((u.weight for u in missing if unit_share(u, where, lexicon) == 0.0), default=0.0)
    return held >= SUPPORT_COVERAGE and not any(u.entity for u in missing) \
        and absent <= MAX_MISSING_WEIGHT * words.total_weight


_MIN_CLAUSE_UNITS = 2
"""Words a clause needs to be a fact of its own that a support must hold."""
_SOURCE_TYPES = ("media", "research")
"""Entity types that report facts ("据彭博社报道", "QuestMobile数据显示")."""


def _sides_around(evidence: Sequence[Evidence], index: PassageIndex) -> list[Side]:
    """The supporting passages of EVIDENCE and the sentences beside each."""
    return [found for item in evidence if item.stance == Bearing.SUPPORTS
            for found in _sides_beside(item.source, item.line, item.start, index)]


def _sides_beside(source: str, line: int, start: int, index: PassageIndex) -> list[Side]:
    """The passage of SOURCE at LINE and START and the sentences beside it,
    as alignment reads them; none when the index has no such passage."""
    items = index.document_items(source)
    at = next((i for i, p in enumerate(items)
               if p.passage.line == line and p.passage.start == start), None)
    if at is None:
        return []
    return [side(p.analysis) for p in items[max(0, at - NEIGHBOURS):at + NEIGHBOURS + 1]]


def _undated_support(claim: Claim, view: ClaimView, index: PassageIndex,
                     lexicon: Lexicon) -> ClaimResult | None:
    """The support of a claim opening with the day it was reported, as a
    headline does ("2020年2月15日，央行：……调拨了近6000亿元新钞"), by passages
    stating the rest and dating nothing themselves: a news article states
    its own day once, apart from what it reports. None when the claim opens
    otherwise or no such passage supports the rest."""
    text = view.analysis.text
    opening = next((v for v in view.analysis.values if v.start == 0), None)
    if opening is None or opening.kind != "date" or opening.unit != "day" \
            or text[opening.end:opening.end + 1] not in _HEADLINE_DATE_ENDS:
        return None
    rest = replace(claim, text=text[opening.end + 1:].strip())
    result = _check_claim(rest, read_claim(rest, lexicon), index, lexicon)
    if result.verdict != Verdict.SUPPORTED or any(
            _dates_something(normalise_for_match(e.excerpt)) for e in result.evidence):
        return None
    return replace(result, claim=claim)


# What closes a headline's opening day: "2020年2月15日，……".
_HEADLINE_DATE_ENDS = (",", "\uff0c")


def _dates_something(text: str) -> bool:
    """Whether TEXT writes a date, a month or a day, whole or bare (9日,
    4月发布, "in March"): an undated passage writes none."""
    return any(v.kind == "date" for v in parse_values(text)) \
        or bool(_BARE_MONTH_OR_DAY.search(text) or months_named(text))


# A month or day written with its number alone (3月, 9日, 4号), as a dateline does.
_BARE_MONTH_OR_DAY = re.compile(r"\d{1,2}\s*[\u6708\u65e5\u53f7]")


def _attributed_support(claim: Claim, view: ClaimView, index: PassageIndex,
                        lexicon: Lexicon) -> ClaimResult | None:
    """The support of a claim saying who said something ("郭树清:继续鼓励外资
    金融机构进入中国共同发展", "……发言人马晓光称,……") by a passage stating what
    was said (or its contradiction by one saying otherwise), where the
    speaker is the one its document brings in last at or before it: an article names the speaker once ("郭树清表示,……") and goes on
    quoting (…… "所以,我们继续鼓励……"). The speaker's name and title must
    stand in that sentence or the ones around it, the rest of the speaker's
    part (the occasion) around it (``_speaker_sentence``), and what was said
    must name its own subject where it is said. A claim opening with the
    day it was reported, as a headline does
    ("2021年3月2日,郭树清:……"), is supported only by a passage dating
    nothing itself (see ``_undated_support``). None otherwise."""
    text = view.analysis.text
    opening = next((v for v in view.analysis.values if v.start == 0), None)
    dated = opening is not None and opening.kind == "date" and opening.unit == "day"
    split = speaker_and_statement(text[opening.end:].lstrip(" ,") if dated else text)
    if split is None:
        return None
    head, statement = split
    said = replace(claim, text=statement)
    said_view = read_claim(said, lexicon)
    speaker = open_claim(read_claim(replace(claim, text=head), lexicon), index, lexicon)
    # (The speaker is named in the head's last clause; an occasion may come
    # before it: "例行新闻发布会上,国台办发言人马晓光".)
    named = open_claim(read_claim(replace(claim, text=head.rsplit(",", 1)[-1]), lexicon),
                       index, lexicon)
    said_words = open_claim(said_view, index, lexicon)
    if not named.units or len(said_words.units) < _MIN_CLAUSE_UNITS:
        return None
    result = _check_claim(said, said_view, index, lexicon)
    # (What the speaker said otherwise, in the speaker's own sentences,
    # contradicts the claim as what was said supports it.)
    # (Not a goal or plan the speaker gave, "出口目标为2,000公吨", against
    # what came in, which the judge may read as its figure.)
    bearing = {Verdict.SUPPORTED: Bearing.SUPPORTS,
               Verdict.CONTRADICTED: Bearing.CONTRADICTS}.get(result.verdict)
    if bearing == Bearing.CONTRADICTS and said_words.modal:
        return None
    if bearing is None or dated and any(
            _dates_something(normalise_for_match(e.excerpt)) for e in result.evidence):
        return None
    # What was said must name its own subject where it is said: "部分平台将
    # 未支付订单计入成交额" is not said of 拾光购, whom the article names
    # elsewhere.
    subject = {id(u): u for u in (*leading_names(said_words), *opening_run(said_words))}.values()
    for item in (e for e in result.evidence if e.stance == bearing
                 and all(unit_share(u, _side_of(e), lexicon) == 1.0 for u in subject)):
        found = _speaker_sentence(speaker, named, item, index, lexicon)
        if found is not None:
            where = f"{found.source}:{found.line}"
            brought_in = evidence_of(Stance(found, Bearing.SUPPORTS, item.score,
                                            f"{head} is brought in as the speaker, {where}"))
            # (The speaker's sentence is evidence too: it states the claim's
            # part naming who spoke.)
            apart = (found.line, found.start) != (item.line, item.start)
            return replace(result, claim=claim, evidence=(
                *result.evidence, *([brought_in] if apart else [])), reason=(
                f"{head} is the speaker the source brings in ({where}); {result.reason}"))
    return None


def _speaker_sentence(speaker: OpenClaim, named: OpenClaim, evidence: Evidence,
                      index: PassageIndex, lexicon: Lexicon) -> Passage | None:
    """The passage where the document of EVIDENCE brings in SPEAKER (a
    claim's words saying who spoke, NAMED those of its last clause, which
    name the speaker), when the nearest sentence at or before EVIDENCE's
    passage (within ``SPEAKER_REACH``) that brings in a speaker, by a verb
    of saying or a colon (the passage itself, where the whole claim was not
    found in it: "苏曼青补充说,……" for "苏曼青表示,……"), holds NAMED's last
    word with no title word the claim lacks (副局长 for 局长); and the
    document's opening sentence
    and those from ``SPEAKER_REACH`` before that one to the passage hold
    NAMED as a support holds a claim, and ``SPEAKER_COVERAGE`` of SPEAKER
    (the occasion, "例行新闻发布会上", is often told first); else None."""
    items = index.document_items(evidence.source)
    at = next((i for i, p in enumerate(items)
               if p.passage.line == evidence.line and p.passage.start == evidence.start), None)
    if at is None:
        return None
    text = named.text.lower()
    last = max(named.units, key=lambda u: text.rfind(u.surface.lower()))
    for back in range(at, max(-1, at - SPEAKER_REACH - 1), -1):
        sentence = items[back].analysis.text
        if not _brings_in_speaker(sentence):
            continue
        if added_qualifier(named, sentence):
            return None
        around = [side(p.analysis) for p in (items[0], *items[max(0, back - SPEAKER_REACH):at + 1])]
        # (Across languages the dictionaries find fewer of a title's words:
        # 研究负责人 for "the study's lead author".)
        alike = bool(CJK_RUN.search(named.text)) == bool(CJK_RUN.search(sentence))
        if unit_share(last, side(items[back].analysis), lexicon) < 1.0 \
                or coverage(named, around, lexicon)[0] \
                < (SUPPORT_COVERAGE if alike else SPEAKER_COVERAGE) \
                or coverage(speaker, around, lexicon)[0] < SPEAKER_COVERAGE:
            return None
        return items[back].passage
    return None


def _brings_in_speaker(text: str) -> bool:
    """Whether TEXT (a sentence, normalised) brings in a speaker: a colon, or
    a verb of saying or announcing (``speech_verbs``, ``announcing_verbs``:
    "……发布内部信,宣布……") that is a word of its own or is followed by a
    comma (the tagger takes 称 into a name it does not know: 林栖称,), not 说
    of 说法, and modifies no noun (披露 of "最近披露的招股书")."""
    return ":" in text or any(
        (whole_speech_verb(text, start, end, verb) or text[end:end + 1] == ",")
        and not text.startswith(MODIFIER_MARK, end)   # (最近披露的招股书)
        for kind in ("speech_verbs", "announcing_verbs")
        for start, end, verb in find_cues(text, kind))


SPEAKER_REACH = 3
"""Sentences before a quoted statement where the speaker brought in last may stand."""
SPEAKER_COVERAGE = 0.6
"""Share of a claim's words naming who spoke (and where) that the sentences
around the speaker's must hold; the speaker's own name must stand in it."""


def _check_claim(claim: Claim, view: ClaimView, index: PassageIndex,
                 lexicon: Lexicon) -> ClaimResult:
    facts = fact_views(view, lexicon)
    if facts:
        results = [(text, _check_view(claim, fact, index, lexicon, open_alignment=False))
                   for text, fact in facts]
        if any(r.verdict != Verdict.NOT_FOUND for _, r in results):
            decided = decide_facts(claim, results)
            if decided.verdict == Verdict.NOT_FOUND:
                # Some figures had no source figure to compare with (a count
                # where the lexicon wants money): one passage may still state
                # them all, word for word and value for value, or the
                # passage of a fact found state another otherwise ("……增至约
                # 177万,……由8美元升至10美元" / "……177.16万,……从8美元下滑至5美元").
                whole = _check_view(claim, view, index, lexicon, lexicon_judge=False)
                if whole.verdict == Verdict.SUPPORTED or whole.verdict == Verdict.CONTRADICTED \
                        and _refuted_beside_a_fact(whole, results):
                    return whole
            return decided
        # Judged whole, the lexicon judge would give every value the claim's
        # last period; only alignment, which needs every value, is left.
        whole = _check_view(claim, view, index, lexicon, lexicon_judge=False)
        # Or each clause in a passage of its own ("……超3000只个股飘红，两市
        # 成交额连续13交易日破万亿": a headline and the sentence after it).
        # (Only their support: a clause's figure judged alone is compared
        # with any figure of its words, "全长近270公里" with "时速350公里".)
        clauses = claim_clauses(view) if whole.verdict == Verdict.NOT_FOUND else []
        parts = _check_clauses(claim, view, clauses, whole, index, lexicon) if clauses else whole
        return parts if parts.verdict == Verdict.SUPPORTED else whole
    clauses = claim_clauses(view) if view.person else []
    if len({read_claim(replace(claim, text=c), lexicon).person_surface for c in clauses} - {""}) > 1:
        # Two persons in two roles ("Zhang Peng is Zhipu's CEO, and Tang Jie
        # its chief scientist"): the lexicon judge reads one person of the
        # claim with every role; each clause is a fact of its own.
        whole = _check_view(claim, view, index, lexicon, lexicon_judge=False)
        return _check_clauses(claim, view, clauses, whole, index, lexicon)
    result = _check_view(claim, view, index, lexicon)
    if result.verdict == Verdict.SUPPORTED:
        result = _every_clause_said(claim, view, result, index, lexicon)
    clauses = claim_clauses(view) if result.verdict == Verdict.NOT_FOUND and not result.facts else []
    return _check_clauses(claim, view, clauses, result, index, lexicon) if clauses else result


def _every_clause_said(claim: Claim, view: ClaimView, result: ClaimResult, index: PassageIndex,
                       lexicon: Lexicon) -> ClaimResult:
    """RESULT, a support, kept where every clause of the claim after its
    first that a conjunction joins to it (``clause_conjunctions``: "and",
    "but") is said by a passage supporting it, or by alignment alone: "Zhipu
    listed in Hong Kong on January 8, 2026, and its shares rose on their
    first day of trading" is not supported by the listing date alone. Else
    not found, naming the clause that was not. (An appositive, "GLM-130B, a
    bilingual model at the 100-billion-parameter scale", describes a name of
    the clause before; its support may say it otherwise.)"""
    clauses = claim_clauses(view)
    if len(clauses) < 2:
        return result
    conjunctions = {w.lower() for language in ("zh", "en")
                    for w in grammar(language).clause_conjunctions}
    sides = [_side_of(e) for e in result.evidence if e.stance == Bearing.SUPPORTS]
    facts = [(clauses[0], result)]
    for clause in clauses[1:]:
        first = LATIN_WORD.match(clause)
        if first is None or first.group().lower() not in conjunctions:
            facts.append((clause, result))
            continue
        part = replace(claim, text=clause)
        part_view = read_claim(part, lexicon)
        words = open_claim(part_view, index, lexicon)
        if not words.units or coverage(words, sides, lexicon)[0] >= CLAUSE_SAID_COVERAGE:
            facts.append((clause, result))
            continue
        alone = _check_view(part, part_view, index, lexicon, lexicon_judge=False)
        if alone.verdict == Verdict.NOT_FOUND:
            facts.append((clause, alone))
        else:
            facts.append((clause, result))
    return decide_facts(claim, facts) if any(r.verdict == Verdict.NOT_FOUND for _, r in facts) \
        else result


CLAUSE_SAID_COVERAGE = 0.5
"""Share of a later clause of a claim its support must hold for the clause to
be taken as said with the first."""


# Share of the whole claim a passage refuting one of its clauses must hold: a
# short clause ("教育部网站公告") is covered by a passage about something else.
CLAUSE_REFUTATION_COVERAGE = 0.5
TIED_PARAGRAPHS = 1
"""Paragraphs after the first clause's passage where a later clause, stated
alone, is taken to be said of the same subject."""


def _refuted_beside_a_fact(whole: ClaimResult,
                          facts: Sequence[tuple[str, ClaimResult]]) -> bool:
    """Whether WHOLE's contradiction stands in a passage that supports one
    of the claim's FACTS: one sentence states a fact of the claim and another
    otherwise. (A contradiction elsewhere may be another time's figure: a
    later valuation against "rose from $1.2 billion to $2.5 billion".)"""
    supported = {(e.source, e.line, e.start) for _, r in facts
                 if r.verdict == Verdict.SUPPORTED for e in r.evidence
                 if e.stance == Bearing.SUPPORTS}
    return any(e.stance == Bearing.CONTRADICTS and (e.source, e.line, e.start) in supported
               for e in whole.evidence)


def _check_clauses(claim: Claim, view: ClaimView, clauses: Sequence[str], whole: ClaimResult,
                   index: PassageIndex, lexicon: Lexicon) -> ClaimResult:
    """No passage holds the whole claim (WHOLE): judge its CLAUSES as facts,
    by alignment. The first usually names the subject and the time, so each
    later clause is judged with it; or alone, when it is stated in a document
    that states the first, in a passage holding one of the first's words
    (the subject of "…启动, 11月在合肥举行" stands in the sentence before).
    All facts supported support the claim; a fact refuted by a passage that
    also holds much of the whole claim refutes it; else WHOLE stands."""
    def check(text: str, view: ClaimView | None = None) -> ClaimResult:
        part = replace(claim, text=text)
        view = view or read_claim(part, lexicon)
        # (The lexicon judge reads a clause naming a person in a role, "Tang
        # Jie is Zhipu's CEO", as it reads such a claim whole; a clause's
        # figures it would date by the whole claim's period.)
        return _check_view(part, view, index, lexicon,
                           lexicon_judge=bool(view.person) and not view.asserted)

    head = clauses[0]
    words = open_claim(view, index, lexicon)
    if any(verdict_clause(words, clause) for clause in clauses[1:]):
        # "有网帖称……每月增加600元,……回应称这是谣言": the clauses before the
        # verdict are what the claim reports, not facts it states.
        return whole
    head_view = read_claim(replace(claim, text=head), lexicon)
    # A head that only brings in what a speaker says ("柯承远在致词中强调,")
    # states no fact of its own: its words count only with what is said.
    speech = ends_with_speech_verb(head)
    first = None if speech else check(head, head_view)
    head_words: list[Unit] | None = None  # read when a clause alone needs them
    results = [] if first is None else [(head, first)]
    judged = clauses[1:] if first is None else clauses
    for clause in clauses[1:]:
        text = f"{head}, {clause}"
        # With two clauses, the first with the second is the claim itself.
        joined = whole if len(clauses) == 2 else check(text)
        alone = None
        if joined.verdict == Verdict.NOT_FOUND and len(clause) >= QUOTED_CLAUSE_CHARS:
            # A clause a source quotes to call false ("传言宣称「……」,不符事实")
            # is refuted there, whatever the clause before it says.
            alone = check(clause)
            if alone.verdict == Verdict.CONTRADICTED and any(
                    e.stance == Bearing.CONTRADICTS and quotes(normalise_for_match(e.excerpt), clause)
                    for e in alone.evidence):
                text, joined = clause, alone
        # (A clause giving a figure and naming no subject of its own, "在交付
        # 榜上排名第二", is the head's: alone, it is supported by another's.
        # Not a change from a base, "较上年增加2.1万亩", the head's measure's.)
        subjectless_figure = any(v.kind != "date" for v in parse_values(clause)) \
            and not opens_with_name(clause) and not opens_with_noun(clause) \
            and not clause.lstrip().startswith(base_markers())
        if joined.verdict == Verdict.NOT_FOUND and first is not None \
                and first.verdict == Verdict.SUPPORTED and not subjectless_figure:
            alone = alone or check(clause)
            if alone.verdict == Verdict.SUPPORTED:
                if head_words is None:
                    head_words = [u for u in open_claim(head_view, index, lexicon).units
                                  if len(u.surface) >= 2]
                if _tied(alone, first, head_words, lexicon):
                    text, joined = clause, alone
        if joined.verdict == Verdict.NOT_FOUND and first is not None:
            # A Chinese clause without a subject of its own says its thing of
            # the head's subject ("智谱2024年营收约3亿元，并未亏损": 智谱并未
            # 亏损), without the head's figures.
            carried = _with_head_subject(head_view, head, clause, index, lexicon)
            if carried:
                result = check(carried)
                if result.verdict != Verdict.NOT_FOUND:
                    text, joined = carried, result
        results.append((text, joined))
    if all(r.verdict == Verdict.SUPPORTED for _, r in results):
        return decide_facts(claim, results)
    # A passage quoting the clause it refutes ("传言宣称「……」,不符事实")
    # speaks of the claim, however little else of it it holds.
    if any(e.stance == Bearing.CONTRADICTS
           and (coverage(words, [_side_of(e)], lexicon)[0] >= CLAUSE_REFUTATION_COVERAGE
                or quotes(normalise_for_match(e.excerpt), clause))
           for clause, (_, r) in zip(judged, results) if r.verdict == Verdict.CONTRADICTED
           for e in r.evidence):
        return decide_facts(claim, results)
    return whole


def _with_head_subject(head_view: ClaimView, head: str, clause: str, index: PassageIndex,
                       lexicon: Lexicon) -> str:
    """CLAUSE (Chinese, a short predicate naming no one: "并未亏损", "已在港交所
    上市") after the names opening HEAD, or '' where HEAD opens with no name:
    the subject it carries. Not a clause with a figure ("增长了10%"), which
    the head's measure would have to come with too, nor one with a subject
    of its own ("而执行长张鹏则毕业于……", "国资入场带来的……")."""
    if not CJK_RUN.match(clause.strip()) or opens_with_name(clause) or parse_values(clause):
        return ""
    words = open_claim(read_claim(replace(head_view.claim, text=clause), lexicon), index, lexicon)
    if len(words.units) > _PREDICATE_UNITS or any(u.name or u.person for u in words.units):
        return ""
    head_words = open_claim(head_view, index, lexicon)
    names = leading_names(head_words)
    if not names or any(u.surface in clause for u in names):
        return ""
    # (Not the head's dates, which may be its figure's only: "智谱2024年营收
    # 约3亿元，已在港交所上市" does not say it listed in 2024.)
    return "".join(u.surface for u in sorted(names, key=lambda u: head.find(u.surface))) \
        + clause.strip()


_PREDICATE_UNITS = 3
"""Words a clause may have to be a predicate of the head's subject."""


def _side_of(evidence: Evidence) -> Side:
    return side_of_text(normalise_for_match(evidence.excerpt))


def _tied(result: ClaimResult, first: ClaimResult, head_words: Sequence[Unit],
          lexicon: Lexicon) -> bool:
    """Whether RESULT (a later clause, judged alone) is supported by a passage
    of a document that supports FIRST, holding one of HEAD_WORDS (the first
    clause's); or, when the clause opens with a person's name or a noun (it
    names its own subject: "……杀青，杨紫发文告别角色", "……个股飘红，两市成交额
    连续13交易日破万亿"), standing in the paragraph of a passage supporting
    FIRST or the next one. A clause without a subject of its own ("11月在南京
    举办") needs the head's words: the next sentence may be about something
    else."""
    supporting = [e for e in first.evidence if e.stance == Bearing.SUPPORTS]
    documents = {e.source for e in supporting}
    named = opens_with_name(result.claim.text) or opens_with_noun(result.claim.text)
    return any(e.stance == Bearing.SUPPORTS and e.source in documents
               and (named and any(f.source == e.source
                                  and 0 <= e.line - f.line <= TIED_PARAGRAPHS
                                  for f in supporting)
                    or any(unit_share(u, _side_of(e), lexicon) == 1.0 for u in head_words))
               for e in result.evidence)


def _check_view(claim: Claim, view: ClaimView, index: PassageIndex, lexicon: Lexicon, *,
                open_alignment: bool = True, lexicon_judge: bool = True) -> ClaimResult:
    stances = []
    if lexicon_judge:
        stances = [s for s in judge_candidates(view, index, lexicon) if s.stance != Bearing.NONE]
    words = None  # the claim's words, read once and only when needed
    if stances and not view.subjects:
        words = open_claim(view, index, lexicon)
        stances = _aligned_stances(words, stances, index, lexicon)
    elif not view.person and any(s.stance == Bearing.CONTRADICTS for s in stances):
        # (A claim about a person is contradicted precisely by another name.)
        words = open_claim(view, index, lexicon)
        stances = _named_contradictions(words, stances, lexicon)
    if lexicon_judge and stances:
        stances = _same_phase(view, stances)
        words = words or open_claim(view, index, lexicon)
        stances = _of_the_year_before(view, words, stances)
        words = words or open_claim(view, index, lexicon)
        stances = _of_opening_subject(words, stances, index, lexicon)
    if lexicon_judge and any(s.stance == Bearing.SUPPORTS for s in stances):
        words = words or open_claim(view, index, lexicon)
        stances = _modified_supports(view, words, stances, lexicon)
        stances = _rated_supports(words, stances, lexicon)
        stances = _planned_supports(words, stances)
        stances = _without_sums(words, stances)
        stances = _dated_supports(words, stances, index)
        stances = _named_supports(view, words, stances, index, lexicon)
        stances = _told_by_words(words, stances, lexicon)
        stances = _asserted_supports(words, stances, index, lexicon)
        stances = _predicated_supports(words, stances, lexicon)
        stances = _verbed_supports(words, stances, lexicon)
        stances = _bound_supports(words, stances, index, lexicon)
        stances = _placed_supports(words, stances, index, lexicon)
    if lexicon_judge and stances and any(v.kind == "ordinal" for v in view.analysis.values):
        words = words or open_claim(view, index, lexicon)
        stances = _of_the_ranked(words, stances, lexicon)
    if lexicon_judge and any(s.stance == Bearing.CONTRADICTS for s in stances):
        words = words or open_claim(view, index, lexicon)
        stances = _undenied_contradictions(words, stances)
        stances = _without_sums(words, stances)
        stances = _contradictions_of_the_fact(words, stances, index, lexicon)
    if stances:
        words = words or open_claim(view, index, lexicon)
        stances = _of_claims_subject(view, words, stances, index, lexicon)
        stances = _in_documents_naming(view, words, stances, index, lexicon)
    if open_alignment and stances and all(s.stance == Bearing.SUPPORTS for s in stances) \
            and any(v.kind != "date" for v in view.analysis.values):
        # Another document may give the claim's figure otherwise in words
        # the lexicon judge does not bind ("公司2024年营收为4.68亿元" after a
        # paragraph naming the firm): its contradiction makes the sources
        # disagree. (Only for a claim with a figure: that is what it finds.)
        stances = stances + _contradicted_elsewhere(view, words, stances, index, lexicon)
    if not stances and open_alignment:
        # The lexicon judge found nothing to compare: judge by alignment.
        words = words or open_claim(view, index, lexicon)
        stances = [s for s in judge_open_candidates(view, index, lexicon, words)
                   if s.stance != Bearing.NONE]
        if view.person:
            stances = _said_of_person(view, words, stances, lexicon)
        if stances and any(v.kind == "ordinal" for v in view.analysis.values):
            stances = _of_the_ranked(words, stances, lexicon)
        stances = _of_claims_subject(view, words, stances, index, lexicon)
        stances = _in_documents_naming(view, words, stances, index, lexicon)
    stances = _of_claims_level(view.analysis, stances, index)
    stances = _not_of_models(view.analysis.text, stances)
    if open_alignment and stances and any(v.kind in NUMERIC_KINDS for v in view.analysis.values):
        # A correction the lexicon judge did not read ("An earlier version
        # … said …. The correct figure is 284") bears on a figure others
        # state: the open judge reads it, for the correction to prevail.
        words = words or open_claim(view, index, lexicon)
        judged = {(s.passage.source, s.passage.index) for s in stances}
        stances = stances + [
            s for s in judge_open_candidates(view, index, lexicon, words, corrections_only=True)
            if s.stance != Bearing.NONE and (s.passage.source, s.passage.index) not in judged]
    if open_alignment and stances and any(v.kind in NUMERIC_KINDS for v in view.analysis.values):
        words = words or open_claim(view, index, lexicon)
        corrections = _given_by_corrections(view, words, stances, index, lexicon)
        # (What else the judges read in a correction gives way to this reading:
        # its "有误" is said of the first report.)
        read = {(s.passage.source, s.passage.index) for s in corrections}
        stances = [s for s in stances if (s.passage.source, s.passage.index) not in read] \
            + corrections
    stances = _corrections_prevail(view, stances, index, lexicon)
    stances = _offset_supports(view, stances, index)
    heads = {f.head_measure for f in view.asserted if f.head_measure}
    snapshot = bool(heads) and all(lexicon.measures[h].snapshot for h in heads)
    # decide reads the near miss only for not_found, i.e. when no passage
    # supports or contradicts: only then is it worth looking for.
    near = "" if stances else _near_miss(view, index, lexicon)
    return decide(claim, stances, claim_has_time=view.time is not None, near=near,
                  snapshot=snapshot)


def _offset_supports(view: ClaimView, stances: Sequence[Stance],
                     index: PassageIndex) -> list[Stance]:
    """STANCES with each support checked against the spans the claim puts a
    time before or after an event by (``offset_direction``: "went live a
    month after ChatGPT was released"): one whose passage gives such a span
    only the other way ("在ChatGPT发布前一个月……上线") contradicts the claim;
    one that does not give the span does not support it, the span left
    unchecked. (A span given with no word of a way may be the claim's:
    "放置7天" for "放置一周后".)"""
    text = view.analysis.text
    offsets = [(v, d) for v in (*view.analysis.values, *_one_unit_spans(text))
               if v.kind == "duration" and (d := offset_direction(text, v.start, v.end))]
    if not offsets or not any(s.stance == Bearing.SUPPORTS for s in stances):
        return list(stances)
    kept = []
    for stance in stances:
        if stance.stance == Bearing.SUPPORTS:
            # (The passage as the index read it: its text and values.)
            read = index.up_to(stance.passage.source, stance.passage.index, 0)[-1].analysis
            stated = [(v, d, [offset_direction(read.text, s.start, s.end) for s in read.values
                              if comparable(v, s) and relation(v, s) == "agree"])
                      for v, d in offsets]
            other = next(((v, d) for v, d, ways in stated
                          if d not in ways and _OTHER_WAY[d] in ways), None)
            if other is not None:
                claimed, direction = other
                said, claimed_way = ("after", "before") if direction == "earlier" \
                    else ("before", "after")
                kept.append(replace(stance, stance=Bearing.CONTRADICTS, reason=(
                    f"the source says {format_value(claimed)} {said}, not {claimed_way}, "
                    f"{stance.passage.source}:{stance.passage.line}")))
                continue
            if not all(ways for _, _, ways in stated):
                continue
        kept.append(stance)
    return kept


def _one_unit_spans(text: str) -> list[Value]:
    """The spans of one unit written with an article ("a month after", which
    the value parser leaves: "$5 a month" is a rate), as durations."""
    found = []
    for match in _ONE_UNIT.finditer(text):
        parsed = parse_values("one " + match.group(1))
        if parsed:
            found.append(replace(parsed[0], start=match.start(), end=match.end(1),
                                 surface=match.group(0)))
    return found


_OTHER_WAY = {"earlier": "later", "later": "earlier"}

_ONE_UNIT = re.compile(r"(?<![\w$])an? (year|month|week|day)(?= )", re.IGNORECASE)


def _corrections_prevail(view: ClaimView, stances: Sequence[Stance], index: PassageIndex,
                         lexicon: Lexicon) -> list[Stance]:
    """STANCES without those a correction overrules: where every passage that
    corrects a figure of the claim's kind (``_corrects_figure``: "更正：……成交价
    误植为2.18亿元，正确应为1.28亿元") bears on the claim one way, passages
    bearing the other way that correct nothing, in any document, state what
    was corrected."""
    bearings = {s.stance for s in stances}
    if not {Bearing.SUPPORTS, Bearing.CONTRADICTS} <= bearings:
        return list(stances)
    correcting = [s for s in stances if _corrects_figure(view, s.passage, index, lexicon)
                  or _replaces_after_correction_words(view, s.passage, index, lexicon)]
    sides = {s.stance for s in correcting}
    if len(sides) != 1:
        return list(stances)
    return [s for s in stances if s.stance in sides or s in correcting]


def _given_by_corrections(view: ClaimView, words: OpenClaim, stances: Sequence[Stance],
                          index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """Stances of corrections, in any document, on the figure a passage of
    STANCES states for the claim's: a correction's figure whose clause holds
    most of the claim's words that the clause of that figure holds gives it
    anew ("……现场查获过期冷冻猪肉4箱共计86公斤" / "更正：……现场查获的过期
    冷冻猪肉为6箱共计132公斤"), and supports the claim or contradicts it. A
    correction restates what it corrects in fewer words than the first
    report, so the rest of the claim need not be there."""
    # (Not a rank: 第二 of 第二污水处理厂 is a name's.)
    figures = [v for v in view.analysis.values if v.kind in _CORRECTED_KINDS]
    stated = []
    for stance in stances:
        if stance.stance == Bearing.NONE:
            continue
        read = index.up_to(stance.passage.source, stance.passage.index, 0)[-1].analysis
        for figure in figures:
            change = _states_change(view.analysis.text, figure)
            for value in read.values:
                if comparable(figure, value) and _states_change(read.text, value) == change:
                    held = _words_in_clause(words, read.text, value, lexicon)
                    if held:
                        # (And the names of its sentence: "Halden Airport said
                        # … that it handled 5.62 million passengers" is
                        # Halden's, corrected as "its passenger total".)
                        held += [u for u in _names_in(words, read.text, lexicon) if u not in held]
                        stated.append((stance.passage, figure, held, change, value))
    if not stated:
        return []
    found = []
    for number in index.term_candidates(words.terms, OPEN_CANDIDATE_LIMIT):
        item = index.item(number)
        # (Or a figure that replaces another, "应为2.15亿元，而非3.15亿元", in a
        # notice whose correction words stand in a sentence before.)
        corrects = _corrects_figure(view, item.passage, index, lexicon)
        if not corrects and not _after_correction_words(view, item.passage, index, lexicon):
            continue
        text = item.analysis.text
        # (Nor one of another year: "……2024年旅运量……有误，实际为986万人次"
        # corrects nothing of 2023's.)
        if _other_dates_only(view.analysis.values, item.analysis.values):
            continue
        # (Nor one of another edition: "第二十届……电影节……观众人次亦应为5.8万"
        # corrects nothing of the 19th's.)
        if _other_ordinals_only(view.analysis, item.analysis):
            continue
        here = side_of_text(text)
        sentence = [u for u in words.units if u.weight > 0 and unit_share(u, here, lexicon) == 1.0]
        # (Nor one of a document never naming the claim's own subject: a
        # notice correcting 蓝禾商城's growth gives none of 岚通快递's.)
        subject = _subject_words(words)
        if subject and not _names_any(subject, item.passage.source, index, lexicon):
            continue
        for passage, figure, held, change, value in stated:
            if passage == item.passage:
                continue
            # (A level gives no change: "全市ICU床位为1120张" corrects nothing of
            # "床位数比上年末增加约3100张".)
            given = next((v for v in item.analysis.values
                          if comparable(figure, v)
                          and (given_by_correction(words, text, v.start) if corrects
                               else replacing_at(words, text.lower(), v.start))
                          and _states_change(text, v) == change
                          and _held_again(held, sentence,
                                          _words_in_clause(words, text, v, lexicon)
                                          or _words_by_misstated(words, item.analysis, v,
                                                                 lexicon))),
                         None)
            # (Nor a part of a year's against the year's: "第三季度包裹量应为
            # 25.6亿件" corrects nothing of 2025's.)
            if given is None or part_against_whole(words, text, given.start):
                continue
            # (Nor where the figure it says was wrong is not the one stated:
            # "……订单量同比增长18%”亦有误，应为同比增长8%" corrects no 5.4%.)
            # (The one it replaces: before it, in its part between semicolons.)
            part = max((m.end() for m in SEMICOLON.finditer(text, 0, given.start)), default=0)
            wrong = [v for v in item.analysis.values if part <= v.start < given.start
                     and comparable(figure, v) and said_wrong_at(words, text, v.start)]
            if wrong and not any(relation(v, value) == "agree" for v in wrong):
                continue
            where = f"{item.passage.source}:{item.passage.line}"
            # (A figure given the other way is none the claim states: "误指……
            # 上升0.7%，实为下跌0.7%".)
            turned = next((v for v in item.analysis.values
                           if v.start >= given.start and comparable(figure, v)
                           and relation(figure, v) == "agree"
                           and given_by_correction(words, text, v.start)
                           and turned_at(words, item.analysis.text, item.analysis.values, v)),
                          None)
            if turned is not None:
                found.append(Stance(item.passage, Bearing.CONTRADICTS, 0.75,
                                    f"a correction gives {turned.surface} the other way, "
                                    f"{where}"))
            elif relation(figure, given) == "agree":
                found.append(Stance(item.passage, Bearing.SUPPORTS, 0.75,
                                    f"a correction gives {given.surface} ({format_value(given)}), "
                                    f"{where}"))
            else:
                found.append(Stance(item.passage, Bearing.CONTRADICTS, 0.75,
                                    f"a correction gives {given.surface} ({format_value(given)}), "
                                    f"not {format_value(figure)}, {where}"))
            break
    return found


def _other_dates_only(claimed: Sequence[Value], stated: Sequence[Value]) -> bool:
    """Whether a date of CLAIMED has dates of its kind in STATED, none agreeing."""
    for value in claimed:
        if value.kind != "date":
            continue
        dates = [s for s in stated if s.kind == "date" and comparable(value, s)]
        if dates and not any(relation(value, s) == "agree" for s in dates):
            return True
    return False


def _other_ordinals_only(claimed: Analysis, stated: Analysis) -> bool:
    """Whether an ordinal of CLAIMED that numbers a thing (第十九届, "19th
    edition") stands in STATED only with other numbers before the same word."""
    for value in claimed.values:
        if value.kind != "ordinal":
            continue
        counted = _counted_after(claimed.text, value.end)
        numbers = {s.anchor for s in stated.values if s.kind == "ordinal" and counted
                   and _counted_after(stated.text, s.end) == counted}
        if numbers and value.anchor not in numbers:
            return True
    return False


def _counted_after(text: str, end: int) -> str:
    """The word an ordinal ending at END of TEXT numbers: the Chinese
    character or the English word right after it, lowered; "" for none."""
    found = _COUNTED.match(text, end)
    return found.group(1).lower() if found else ""


# The word right after an ordinal: a Chinese character, or an English word.
_COUNTED = re.compile(r"\s?([\u4e00-\u9fff]|[A-Za-z]+)")


_CORRECTED_KINDS = ("amount", "percent", "count", "multiple", "physical", "duration")


def _states_change(text: str, value: Value) -> bool:
    """Whether a word of direction (增加, rose) or a Chinese noun of change
    (增幅) stands before VALUE in its clause of TEXT: the figure is a change,
    not a level."""
    clauses = split_clauses(text)
    before = text[clauses[clause_index(clauses, value.start)][0]:value.start].lower()
    # (Or a Chinese noun of a change's size: 同比增幅应为12%. English ones,
    # "more", "up", hold other words.)
    return any(word in before for word in (*direction_words(), *grammar("zh").change_nouns))


REPLACED_SHARE = 0.4
"""Share of the claim's words by a figure a passage states that must stand in
the sentence of the figure a correction gives for it to be that figure's
replacement."""


def _held_again(held: Sequence[Unit], sentence: Sequence[Unit], clause: Sequence[Unit]) -> bool:
    """Whether the correction's SENTENCE holds at least ``REPLACED_SHARE`` of
    the weight of HELD (the claim's words by the figure corrected), and the
    CLAUSE of its figure one of them at least ("……一名重伤村民经抢救无效身亡，
    遇难人数调整为3人" for "造成2名村民遇难"; not "受伤人数应为12人")."""
    total = sum(u.weight for u in held)
    return total > 0 and any(u in held for u in clause) \
        and sum(u.weight for u in sentence if u in held) >= REPLACED_SHARE * total


def _words_in_clause(words: OpenClaim, text: str, value: Value, lexicon: Lexicon) -> list[Unit]:
    """The claim's words wholly present in the clause of TEXT where VALUE stands."""
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, value.start)]
    where = side_of_text(text[start:end])
    return [u for u in words.units if u.weight > 0 and unit_share(u, where, lexicon) == 1.0]


def _names_in(words: OpenClaim, text: str, lexicon: Lexicon) -> list[Unit]:
    """The claim's names wholly present in TEXT."""
    where = side_of_text(text)
    return [u for u in words.units if u.name and u.weight > 0 and unit_share(u, where, lexicon) == 1.0]


def _words_by_misstated(words: OpenClaim, analysis: Analysis, value: Value,
                        lexicon: Lexicon) -> list[Unit]:
    """The claim's words in the clause before VALUE's when that clause states
    a figure of its kind called wrong: the correction's clause restates
    nothing of what it corrects ("误将2024/25学年入学率写成91.3%，正确数字应为
    93.1%")."""
    clauses = split_clauses(analysis.text)
    at = clause_index(clauses, value.start)
    if at == 0:
        return []
    start, end = clauses[at - 1]
    lowered = analysis.text.lower()
    if not any(start <= v.start < end and comparable(v, value)
               and misstated_at(words, lowered, v.start) for v in analysis.values):
        return []
    return _words_in_clause(words, analysis.text, replace(value, start=start), lexicon)


def _after_correction_words(view: ClaimView, passage: Passage, index: PassageIndex,
                            lexicon: Lexicon) -> bool:
    """Whether one of the ``CORRECTION_REACH`` sentences before PASSAGE in its
    document holds a correction word, and PASSAGE a figure comparable with
    one of the claim's: it may be the notice's correction ("更正说明 / ……数据
    有误。/ 经核实，该院2023年研发投入应为2.15亿元，而非3.15亿元")."""
    items = index.up_to(passage.source, passage.index, CORRECTION_REACH)
    words = dict(lexicon.grammar_words).get("correction_words", ())
    return any(comparable(v, s) for v in view.analysis.values for s in items[-1].analysis.values) \
        and any(find_cues(item.analysis.text, "correction_words", words) for item in items[:-1])


def _replaces_after_correction_words(view: ClaimView, passage: Passage, index: PassageIndex,
                                     lexicon: Lexicon) -> bool:
    """Whether PASSAGE gives a figure in place of another (``replacing_at``)
    after correction words in a sentence before (``_after_correction_words``)."""
    if not _after_correction_words(view, passage, index, lexicon):
        return False
    analysis = index.up_to(passage.source, passage.index, 0)[-1].analysis
    words = open_claim(view, index, lexicon)
    lowered = analysis.text.lower()
    return any(replacing_at(words, lowered, v.start) for v in analysis.values)


CORRECTION_REACH = 3
"""Sentences before a passage, in its document, whose correction word makes
a figure it gives in place of another a correction's."""


def _corrects_figure(view: ClaimView, passage: Passage, index: PassageIndex,
                     lexicon: Lexicon) -> bool:
    """Whether PASSAGE corrects a figure of the claim's: it holds a
    correction word and a figure comparable with one of the claim's (the
    true one, or the one it corrects, or both: "更正：……成交价误植为2.18亿元，
    正确应为1.28亿元，实用呎价约47,761元")."""
    item = index.up_to(passage.source, passage.index, 0)[-1]
    if not find_cues(item.analysis.text, "correction_words",
                     dict(lexicon.grammar_words).get("correction_words", ())):
        return False
    return any(comparable(v, s) for v in view.analysis.values for s in item.analysis.values)


def _of_claims_subject(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                       index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """Stances kept only where the passage may speak of the claim's subject:
    a company or school the claim names by a name the lexicon does not know
    is not any other of its kind ("金川公司" / "白石公司") and is named in the
    passage or a sentence before it in its paragraph ("该季度公司营业收入……"
    after "青溪云联……发布财报" is not 金川公司's), and a claim whose
    subject is a pronoun with nothing to refer to ("Its revenue rose 12%",
    其…, no context) is not about a company the passage names."""
    unresolved = not view.claim.context and not any(u.entity or u.name for u in claim.units) \
        and any(m.kind == "pronoun" and m.start == 0 for m in view.analysis.mentions)
    named = bool(kind_names(claim, lexicon))
    opens = bool(kind_subject(claim, lexicon))
    if not stances or not (unresolved or named):
        return list(stances)   # (most claims: no passage needs reading again)
    return [s for s in stances
            if not named_otherwise(claim, text := normalise_for_match(s.passage.text), lexicon,
                                   _lead_of(s.passage, index))
            and not (unresolved and names_another(claim, text, lexicon))
            and not (opens and not _kind_name_near(claim, s.passage, text, index, lexicon))]


def _lead_of(passage: Passage, index: PassageIndex) -> str:
    """The opening sentence of PASSAGE's document ('' for that sentence)."""
    return index.up_to(passage.source, 0, 0)[0].analysis.text if passage.index else ""


def _in_documents_naming(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                         index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """STANCES that compare a figure kept only from documents that name a
    word of the claim's own subject (``_subject_words``: 金濠娱乐 of "金濠娱乐
    8月博彩收入……") in some sentence: a regulator's bulletin on the whole
    market that never names the firm gives no figure of its own against it.
    (A denial may leave the subject unnamed: "高速交警总队辟谣,……根本没有所谓
    的100多辆车"; and another person in a role refutes a claim naming one.)"""
    if view.person_measures or not any(s.comparisons for s in stances):
        return list(stances)
    words = _subject_words(claim)
    if not words:
        return list(stances)
    # (A document in the other language may name it in words no dictionary
    # gives: TSMC for 台积电.)
    chinese = _mostly_chinese(claim.text)
    naming: dict[str, bool] = {}   # (a document is read once, whatever its stances)
    kept = []
    for stance in stances:
        source = stance.passage.source
        if stance.comparisons and _mostly_chinese(stance.passage.text) == chinese:
            if source not in naming:
                naming[source] = _names_any(words, source, index, lexicon)
            if not naming[source]:
                continue
        kept.append(stance)
    return kept


def _names_any(words: Sequence[Unit], source: str, index: PassageIndex, lexicon: Lexicon) -> bool:
    """Whether a sentence of the document SOURCE holds one of WORDS."""
    return any(unit_share(u, side_of_text(normalise_for_match(p.text).lower()), lexicon) == 1.0
               for p in index.document_passages(source) for u in words)


def _kind_name_near(claim: OpenClaim, passage: Passage, text: str, index: PassageIndex,
                    lexicon: Lexicon) -> bool:
    """Whether the passage (normalised TEXT) or a sentence before it in its
    paragraph names the name of a kind the claim opens with."""
    if names_kind_subject(claim, text, lexicon):
        return True
    return any(names_kind_subject(claim, p.analysis.text, lexicon)
               for p in _paragraph_before(passage, index))


def _paragraph_before(passage: Passage, index: PassageIndex) -> list[AnalysedPassage]:
    """The sentences before PASSAGE in its paragraph, up to ``NEIGHBOURS``."""
    return [p for p in index.up_to(passage.source, passage.index, NEIGHBOURS)[:-1]
            if p.passage.paragraph == passage.paragraph]


def judge_candidates(view: ClaimView, index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    entity_ids = [m.id for m in view.analysis.mentions if m.kind == "entity"]
    candidates = index.candidates(entity_ids, view.measures, view.analysis.terms, lexicon,
                                         limit=CANDIDATE_LIMIT,
                                         where=retrieval_filter(view, lexicon))
    try:
        return [judge(view, item.passage, item.analysis, lexicon, item.document_entities,
                      item.paragraph_entities) for item in candidates]
    finally:
        forget_claim()


def open_claim(view: ClaimView, index: PassageIndex, lexicon: Lexicon) -> OpenClaim:
    """The claim read into weighted words (``checker.language.words``), weighted by
    the index."""
    return read_open_claim(view.analysis.text, view.analysis, lexicon, index.document_frequency,
                           len(index))


def judge_open_candidates(view: ClaimView, index: PassageIndex, lexicon: Lexicon,
                          claim: OpenClaim | None = None, skip_sources: Container[str] = (),
                          figures: Sequence[Value] = (), corrections_only: bool = False,
                          ) -> list[Stance]:
    """Stances by open alignment (``checker.stages.judge.align``) of the passages that
    share the most rare words with the claim (CLAIM: its words, if read), but
    for those of SKIP_SOURCES and, with FIGURES, those stating no figure
    comparable with one of them; with CORRECTIONS_ONLY, of the passages
    correcting a figure of the claim's kind only (``_corrects_figure``)."""
    claim = claim or open_claim(view, index, lexicon)
    if not claim.units:
        return []
    stances = []
    for number in index.term_candidates(claim.terms, OPEN_CANDIDATE_LIMIT):
        item = index.item(number)
        if item.passage.source in skip_sources or figures and not any(
                comparable(f, v) for f in figures for v in item.analysis.values):
            continue
        if corrections_only and not _corrects_figure(view, item.passage, index, lexicon):
            continue
        # Most candidates hold too little of the claim for judge_open to
        # read their neighbours: those are not fetched.
        before, after = index.neighbours(number, NEIGHBOURS) \
            if may_bear(claim, item.analysis, lexicon) else ([], [])
        in_paragraph = next((i for i, b in enumerate(before)
                             if b.passage.paragraph != item.passage.paragraph), len(before))
        # Earlier sentences lend names only within the paragraph, or to a
        # passage opening with a word that refers back ("The company …", 该公司).
        if not refers_back(item.analysis):
            before = [b for b in before if b.passage.paragraph == item.passage.paragraph] \
                or before[:1]
        # (The opening sentence names what "全省" or "the lagoon" points at
        # further on, and dates what a passage stating no date of a dated
        # claim gives a figure of; read only for such a passage.)
        lead = index.up_to(item.passage.source, 0, 0)[0].analysis \
            if item.passage.index and before \
            and (claim.cues(item.analysis.text, "place_pointers")
                 or refers_by_kind(claim, item.analysis.text)
                 or shortened_names(claim, item.analysis.text)
                 or _undated_of_dated(claim, item.analysis)) else None
        stances.append(judge_open(claim, item.passage, item.analysis, lexicon,
                                  [b.analysis for b in before], [a.analysis for a in after],
                                  in_paragraph, lead))
    return stances


def _undated_of_dated(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether the claim dates a figure and the passage states a figure and no date."""
    return any(v.kind == "date" for v in claim.values) \
        and any(v.kind in NUMERIC_KINDS for v in claim.values) \
        and not any(v.kind == "date" for v in analysis.values) \
        and any(v.kind in NUMERIC_KINDS for v in analysis.values)


def _contradicted_elsewhere(view: ClaimView, words: OpenClaim, supports: Sequence[Stance],
                            index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """The open judge's strong contradictions of the claim from documents
    none of SUPPORTS comes from."""
    sources = {s.passage.source for s in supports}
    # (A passage stating no figure of the claim's kinds has none to refute it with.)
    figures = [v for v in words.values if v.kind != "date"]
    found = [s for s in judge_open_candidates(view, index, lexicon, words, skip_sources=sources,
                                              figures=figures)
             if s.stance == Bearing.CONTRADICTS and s.strong]
    return _of_claims_subject(view, words, found, index, lexicon) if found else []


def _aligned_stances(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                     lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's stances on a claim that names no known subject,
    kept only where the passage also holds most of the claim's words and
    every name it gives: with no subject to bind them, a figure and a measure
    word alone ("发布" in 2010) do not make a passage about the claim, and
    "founded in 1998" does not say "in Seattle". The subject the claim opens
    with may stand in a sentence before in the paragraph, the passage naming
    no other ("味庭餐饮集团……公布……业绩。集团收入为人民币62.3亿元")."""
    # The first word of the Chinese name of a kind the claim opens with
    # (金川|公司) names its subject as a name does.
    own = {id(units[0]) for _, units in kind_subject(claim, lexicon)}
    kept = []
    for stance in stances:
        # Nor do words alone say which of two names led the round or came
        # first ("蓝海创投领投了……" / "蓝海创投跟投, ……由北辰资本领投的……").
        if claim.relation and stance.stance == Bearing.SUPPORTS:
            continue
        share, missing = coverage(claim, [side_of_text(stance.passage.text)], lexicon)
        # (A subject missing may stand before too: "……全市……制造业投资增长13.4%"
        # after an opening sentence naming the city.)
        if missing and (share < CORE_COVERAGE or any(u.name or id(u) in own for u in missing)):
            share, missing = _with_subject_before(claim, stance.passage, share, missing,
                                                  index, lexicon)
        # (Nor a passage naming a place the claim does not, whose subject is
        # its own: "汀州市统计局……该市……增长7.3%" for 汀阳市.)
        # (Nor does a figure refute the claim in a passage lacking what it
        # measures, a quantity: "……GDP……增长5.8%" says nothing of manufacturing
        # investment. A change, a date or a rank may be said otherwise.)
        if stance.stance == Bearing.CONTRADICTS and any(
                u.measure in lexicon.measures
                and {"amount", "count"} & set(lexicon.measures[u.measure].value_kinds)
                for u in missing):
            continue
        # (Nor where the passage writes another word before what the claim's
        # missing word qualifies: "猪肉(去骨统肉)平均零售价格……" refutes no
        # 鸡蛋平均零售价格.)
        if stance.stance == Bearing.CONTRADICTS \
                and _qualifier_swapped(claim, normalise_for_match(stance.passage.text), missing):
            continue
        # (Nor a passage pointing back at another of the kind of the claim's
        # missing subject: "该院" after a sentence naming another hospital.)
        if stance.stance == Bearing.CONTRADICTS and missing and _referent_before_another(
                normalise_for_match(stance.passage.text), missing,
                [p.analysis.text for p in index.up_to(stance.passage.source, stance.passage.index,
                                                      NEIGHBOURS)[:-1]]):
            continue
        if share >= CORE_COVERAGE and not any(u.name or id(u) in own for u in missing) \
                and not place_of_its_own(claim, normalise_for_match(stance.passage.text)) \
                and not (stance.stance == Bearing.CONTRADICTS
                         and (_of_another(claim, stance, lexicon)
                              or _opening_after(claim, stance))) \
                and not (stance.stance == Bearing.SUPPORTS and (_of_the_other(claim, stance, lexicon)
                                                                or _of_described_name(claim, stance)
                                                                or _of_another_place(claim, stance)
                                                                or _place_unsaid(claim, stance.passage,
                                                                                 missing, index))):
            kept.append(stance)
    return kept


def _qualifier_swapped(claim: OpenClaim, text: str, missing: Sequence[Unit]) -> bool:
    """Whether a Chinese word of the claim that TEXT (a passage's, normalised)
    lacks stands right before a measure word of the claim (鸡蛋 of
    鸡蛋平均零售价格) that TEXT writes after a noun of its own the claim lacks
    (猪肉, an aside in brackets between): the passage's figure is that noun's
    thing's."""
    claimed = claim.text.lower()
    lowered = text.lower()
    measured = [u.surface.lower() for u in claim.units if u.measure and CJK_RUN.fullmatch(u.surface)]
    for unit in missing:
        word = unit.surface.lower()
        if unit.name or unit.entity or unit.measure or not CJK_RUN.fullmatch(word) \
                or len(word) < 2 or word in lowered:
            continue
        at = claimed.find(word)
        after = CJK_RUN.match(claimed, at + len(word)) if at >= 0 else None
        if after is None or len(after.group()) < _QUALIFIED_CHARS \
                or not any(m in after.group()[:_MEASURE_REACH] for m in measured):
            continue
        qualified = after.group()[:_QUALIFIED_CHARS]
        for found in re.finditer(re.escape(qualified), lowered):
            before = _BRACKETED.sub("", lowered[max(0, found.start() - _ASIDE_REACH):found.start()])
            run = CJK_RUN.search(before[-_QUALIFIER_CHARS:]) if before else None
            if run is None or run.end() != len(before[-_QUALIFIER_CHARS:]):
                continue
            other = run.group()[-_QUALIFIER_CHARS:]
            tags = tagged_words(other)
            if len(other) == _QUALIFIER_CHARS and other not in claimed \
                    and len(tags) == 1 and tags[0][1].startswith("n"):
                return True
    return False


_MEASURE_REACH = 6
"""Characters after the claim's missing word within which its measure word stands."""
_QUALIFIED_CHARS = 4
"""Characters of the claim after a missing word that the passage must write."""
_QUALIFIER_CHARS = 2
_ASIDE_REACH = 16
_BRACKETED = re.compile(r"[(\uff08][^()\uff08\uff09]*[)\uff09]$")


def _place_unsaid(claim: OpenClaim, passage: Passage, missing: Sequence[Unit],
                  index: PassageIndex) -> bool:
    """Whether the place the claim opens with (``opening_place``) is MISSING
    from the passage, which does not point at it by its kind (全省) and has
    no sentence before it in its paragraph naming it: "新界區分項指數……按年
    下跌8.1%" says nothing of 九龙区."""
    place = [u for u in opening_place(claim) if u in missing]
    if not place:
        return False
    text = normalise_for_match(passage.text)
    before = [p.analysis.text for p in _paragraph_before(passage, index)]
    return not any(pointed_at(claim, u.forms, text) or any(f in b for f in u.forms for b in before)
                   for u in place) \
        and any(_other_place_of_kind(u.surface, text) for u in place)


def _other_place_of_kind(place: str, text: str) -> bool:
    """Whether TEXT names a place of the kind PLACE ends with (区 of 九龙区),
    other than PLACE: two characters before the kind's, not a word the
    dictionary knows (辖区, 地区) nor a pointer or a determiner (全区, 该区)."""
    from checker.language.vocabulary import is_common_word

    rules = grammar("zh")
    kinds = {pointer[-1] for pointer in rules.place_pointers}
    kind = place[-1]
    if kind not in kinds:
        return False
    pointing = {pointer[0] for pointer in rules.place_pointers} \
        | {w for w in (*rules.referring_openers, *rules.distributives) if len(w) == 1}
    for at in (i for i, char in enumerate(text) if char == kind and i >= 2):
        name = text[at - 2:at + 1]
        if CJK_RUN.fullmatch(name) and name != place and name[1] not in pointing \
                and not is_common_word(name[1:]) and not is_common_word(name):
            return True
    return False


def _with_subject_before(claim: OpenClaim, passage: Passage, share: float,
                         missing: list[Unit], index: PassageIndex,
                         lexicon: Lexicon) -> tuple[float, list[Unit]]:
    """The claim's coverage by PASSAGE with the sentences before it in its
    paragraph, when only words of the subject the claim opens with are
    MISSING (or the base of its comparison, for a passage opening with a
    part of what the sentence before says: 其中), those sentences hold them and the passage,
    in Chinese, names no subject of its own; else SHARE and MISSING."""
    opening = {id(u) for u in (*opening_run(claim), *leading_names(claim))}
    text = normalise_for_match(passage.text)
    # (A passage opening with a part of what the sentence before says, "其中,
    # ……猪肉价格上涨9.6%" after "2024年全省居民消费价格比上年上涨0.3%", takes
    # the base of its comparison from there too, 比上年; not what it measures,
    # the whole's.)
    named = set(opening)
    if text.startswith(grammar("zh").part_openers):
        opening |= {id(u) for u in comparison_base(claim)}
    # (So may a place the claim names where the passage names none: a
    # bulletin names its province once, in its opening sentence, "清源省统计局
    # ……公布" before "一季度水电发电量……下降21.5%".)
    places = _place_units(claim) if not named_places(text.lower()) else set()
    opening |= places
    # (Chinese passages only: an English one refers back with a pronoun the
    # open judge reads, and binds the claim's other names by its clauses.)
    if not opening or not CJK_RUN.search(text) or any(id(u) not in opening for u in missing) \
            or names_another(claim, text, lexicon):
        return share, missing
    before = [side_of_text(p.analysis.text) for p in _paragraph_before(passage, index)]
    subject = [u for u in missing if id(u) in named]
    if passage.index and (subject and all(pointed_at(claim, u.forms, text)
                                          or any(pointed_at(claim, u.forms, b.text) for b in before)
                                          for u in subject)
                          or any(id(u) in places for u in missing)):
        # (A place the passage, or a sentence before it in its paragraph,
        # points at by its kind, 全市 of 澄河市, is the one the document's
        # opening sentence names, as for the open judge.)
        before.append(side_of_text(index.up_to(passage.source, 0, 0)[0].analysis.text))
    if not before or any(all(unit_share(u, b, lexicon) < 1.0 for b in before) for u in missing):
        return share, missing
    previous = [p.analysis.text for p in index.up_to(passage.source, passage.index, NEIGHBOURS)[:-1]]
    if _referent_before_another(text, missing, [*(b.text for b in before), *previous]):
        return share, missing
    return coverage(claim, [side_of_text(text), *before], lexicon)


def _referent_before_another(text: str, subject: Sequence[Unit], before: Sequence[str]) -> bool:
    """Whether TEXT (Chinese) points back by a ``referring_openers`` word and
    the last character of a word of the claim's SUBJECT (该院 for 中医院), and
    the nearest sentence BEFORE writing the word's kind (医院, its last two
    characters) writes another of that kind, not the word: "……该院将与市中医院
    组建医疗集团。……市第三人民医院新住院楼……。该院2024年门急诊量……" is the
    third hospital's."""
    pointers = [w for w in grammar("zh").referring_openers if len(w) == 1]
    for unit in subject:
        word = unit.surface
        if len(word) < 3 or not CJK_RUN.fullmatch(word) \
                or not any(p + word[-1] in text for p in pointers):
            continue
        for sentence in reversed(before):
            if word in sentence:
                break
            if word[-2:] in sentence:
                return True
    return False


def _place_units(claim: OpenClaim) -> set[int]:
    """Ids of the claim's words that are, or are in, a place it names by a
    name and a kind word (清源省, ``named_places``)."""
    places = named_places(claim.text.lower())
    return {id(u) for u in claim.units
            if any(u.surface.lower() in p or p in u.surface.lower() for p in places)} \
        if places else set()


def _opening_after(claim: OpenClaim, stance: Stance) -> bool:
    """Whether the claim's opening words stand in the passage only after the
    figure a contradiction compared (``align.opening_after_figure``)."""
    text = normalise_for_match(stance.passage.text)
    surface = first_source_surface(stance)
    return bool(surface) and opening_after_figure(claim, text,
                                                  text.find(normalise_for_match(surface)))


def _of_the_other(claim: OpenClaim, stance: Stance, lexicon: Lexicon) -> bool:
    """Whether every figure a support compared stands in a clause of 前者 or
    后者 (the former, the latter) that is the other of the pair the claim's
    name is one of (``align.pronoun_for_another``): "A和B的营收分别为……, 前者
    同比增长12%" gives 12% to A, whatever year the list is dated."""
    text = normalise_for_match(stance.passage.text)
    places = [(text.find(c.source_value), claim.text.find(c.claim_value))
              for c in stance.comparisons]
    return bool(places) and all(at >= 0 and pronoun_for_another(claim, text, at, lexicon, claim_at)
                                for at, claim_at in places)


def _of_described_name(claim: OpenClaim, stance: Stance) -> bool:
    """Whether every figure a support compared is, in its passage, of a name
    the claim's names only describe (``align.named_in_apposition``): "Tamsin
    Beauty, the brand owned by Rowanfield Group, said … sales rose 9.4%"
    gives Rowanfield no 9.4%."""
    text = normalise_for_match(stance.passage.text)
    places = [text.find(c.source_value) for c in stance.comparisons]
    return bool(places) and all(at >= 0 and named_in_apposition(claim, text, at)
                                for at in places)


def _of_another(claim: OpenClaim, stance: Stance, lexicon: Lexicon) -> bool:
    """Whether every figure a contradiction compared is another subject's in
    its passage (``align.figure_of_another``), or of a noun the claim
    narrows by a word the passage lacks (``align.noun_modified_otherwise``:
    the federation's unemployment, not its youth's), or a part's the claim
    does not name (``align.segment_figure``: 其中储能电池业务收入), or a part
    of the year's the claim gives whole (``align.part_for_whole``: a
    holiday's visitors against 全年)."""
    text = normalise_for_match(stance.passage.text)
    places = [text.find(c.source_value) for c in stance.comparisons]
    # (The lexicon judge reads a Chinese claim's measure by its own words:
    # 归母净利润 is 净利润.)
    return bool(places) and all(at >= 0 and (figure_of_another(claim, text, at, lexicon)
                                             or claim.text.isascii() and text.isascii()
                                             and noun_modified_otherwise(claim, text, at)
                                             or segment_figure(claim, text, at)
                                             or part_for_whole(claim, text, at))
                                for at in places)


def _of_another_place(claim: OpenClaim, stance: Stance) -> bool:
    """Whether every figure a support compared is another place's than the
    one the claim opens with (``align.place_before_figure``)."""
    text = normalise_for_match(stance.passage.text)
    places = [text.find(c.source_value) for c in stance.comparisons]
    return bool(places) and all(at >= 0 and place_before_figure(claim, text, at) for at in places)


def _said_of_person(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                    lexicon: Lexicon) -> list[Stance]:
    """Alignment's stances on a claim about a person, kept where what the
    claim says stands in what the passage says of that person ("CEO张鹏毕业于
    清华; 董事长刘德兵拥有……博士学位" does not give 张鹏 the doctorate)."""
    kept = []
    for stance in stances:
        spans = [side_of_text(span) for span in person_spans(view, stance.passage.text)]
        # (A word a contradiction finds another in place of is in no span.)
        said = claim if stance.stance != Bearing.CONTRADICTS else _without_absent(
            claim, side_of_text(normalise_for_match(stance.passage.text)), lexicon)
        if spans and max(core_coverage(said, s, lexicon) for s in spans) >= CORE_COVERAGE:
            kept.append(stance)
    return kept


def _without_absent(claim: OpenClaim, here: Side, lexicon: Lexicon) -> OpenClaim:
    """CLAIM without the words the passage (HERE) lacks."""
    return replace(claim, units=tuple(u for u in claim.units if unit_share(u, here, lexicon) > 0))


def _of_opening_subject(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                        lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's stances kept only where the passage, or a sentence
    before it in its paragraph, holds a word of the subject a Chinese claim
    opens with (``align.opening_run``) when that subject is no entity of the
    lexicon, or where the passage names no subject of its own, nor do the
    sentences before it in its paragraph but to name a speaker, and its
    document names that subject before it (``align.names_no_subject``): the
    exchange of "玄武晶核於2021年在港股上市" is the lexicon's subject, but a
    passage on another firm's listing there ("深瞳算力……于2024年12月5日在
    港交所上市") says nothing of 玄武晶核; "极光语义成立于2022年……。……贡献了其
    八成以上收入" goes on about 极光语义, "郑雅琳表示,……" about no one but the
    firm the document names."""
    opening = [u for u in opening_run(claim) if u.weight > 0]
    if len(opening) < 2 or any(u.entity for u in opening):
        return list(stances)
    # (A character alone, 前 of 前三季度, is no word of a name.)
    opening = [u for u in opening if len(u.surface) > 1] or opening
    kept = []
    for stance in stances:
        passage = stance.passage
        earlier = index.up_to(passage.source, passage.index, SUBJECT_REACH)
        near = [p for p in earlier[-NEIGHBOURS - 1:] if p.passage.paragraph == passage.paragraph]
        # (Not where it owns another party: "华屹汽车的竞争对手启辰动力……"; nor
        # a sentence before whose other party the passage opens with:
        # "宁远电子……已完成对晶澜半导体的收购。晶澜半导体……2023年营业收入为
        # 8.6亿元" is 晶澜's.)
        passage_text = earlier[-1].analysis.text
        if any(unit_share(u, side_of_text(p.analysis.text), lexicon) == 1.0
               for p in near if not owner_of_another_party(claim, p.analysis.text)
               and (p is earlier[-1] or not opens_with_party_of(claim, passage_text,
                                                                p.analysis.text))
               for u in opening) \
                or names_no_subject(claim, earlier[-1].analysis.text, lexicon) and any(
                    unit_share(u, side_of_text(p.analysis.text), lexicon) == 1.0
                    for u in opening for p in earlier[:-1]) \
                and all(names_no_subject(claim, p.analysis.text, lexicon)
                        or opens_with_speaker(claim, p.analysis.text) for p in near[:-1]):
            kept.append(stance)
    return kept


SUBJECT_REACH = 30
"""The most passages before one where its document may name the subject the
passage goes on about without naming it."""


def _named_contradictions(claim: OpenClaim, stances: Sequence[Stance],
                          lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's contradictions kept only where the passage names
    what the claim names besides its subject and measure: the gross margin
    of one business line says nothing against "the gross margin on API
    services"."""
    if not any(u.name for u in claim.units):
        return list(stances)
    return [s for s in stances if s.stance != Bearing.CONTRADICTS
            or not any(u.name for u in coverage(claim, [side_of_text(s.passage.text)], lexicon)[1])]


def _modified_supports(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                      lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the clause of the
    passage's figure holds the words right before the claim's measure, which
    narrow it to one part ("Government clients" of Zhipu's customers,
    "office rent" spending): in "互联网企业占比50%,政府客户不到20%" each figure
    is another part's. (A contradiction stays, weak: a source may word the
    part otherwise, and a wrong one costs less than a wrong support; a
    support that names the part outweighs it.)"""
    clauses = view.analysis.clauses
    # A fact's own clauses: "Government clients make up less than 20%, while
    # internet companies account for 50%" narrows only the first figure.
    own = [clauses[clause_index(clauses, f.value.start)] for f in view.asserted] \
        if clauses and view.asserted else []
    heads = {f.head_measure for f in view.asserted if f.head_measure}
    modifiers = measure_modifiers(view.analysis, claim, own, heads)
    if not modifiers:
        return list(stances)
    kept = []
    for stance in stances:
        # (A correction giving the figure alone names the part in what it
        # corrects: “国际及地区航线……增长46.5%”有误，正确数据为“同比增长36.5%”.)
        text = normalise_for_match(stance.passage.text)
        clause = text if find_cues(text, "correction_words") else _figure_clause(stance)
        said = all(unit_share(u, side_of_text(clause), lexicon) == 1.0 for u in modifiers)
        if stance.stance == Bearing.SUPPORTS and not said:
            continue
        if stance.stance == Bearing.CONTRADICTS and not said \
                and _names_another_part(claim, clause, stance, lexicon):
            continue   # ("互联网占比50%" is no share of 政府类客户)
        if stance.stance == Bearing.CONTRADICTS and not said and stance.strong:
            # Kept, but weak: a support naming the part outweighs it (GDP's
            # 5.2% against the 6.3% of "人均可支配收入……增长").
            stance = Stance(stance.passage, stance.stance, stance.score, stance.reason,
                            stance.comparisons, stance.time_key, strong=False)
        kept.append(stance)
    return kept


def _names_another_part(claim: OpenClaim, clause: str, stance: Stance,
                        lexicon: Lexicon) -> bool:
    """Whether the passage's CLAUSE, where the figure STANCE compared stands,
    holds a Chinese noun of its own besides the figures, no word of the claim:
    the part it gives the figure of ("互联网占比50%" against a claim about
    政府类客户)."""
    claimed = normalise_for_match(claim.text)
    for comparison in stance.comparisons:
        clause = clause.replace(comparison.source_value, " ")
    for value in parse_values(clause):   # (and every date: 年前 of "2025年前9个月")
        clause = clause[:value.start] + " " * (value.end - value.start) + clause[value.end:]
    # (Not a word of a measure's term there, "这项支出" for the claim's
    # 云服务费用, 现金 of 现金消耗, nor a word pointing back.)
    terms = [t for m in lexicon.measures.values() for t in m.terms if t in clause]
    pointers = tuple(grammar("zh").referring_openers)
    for run in CJK_RUN.findall(clause):
        for word, tag in tagged_words(run):
            if len(word) > 1 and tag.startswith("n") and word not in claimed \
                    and not any(word in t for t in terms) \
                    and not word.startswith(pointers) and not is_chinese_stop_word(word) \
                    and not any(unit_share(u, side_of_text(word), lexicon) == 1.0
                                for u in claim.units):
                return True
    return False


def _planned_supports(claim: OpenClaim, stances: Sequence[Stance]) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage gives its
    figure as a plan too, when the claim gives it as one: "计划总投资为67.3
    亿元" is not said by "截至5月底累计完成投资67.3亿元" (``planned_unlike``)."""
    return [s for s in stances if s.stance != Bearing.SUPPORTS or not any(
        planned_unlike(claim, text, text.find(c.source_value))
        for text in (normalise_for_match(s.passage.text),) for c in s.comparisons)]


def _of_the_year_before(view: ClaimView, claim: OpenClaim,
                        stances: Sequence[Stance]) -> list[Stance]:
    """The lexicon judge's stances kept only where the passage gives its
    figure for the year before too, when the claim gives its figure for the
    year before and no date ("Harwick's revenue a year earlier was $6.1
    million" is not stated by "rose to $6.1 million from $5.2 million a year
    earlier", and not refuted by it either: ``claimed_for_year_before``)."""
    if not any(claimed_for_year_before(claim, v) for v in view.analysis.values):
        return list(stances)   # (most claims)
    kept = []
    for stance in stances:
        text = normalise_for_match(stance.passage.text)
        at = _figure_in(stance, text)
        if at >= 0 and of_another_time_than_year_before(claim, text, parse_values(text), at):
            continue
        kept.append(stance)
    return kept


def _without_sums(claim: OpenClaim, stances: Sequence[Stance]) -> list[Stance]:
    """The lexicon judge's supports and contradictions kept only where the
    passage's figure is no sum of a list's items of which the claim names
    some but not all (``item_of_a_sum``: "风电、光伏合计发电量……同比增长23.4%"
    is not 光伏's, and "两家公司合计实现营业收入86.4亿元" refutes no figure of
    one of them)."""
    return [s for s in stances if s.stance == Bearing.NONE or not item_of_a_sum(
        claim, text := normalise_for_match(s.passage.text), _figure_in(s, text),
        first=s.stance == Bearing.CONTRADICTS)]


def _rated_supports(claim: OpenClaim, stances: Sequence[Stance],
                    lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage holds what
    the claim's figure is per ("$3,000 per teacher" is not "$3,000 per
    student"; 每名教师)."""
    rated = rate_units(claim)
    if not rated:
        return list(stances)
    kept = []
    for stance in stances:
        here = side_of_text(normalise_for_match(stance.passage.text))
        if stance.stance != Bearing.SUPPORTS \
                or all(unit_share(u, here, lexicon) == 1.0 for u in rated):
            kept.append(stance)
    return kept


def _dated_supports(claim: OpenClaim, stances: Sequence[Stance],
                    index: PassageIndex) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage, or a sentence
    before it in its paragraph, names each month the claim names without a
    year ("in March", "3月"): a figure's passage that gives no month does not
    say when (the figure's year, when the claim gives one, is the judge's).
    A month the claim names alone is named alone there: 1-10月份 is not 10月."""
    months = {u.month for u in claim.units if u.month} | months_named(" ".join(claim.numbers))
    alone = {u.month for u in claim.units if u.month and not u.month_range}
    ranged = months_named(" ".join(claim.text[a:b] for a, b in month_ranges(claim.text)))
    if not months and not ranged:
        return list(stances)
    kept = []
    for stance in stances:
        if stance.stance == Bearing.SUPPORTS:
            passage = stance.passage
            earlier = [p.passage.text for p in index.document_items(passage.source)
                       if p.passage.paragraph == passage.paragraph
                       and (p.passage.line, p.passage.start) < (passage.line, passage.start)]
            text = " ".join([*earlier, passage.text])
            if not months <= months_named(text) or not alone <= months_named(text, alone=True):
                continue
            # (And a range of months the claim names is not said by its last
            # month alone: "2025年11月……同比下降12.3%" gives no fall of 1至11月.
            # A part of a year, 上半年, 前三季度, may say it.)
            if ranged and not ranged <= months_named(
                    " ".join(text[a:b] for a, b in month_ranges(text))) \
                    and max(ranged) in months_named(text, alone=True) \
                    and not year_parts_named(text) and not any(
                        v.kind == "date" and v.high - v.low > _MONTH_DAYS
                        for v in parse_values(text)):
                continue
            # (Nor where the figure's part of the passage gives it a period of
            # several months, the claim's one month its end: "截至2月底止首两个月
            # 营业额……增长4.6%;其中2月营业额……" gives no growth of February.)
            if alone and _of_months(normalise_for_match(passage.text), stance):
                continue
        kept.append(stance)
    return kept


_MONTH_DAYS = 31
"""Days of the longest month: a date spanning more is a part of a year."""


def _given_the_other_way(claim: OpenClaim, text: str, stance: Stance) -> bool:
    """Whether the stance's figure in TEXT (normalised) is one a correction
    gives the other way than the claim ("误指……上升1.6%，实为按年下跌1.6%")."""
    at = _figure_in(stance, text)
    if at < 0 or not given_by_correction(claim, text, at):
        return False
    values = parse_values(text)
    figure = next((v for v in values if v.start == at), None)
    return figure is not None and turned_at(claim, text, values, figure)


def _of_months(text: str, stance: Stance) -> bool:
    """Whether the part of TEXT (between semicolons) holding the stance's
    figure names a part of a year of more than one month (首两个月, "in the
    first half") before the figure."""
    at = _figure_in(stance, text)
    if at < 0:
        return False
    start = max((m.end() for m in SEMICOLON.finditer(text, 0, at)), default=0)
    return any(last > first for first, last in year_parts_named(text[start:at]))


_SETTING_TYPES = ("place", "country", "market", "exchange", "org")


def _named_supports(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                    index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage, or a sentence
    before it in its paragraph, names every entity the claim names (or a part
    of it: a product for its maker): a date or figure bound to MiniMax does not
    say that the suit was over its Talkie platform when the passage names its
    Hailuo AI. Places, countries, markets and exchanges are left to the judge
    (a passage says "港股" or "港元" where a claim says "a Hong Kong IPO"), and
    so are groups ("the first of the six little tigers to list": which group
    a firm belongs to is said once, not beside each of its figures)."""
    # A fact of a compound claim does not name what the clauses of the
    # claim's other figures name ("Glow attracted 5 million users …, and
    # Talkie's users grew from … to …").
    clauses = view.analysis.clauses
    asserted = {f.value.start for f in view.asserted}
    # (A date is no other figure: "迅达速运2025年全国包裹量……" names its
    # subject for its growth.)
    dated = any(f.value.kind != "date" for f in view.asserted)
    others = [clauses[clause_index(clauses, v.start)] for v in view.analysis.values
              if v.start not in asserted and not (dated and v.kind == "date")] \
        if clauses and asserted else []
    text = claim.text.lower()
    named = [u for u in claim.units if u.entity
             and lexicon.entities[u.entity].type not in _SETTING_TYPES
             and not any(start <= text.find(u.surface.lower()) < end for start, end in others)]
    # (And a name in Latin letters the lexicon does not know, not a person's:
    # "冲上GitHub全球热门榜榜首" is not said by "……Hugging Face全球热门榜榜首".)
    latin = [u for u in claim.units if u.name and not (u.entity or u.person)
             and u.surface.isascii() and _mostly_chinese(claim.text)]
    # (And a person it names in Latin letters: "set up in 2021 by Yan Junjie,
    # a former Tencent vice president" is not said by a passage naming
    # Tencent as an investor and no founder.)
    latin += [u for u in claim.units if u.person and not u.entity]
    if not named and not others:
        stances = _own_subject_supports(claim, stances, index, lexicon)
        if not latin:
            return stances
    named += latin
    if not named:
        return list(stances)
    kept = []
    for stance in stances:
        if stance.stance == Bearing.SUPPORTS:
            passage = stance.passage
            own = side(index.up_to(passage.source, passage.index, 0)[-1].analysis)
            wanting = [u for u in named if unit_share(u, own, lexicon) < 1.0]
            # The sentences before are read only when the passage lacks a name
            # (most supports name all: reading them was a fifth of a run's reads).
            sides = [side(p.analysis) for p in _paragraph_before(passage, index)] \
                if wanting else []
            if not all(any(unit_share(u, where, lexicon) == 1.0 for where in sides)
                       for u in wanting):
                continue
        kept.append(stance)
    return kept


def _mostly_chinese(text: str) -> bool:
    """Whether TEXT writes more Chinese characters than Latin letters (a
    Chinese claim naming a thing in Latin letters, not an English one quoting
    a Chinese word)."""
    return sum(map(len, CJK_RUN.findall(text))) > sum(c.isascii() and c.isalpha() for c in text)


def _not_of_models(claim_text: str, stances: Sequence[Stance]) -> list[Stance]:
    """Supports kept but where the passage tells of a study on animals or
    cells (``study_models``: 模型小鼠, "in mice") and the claim names none:
    "该药在阿尔茨海默病模型小鼠中可使脑内淀粉样斑块减少41%" does not say it did
    so in patients."""
    if find_cues(claim_text, "study_models"):
        return list(stances)
    return [s for s in stances if s.stance != Bearing.SUPPORTS
            or not find_cues(normalise_for_match(s.passage.text), "study_models")]


def _of_claims_level(claim: Analysis, stances: Sequence[Stance],
                     index: PassageIndex) -> list[Stance]:
    """Stances kept but where the figure a stance compares is given for
    another level of place than the claim's figure is (the last place word
    before the figure: 该省, 东海省, 全市): for a province or a city against
    a claim of the whole country (全国), or the reverse ("……,该省2024年……近视率
    为49.2%,比上年下降1.3个百分点,降幅高于全国平均水平" says nothing of the
    national fall); for a city against a claim of its district (东港区 /
    "全市……税收收入……增长2.6%") or of its province. A sentence naming no
    place has the level of the sentences before it in its paragraph
    ("2024年柏原省全体居民……。按常住地分,城镇居民……名义增长4.3%")."""
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    national = _level_words("nation_pointers")
    claimed = claim.text.lower()
    if not figures or not any(w in claimed for w in (*national, *_regional(claimed, national))):
        return list(stances)   # (most claims)
    place = _place_before(claimed, min(v.start for v in figures), national)
    if not place:
        return list(stances)
    kept = []
    for stance in stances:
        stated = _figure_places(stance, figures, national, index)
        if stated and not any(not p or _same_level(place, p, national) for p in stated):
            continue
        kept.append(stance)
    return kept


def _same_level(claimed: str, stated: str, national: Sequence[str]) -> bool:
    """Whether the place words CLAIMED and STATED are of one level: both the
    country's, or regions' ending with one kind word (省, 市, 区), or one
    place's whatever their kind words (岚州 and 岚州市)."""
    if (claimed in national) != (stated in national):
        return False
    return claimed in national or claimed[-1] == stated[-1] \
        or claimed[-3:-1] in stated or stated[-3:-1] in claimed \
        or any({claimed[-1], stated[-1]} == set(pair) for pair in grammar("zh").level_aliases)


def _level_words(kind: str) -> tuple[str, ...]:
    return tuple(w for language in ("zh", "en") for w in getattr(grammar(language), kind))


def _regional(text: str, national: Sequence[str]) -> list[str]:
    """The words of TEXT's places below the country: pointers (全省, 该省) and
    names (东海省; not 中国, a country's)."""
    countries = tuple(w[-1] for w in national)
    return [*(w for w in grammar("zh").place_pointers if w not in national),
            *_level_words("place_referrers"),
            *(name for name in named_places(text) if not name.endswith(countries))]


def _place_before(text: str, at: int, national: Sequence[str]) -> str:
    """The last place word of TEXT (lower case) before AT, a pointer at the
    country or at a region (全省, 该市) or a region's name (东港区), or ''
    (none). Its level is the kind word it ends with: a city's figure is not
    its province's, nor a district's its city's (``_same_level``)."""
    lead = text[:at]
    words = [*national, *_regional(lead, national)]
    return max(((lead.rfind(w), w) for w in words if w in lead), default=(-1, ""))[1]


def _paragraph_place(passage: Passage, index: PassageIndex, national: Sequence[str]) -> str:
    """The last place word (``_place_before``) of the sentences before
    PASSAGE in its paragraph, or ''."""
    for earlier in reversed(_paragraph_before(passage, index)):
        text = earlier.analysis.text.lower()
        place = _place_before(text, len(text), national)
        if place:
            return place
    return ""


def _figure_places(stance: Stance, figures: Sequence[Value], national: Sequence[str],
                   index: PassageIndex) -> set[str]:
    """The place words (``_place_before``) of the figures STANCE compares in
    its passage (or, for a stance that names none, of the first figure there
    agreeing with one of FIGURES, the claim's, and for a contradiction the
    first disagreeing too), '' for each of none; for a
    passage naming no place at all, the place its paragraph named last."""
    text = normalise_for_match(stance.passage.text).lower()
    if not _place_before(text, len(text), national):
        return {_paragraph_place(stance.passage, index, national)}
    if stance.comparisons:
        found = [text.find(normalise_for_match(c.source_value).lower()) for c in stance.comparisons]
    else:
        # (A contradiction may stand at a figure disagreeing with the claim's
        # or, in words, at one agreeing: "全省产糖612万吨,同比增长9.3%" against
        # "下降9.3%".)
        values = parse_values(text)
        wanted = ("agree", "disagree") if stance.stance == Bearing.CONTRADICTS else ("agree",)
        found = [min((v.start for v in values for f in figures
                      if comparable(f, v) and relation(f, v) == relation_wanted), default=-1)
                 for relation_wanted in wanted]
        found = [at for at in found if at >= 0] or [-1]
    return {_place_before(text, at, national) if at > 0 else "" for at in found}


def _own_subject_supports(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                          lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports of a claim naming no entity the lexicon
    knows, but its subject in words of its own (嘉汇|电器 of "嘉汇电器的净利润
    为……"), kept but where the passage lacks them, as do the sentences before
    it in its paragraph, and names another subject: "Rival Huanya Electric
    (寰亚电器) … reported net profit of HK$1.87 billion"."""
    words = _subject_words(claim)
    if not words:
        return list(stances)
    kept = []
    for stance in stances:
        if stance.stance == Bearing.SUPPORTS:
            passage = stance.passage
            text = normalise_for_match(passage.text)
            sides = [side_of_text(text.lower()),
                     *(side(p.analysis) for p in _paragraph_before(passage, index))]
            if not any(unit_share(u, where, lexicon) == 1.0 for u in words for where in sides) \
                    and names_another(claim, text, lexicon) \
                    or spoken_for_another(claim, text, lexicon):
                continue
        kept.append(stance)
    return kept


def _subject_words(claim: OpenClaim) -> list[Unit]:
    """The words of a claim's subject no dictionary knows as a common word:
    its names written first, or a Chinese claim's opening run (嘉汇 of
    嘉汇|电器)."""
    from checker.language.vocabulary import is_common_word

    return [u for u in (leading_names(claim) or opening_run(claim))
            if not u.entity and len(u.surface) >= 2 and not is_common_word(u.surface)
            and (u.name or CJK_RUN.fullmatch(u.surface))]


def _told_by_words(claim: OpenClaim, stances: Sequence[Stance],
                   lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports that compared no figure, kept only where
    words can tell: not for a claim relating two of its names (which led or
    came first), and for "Only Zhipu plans to list" ("All of the districts
    …") only from a passage that says no other does (that each does). A
    support that compared a figure bound to its subject stays, unless the
    claim compares it with a party it gives no figure ("Tongyi's 17.7% share
    was larger than Doubao's and DeepSeek's combined"): the passage must say
    the comparison."""
    if not (claim.relation or claim.exclusive or claim.universal):
        return list(stances)
    one_sided = claim.relation and bool(claim.cues(claim.text, "comparison_marks")) \
        and sum(v.kind in NUMERIC_KINDS for v in claim.values) < 2
    kept = []
    for stance in stances:
        text = normalise_for_match(stance.passage.text)
        if stance.stance == Bearing.SUPPORTS and (
                claim.relation and _related_otherwise(claim, text, lexicon)
                or one_sided and not related_in_order(claim, text, lexicon)
                or not stance.comparisons and (
                    claim.relation or claim.exclusive and not claim.cues(text, "exclusive")
                    or claim.universal and not claim.cues(text, "universal"))):
            continue
        kept.append(stance)
    return kept


def _related_otherwise(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT says one of the claim's relation words, but not with the
    claim's parties in the claim's places and voice ("Facebook acquired
    Instagram in 2012" for "Instagram acquired Facebook in 2012", whose date
    agrees)."""
    said = {relation_key(surface, lexicon) for _, _, surface in claim.cues(text, "relations")}
    return bool(said & {relation_key(surface, lexicon)
                        for _, _, surface in claim.cues(claim.text, "relations")}) \
        and not related_in_order(claim, text, lexicon)


def _predicated_supports(claim: OpenClaim, stances: Sequence[Stance],
                         lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage holds the verb
    a Chinese claim closes with after its figure ("……已有41.07%的员工离职":
    离职): a figure of the staff who set their status to "求职中" is none of
    those who left."""
    verb = _closing_verb(claim)
    if verb is None:
        return list(stances)
    return [s for s in stances if s.stance != Bearing.SUPPORTS or unit_share(
        verb, side_of_text(normalise_for_match(s.passage.text)), lexicon) == 1.0]


def _verbed_supports(claim: OpenClaim, stances: Sequence[Stance],
                     lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept unless the passage writes another
    verb in the place of a verb of a Chinese claim (``_claim_verbs``), between
    the claim's words on either side of it, sharing no character with it:
    "公司已与两家欧洲客户签下长期供货协议" is not stated by "公司正与两家欧洲
    客户洽谈长期供货协议", whose count and customers agree. (Another word for
    the same, 曾任 for 曾担任, or the verb written elsewhere, leaves it.)"""
    verbs = _claim_verbs(claim, lexicon)
    if not verbs:
        return list(stances)
    claimed = normalise_for_match(claim.text)

    def replaced(text: str) -> bool:
        here = side_of_text(text)
        return any(unit_share(verb, here, lexicon) == 0.0
                   and _verb_in_place(claimed, verb.surface, text) for verb in verbs)

    return [s for s in stances if s.stance != Bearing.SUPPORTS
            or not replaced(normalise_for_match(s.passage.text))]


def _verb_in_place(claimed: str, verb: str, text: str) -> bool:
    """Whether TEXT writes, between the two characters before VERB in the
    claim's text CLAIMED and the two after it, a verb of one to four
    characters sharing none with VERB."""
    at = claimed.find(verb)
    left, right = claimed[max(at - 2, 0):at], claimed[at + len(verb):at + len(verb) + 2]
    if at < 0 or len(left) < 2 or len(right) < 2 or not CJK_RUN.fullmatch(left + right):
        return False
    for match in re.finditer(re.escape(left) + r"([\u3400-\u9fff]{1,4}?)" + re.escape(right), text):
        between = match.group(1)
        if not set(between) & set(verb) \
                and any(tag == "v" for _, tag in tagged_words(between)):
            return True
    return False


def _claim_verbs(claim: OpenClaim, lexicon: Lexicon) -> list[Unit]:
    """The Chinese verbs of CLAIM a passage stating it must hold: words the
    tagger reads as verbs, no lexicon term, light verb, nor a word comparing
    or ordering (高出, 领先: figures say those)."""
    if not CJK_RUN.search(claim.text):
        return []
    skipped = _unverbed_words(lexicon)
    verbs = []
    for unit in claim.units:
        if unit.weight <= 0 or unit.measure or unit.entity or unit.name or len(unit.surface) < 2 \
                or not CJK_RUN.fullmatch(unit.surface) or unit.surface in skipped:
            continue
        tagged = tagged_words(unit.surface)
        if len(tagged) == 1 and tagged[0][1] == "v":
            verbs.append(unit)
    return verbs


def _unverbed_words(lexicon: Lexicon) -> frozenset[str]:
    """Chinese words ``_claim_verbs`` leaves to other checks: light verbs,
    comparisons, relations and the sides of opposites."""
    zh = lexicon.grammar("zh")
    sides = {w for _, one, other in (*zh.opposites, *zh.contrasts) for w in (*one, *other)}
    return frozenset({*zh.light_verbs, *zh.greater_than, *zh.less_than, *zh.relations, *sides})


def _of_the_ranked(claim: OpenClaim, stances: Sequence[Stance],
                   lexicon: Lexicon) -> list[Stance]:
    """Stances on a rank kept unless what the passage ranks is another thing
    than what the claim ranks: it neither supports nor refutes the claim's
    rank. In Chinese, by the ranked words (``_ranked_phrase``): "论文总被引次数
    在全国……中排名第四" is no rank of the institute's patent applications
    (专利申请量), though both rank fourth among the same institutes. In any
    language, by the measures the rank is by (``_rank_basis``): "按2024年全球
    基于模型的收入计,……跻身全球第十大" ranks by revenue, not "by number of
    users". A rank whose clause names nothing ranked ("……214件,在全国排名第四")
    is the figure's before it."""
    claimed = normalise_for_match(claim.text).lower()
    ranks = [v for v in claim.values if v.kind == "ordinal"]
    if not ranks:
        return list(stances)
    terms = lexicon.measures["rank"].terms if "rank" in lexicon.measures else ()
    at = claimed.find(normalise_for_match(ranks[0].surface).lower())
    wanted = _bigrams(_ranked_phrase(claimed, at, terms)) if CJK_RUN.search(claimed) else set()
    measures = {hit.id for hit in lexicon.measure_matcher.find(claimed)} - {"rank"}
    named = {pair for u in claim.units if u.entity or u.name
             for form in (u.surface, *u.forms) for pair in _bigrams(form.lower())}
    claimed_basis = _rank_basis(claimed, at)
    if len(_bigrams(claimed_basis)) < 2 and not _basis_words(claimed_basis):
        claimed_basis = ""
    if not wanted and not measures and not claimed_basis:
        return list(stances)

    def ranked_otherwise(text: str, at: int) -> bool:
        phrase = _ranked_phrase(text, at, terms) if CJK_RUN.search(text) else ""
        # (Without the names of the claim's subject or any the lexicon
        # knows: "月之暗面Kimi月活约900万,排名第六" ranks 月活.)
        ranked = _bigrams(_without_names(phrase, lexicon)) - named
        # Other words ranked: the claim's ranked words are mostly not the
        # passage's, and the passage's mostly not the claim's.
        if wanted and len(ranked) > 1 and len(wanted & _bigrams(phrase)) * 2 < len(wanted) \
                and len(ranked & _bigrams(claimed)) * 2 < len(ranked):
            return True
        basis = _rank_basis(text, at)
        by = {hit.id for hit in lexicon.measure_matcher.find(phrase + " " + basis)} - {"rank"}
        related = any(a == b or lexicon.measures_related(a, b) for a in measures for b in by)
        if measures and by and not related:
            return True
        # (Or by words of another thing: 按订单量 / 按成交额; "first for
        # student satisfaction" / "first for graduate prospects". Not English
        # words of related measures: "by revenue" and "by sales".)
        if not claimed_basis or related and not CJK_RUN.search(claimed_basis):
            return False
        if CJK_RUN.search(claimed_basis):
            return len(_bigrams(basis)) > 1 and not _bigrams(claimed_basis) & _bigrams(basis)
        return bool(_basis_words(basis)) and not _basis_words(claimed_basis) & _basis_words(basis)

    kept = []
    for stance in stances:
        text = normalise_for_match(stance.passage.text).lower()
        # (Each rank a stance compared, "……排名第1,……承天医院……排名第4"; for
        # one naming none, each rank agreeing with the claim's, or for a
        # contradiction each one not.)
        wanted_relation = "disagree" if stance.stance == Bearing.CONTRADICTS else "agree"
        places = [at for c in stance.comparisons
                  if (at := text.find(normalise_for_match(c.source_value).lower())) >= 0] \
            if stance.comparisons else [
                v.start for v in parse_values(text) if v.kind == "ordinal"
                and any(relation(r, v) == wanted_relation for r in ranks if comparable(r, v))]
        if stance.stance != Bearing.NONE and places \
                and all(ranked_otherwise(text, at) for at in places):
            continue
        kept.append(stance)
    return kept


def _rank_basis(text: str, at: int) -> str:
    """The words of the sentence of TEXT's rank at AT that say what it is by
    (``rank_bases``: "按……的收入计", "by revenue"), the nearest before the rank
    (or, in English, after it in its clause), or ''. "按成交额计算,星河购排名
    第一,……;按订单量计算,蓝鲸拼排名第一" ranks 星河购 by 成交额."""
    start, end = sentence_span(text, at)
    sentence = text[start:end]
    rank = at - start
    zh, en = grammar("zh"), grammar("en")
    bases = []   # (where, words)
    for match in re.finditer("|".join(map(re.escape, zh.rank_bases)), sentence):
        rest = sentence[match.end():match.end() + _BASIS_CHARACTERS]
        closing = min((i for word in zh.rank_basis_closers
                       if (i := rest.find(word)) >= 0
                       and _RANK_CLAUSE_BREAK.match(rest, i + len(word))), default=-1)
        if closing > 0 and not _RANK_CLAUSE_BREAK.search(rest, 0, closing):
            bases.append((match.start(), rest[:closing]))
    following = []   # (where, words) of English bases after the rank in its clause
    for word in en.rank_bases:
        for match in re.finditer(rf"\b{re.escape(word)}\s+", sentence):
            clause = _RANK_CLAUSE_BREAK.split(sentence[match.end():], 1)[0]
            # (To a conjunction: "first for student satisfaction but only
            # 22nd for graduate prospects".)
            clause = _BASIS_END.split(clause, 1)[0]
            words = " ".join(clause.split()[:_BASIS_WORDS])
            if match.start() > rank and not _RANK_CLAUSE_BREAK.search(sentence, rank,
                                                                      match.start()):
                following.append((match.start(), words))
            else:
                bases.append((match.start(), words))
    if following:
        bases.append((rank - 1, min(following)[1]))   # (the nearest after it)
    before = [b for b in bases if b[0] < rank]
    return max(before)[1] if before else ""


_BASIS_END = re.compile(r"\s(?:but|and|while|whereas|though|although)\s")


def _basis_words(basis: str) -> set[str]:
    """The stems of the English content words of BASIS (what a rank is by)."""
    return {stem(w) for w in LATIN_WORD.findall(basis.lower()) if not is_stop_word(w)}


_BASIS_CHARACTERS = 30
"""How far a Chinese basis may run (按……计) to its closer."""
_BASIS_WORDS = 5
"""How many English words after "by" may name what a rank is by."""


def _ranked_phrase(text: str, at: int, terms: Sequence[str]) -> str:
    """The words of TEXT's clause before the rank at AT that say what is
    ranked, or '': up to its rank word (排名, 位列), past the first possessive
    (研究院的技术转让收入), without its scope (``rank_scopes``: 在全国……中).
    "研究院在全国……中的年度发射数量排名第三" ranks 年度发射数量. A clause with
    neither rank word nor scope names nothing ranked."""
    if at < 0:
        return ""
    start = max((m.end() for m in _RANK_CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    clause = text[start:at]
    zh = grammar("zh")
    named = [i for word in terms if (i := clause.find(word)) >= 0]
    if named:
        clause = clause[:min(named)]
    elif not any(word in clause for word in zh.rank_scopes):
        return ""
    opened = min((i for word in zh.rank_scopes if (i := clause.find(word)) >= 0), default=-1)
    if opened >= 0:
        closed = max((i + len(word) for word in zh.rank_scope_closers
                      if (i := clause.rfind(word, opened)) >= 0), default=-1)
        if closed < 0 and not named:
            return ""   # (no scope: "在Coding能力上与……并列第一")
        clause = clause[:opened] + (clause[closed:] if closed >= 0 else "")
    clause = _after_possessive(clause)
    while not clause.strip() and start > 0:
        # "该院发明专利授权量达到158件,在全国排名第九": the clause before, to
        # its figure, says what is ranked; past a change or comparison of it
        # ("……2468万人次,同比增长97.2%,在全国机场中排名第18位").
        end, start = start - 1, max(
            (m.end() for m in _RANK_CLAUSE_BREAK.finditer(text, 0, start - 1)), default=0)
        clause = _after_possessive(_DIGITS.split(text[start:end], 1)[0])
        if clause.strip().startswith(_change_words()):
            clause = ""
    return clause.strip()


@lru_cache(maxsize=1)
def _change_words() -> tuple[str, ...]:
    """The words opening a clause that goes on with a figure's change or
    comparison (同比, 较, 增长): the ``base`` and ``direction`` pairs and the
    comparison markers."""
    words = [w for name, *groups in (*grammar("zh").contrasts, *grammar("zh").opposites)
             if name in ("base", "direction") for group in groups for w in group]
    markers = numeral_units()["comparison_base"]["markers"]
    return tuple(words) + tuple(w for w in markers if CJK_RUN.match(w))


def _without_names(text: str, lexicon: Lexicon) -> str:
    """TEXT with the names of the lexicon's entities in it blanked."""
    for hit in lexicon.entity_matcher.find(text):
        text = text[:hit.start] + " " * (hit.end - hit.start) + text[hit.end:]
    return text


def _after_possessive(words: str) -> str:
    """WORDS past their first possessive (研究院的|技术转让收入), or all of them."""
    for word in grammar("zh").possessive:
        if word in words:
            return words[words.find(word) + len(word):]
    return words


_DIGITS = re.compile(r"[0-9]")
_RANK_CLAUSE_BREAK = re.compile(r"[,;:\uff0c\uff1b\uff1a\u3002]")


def _bigrams(text: str) -> set[str]:
    """The pairs of Chinese characters standing together in TEXT."""
    return {text[i:i + 2] for i in range(len(text) - 1)
            if CJK_RUN.fullmatch(text[i:i + 2])}


def _closing_verb(claim: OpenClaim) -> Unit | None:
    """The word a Chinese claim of one figure closes with, in the figure's
    clause, when the tagger reads it as a verb and it is no lexicon term,
    else None."""
    lowered = claim.text.lower()
    figures = [v.end for v in claim.values if v.kind in NUMERIC_KINDS]
    if len(figures) != 1 or not CJK_RUN.search(lowered) \
            or _CLAUSE_BREAK.search(lowered, figures[0]):
        return None
    placed = sorted(((at, u) for u in claim.units
                     if (at := lowered.rfind(u.surface.lower())) >= max(figures)),
                    key=lambda pair: pair[0])
    if not placed:
        return None
    at, unit = placed[-1]
    if lowered[at + len(unit.surface):].strip(" \u3002.!\uff01") or unit.weight <= 0 \
            or unit.measure or unit.entity or unit.name or len(unit.surface) < 2 \
            or not CJK_RUN.fullmatch(unit.surface):
        return None
    tagged = tagged_words(unit.surface)
    return unit if len(tagged) == 1 and tagged[0][1].startswith("v") else None


_CLAUSE_BREAK = re.compile(r"[,;\uff0c\uff1b\u3001]")


def _asserted_supports(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                       lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage asserts what
    it says: not where it calls it false ("网传'……能降低……风险',这一说法不实")
    or leaves it open ("是否能降低……尚不清楚"), unless the claim does so too,
    nor where it says the opposite of a word beside the figure ("增速超900%,
    显著优于海外龙头" for "……超900%,但……落后于海外龙头"; ``grammar.opposed``).
    A plan word counts only where it frames the clause of the claim's words
    ("专家预计,明年该市房价将下降10%") or stands right before them in the
    clause of the compared figure ("The IMF forecast growth of 3.1%", "拟募资";
    a word naming the measure is not one: "预期营收高达7000万美元" is kept as
    the revenue it reports, the grammar's ``naming_modals``), not
    where it governs another ("接受……上市辅导,准备登陆科创板" asserts the
    tutoring). Nor where a report or dispute word governs the claim's words
    to the end of its clause ("It is rumoured that …", "denied reports that …"). Nor where it
    gives a word of the claim another modifier than the claim's ("免费娱乐应用"
    for "free education app": ``align.other_modifier``), nor only in
    another item of a list or another firm's clause (``align.listed_apart``),
    nor where it asks (ends in a question mark), says a word of the claim only
    negated (非营利) or with a title word or partitive the claim lacks ("Vice
    President", "one of the largest": ``align.added_qualifier``), or the other
    side of a contrast (quarter-on-quarter for year-on-year), nor where the
    claim says it of all (所有, "every") and the passage does not ("全球所有模型
    第一" against "开源模型与国产模型双料榜首").
    A stance keeps its passage, not the passage's analysis: these tests read
    the text alone, so another firm's clause is told only by the open judge,
    which has the analysis's entities; the list test reads words and holds here."""
    kept = []
    for stance in stances:
        # (But not the other way than the claim: "误指……上升1.6%，实为下跌1.6%";
        # nor the figure a misstatement word gives, 误指……上升1.6%.)
        if stance.stance == Bearing.SUPPORTS and (
                _given_the_other_way(claim, text := normalise_for_match(stance.passage.text), stance)
                or misstated_at(claim, text.lower(), _figure_in(stance, text))):
            continue
        # (A figure a correction gives is asserted, whatever the correction
        # calls false of what it replaces.)
        if stance.stance == Bearing.SUPPORTS and not given_by_correction(
                claim, text := normalise_for_match(stance.passage.text), _figure_in(stance, text)) \
                and (claim.cues(text, "denial") and not claim.denies
                     and not stated_after_verdict(claim, text, _figure_in(stance, text))
                     or is_question(text) \
                    or always_before(claim, text, "negation") and not claim.negated \
                    or claim.negated and not scoped_cue(claim, text, "negation") \
                    or added_qualifier(claim, text) or multiplier_unsaid(claim, text) \
                    or claim.cues(text, "unsettled") and not claim.unsettled \
                    or claim.universal and not claim.cues(text, "universal") \
                    or opposed(claim.text, text, _figure_in(stance, text)
                               if stance.comparisons else _measure_in(claim, text)) \
                    or opposed(claim.text, text, _figure_in(stance, text), kind="contrasts") \
                    or base_otherwise(claim, text, _figure_in(stance, text)) \
                    or (framing_cue(claim, text, "modal", _figure_in(stance, text))
                        or _forecast(claim, stance, lexicon)) \
                    and not claim.modal \
                    or possible_at(claim, text, _figure_in(stance, text)) \
                    or claim.cues(claim.text, "done_words") and (
                        scoped_cue(claim, text, "future_words") or future_verb(claim, text, lexicon)) \
                    or scoped_cue(claim, text, "report", lexicon=lexicon) and not claim.reports \
                    or scoped_cue(claim, text, "dispute", lexicon=lexicon) and not claim.denies \
                    or scoped_cue(claim, text, "halts", lexicon=lexicon) \
                    and not claim.cues(claim.text, "halts") \
                    or other_modifier(claim, here := side_of_text(text), lexicon) \
                    and other_modifier(claim, here, lexicon, _lead_of(stance.passage, index)) \
                    or listed_apart(claim, here, lexicon) or slot_apart(claim, here, lexicon) \
                    or held_jointly(claim, text, lexicon) or named_in_relative(claim, text, lexicon) \
                    or designated_otherwise(claim, text) \
                    or named_after_figure(claim, text, _figure_in(stance, text), lexicon) \
                    or whole_figure(claim, text, _figure_in(stance, text)) \
                    or measured_across_contrast(claim, text, _figure_in(stance, text)) \
                    or remainder_apart(claim, text, _figure_in(stance, text), lexicon) \
                    or part_of_year_elsewhere(claim, text) \
                    or year_part_apart(claim, text, _figure_in(stance, text)) \
                    or dated_words_elsewhere(claim, text, lexicon) \
                    or share_base_elsewhere(claim, text) \
                    or share_of_another_base(claim, text, _figure_in(stance, text)) \
                    or earlier_figure(claim, text, _figure_in(stance, text)) \
                    or corrected_statement_at(claim, text, _figure_in(stance, text)) \
                    or not counts_written(claim, text) \
                    or named_after_preposition_otherwise(claim, stance.passage.text) \
                    or (mentioned_in_quotes(text, _figure_in(stance, text))
                        or reported_in_quotes(claim, text, _figure_in(stance, text))
                        or quoted_message(claim, text, lexicon)) and not claim.reports):
            continue
        kept.append(stance)
    return kept


def _undenied_contradictions(claim: OpenClaim, stances: Sequence[Stance]) -> list[Stance]:
    """The lexicon judge's contradictions kept only where the passage does
    not call what it says false: the figure of "an earlier report wrongly
    stated that the pier cost $12 million" (网传……不实) is no figure against
    the claim's."""
    return [s for s in stances if s.stance != Bearing.CONTRADICTS or claim.denies
            or not denials(claim, normalise_for_match(s.passage.text))]


def _contradictions_of_the_fact(claim: OpenClaim, stances: Sequence[Stance],
                                index: PassageIndex, lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's contradictions kept only where the figure compared
    is the claim's fact's, not another's (``align.figure_apart``): "华东市场
    贡献收入8.6亿元, ……, 其余来自西北……" says nothing of 西北's revenue; nor
    is a date one where the passage writes the claim's day otherwise."""
    days = _days_of(claim.values)
    kept = []
    for stance in stances:
        # (Nor one of a passage lacking the month or another number the claim
        # names, "禾丰县10月第二周……" against "11月第二周,……": its figure is
        # another month's, or of no month said.)
        # (Nor one of a passage stating what was, against a claim of what is
        # expected or planned: "expects a full-year profit of $150 million to
        # $200 million" against the quarter's $402 million.)
        if stance.stance == Bearing.CONTRADICTS and (not numbers_written(
                claim, text := normalise_for_match(stance.passage.text)) or any(
                u.month and unit_share(u, side_of_text(text), lexicon) < 1.0 for u in claim.units)
                or claim.modal and not claim.cues(text, "modal")
                # (Nor one of a passage giving a word of the claim another
                # modifier, "insured losses" against "total economic losses";
                # in the claim's language: a translated word has modifiers of
                # its own, 日均调用量 for "daily enterprise LLM token calls".)
                or _mostly_chinese(claim.text) == _mostly_chinese(text)
                and other_modifier(claim, side_of_text(text), lexicon)
                # (Nor one of a passage naming only other parts of a year, "前三
                # 季度累计,……归母净利润13.7亿元" against 第三季度's.)
                or part_of_year_elsewhere(claim, text)):
            continue
        surface = first_source_surface(stance) if stance.stance == Bearing.CONTRADICTS else ""
        # (Nor one citing a figure the claim states itself in another clause,
        # of another of its facts: "完成了17轮融资,其中单一年度就融了5轮" is not
        # refuted by 17轮.)
        if surface and _stated_in_another_clause(claim, parse_values(surface)):
            continue
        if surface:
            passage = stance.passage
            analysis = index.up_to(passage.source, passage.index, 0)[-1].analysis
            at = analysis.text.find(normalise_for_match(surface))
            # (Nor one in another part between semicolons than the claim's
            # words: "……零售总额……增长4.7%;……而制造业投资增长13.4%"; nor one
            # after several of the group of the claim's qualifier, all of
            # theirs: "完成天使轮、A轮……及Pre-IPO轮共五轮融资,累计融资额约27亿元".)
            if at >= 0 and (_not_only_dates(surface) and (
                    figure_apart(claim, analysis, at, lexicon)
                    or segment_apart(claim, analysis, at, lexicon)
                    or _after_qualifiers_of_group(claim, analysis, at, lexicon)
                    or _part_against_sum(claim, analysis, at, lexicon))
                    or figure_modifies_other(claim, analysis.text, at, lexicon)
                    or segment_figure(claim, analysis.text, at)
                    or part_of_a_sibling(claim, analysis.text, at)
                    or numbered_sibling_at(claim, analysis.text, at)
                    or denied_as_said(claim, analysis.text.lower(), at)
                    or share_against_change(claim, analysis.text, at)
                    or level_against_change(claim, analysis.text, at)
                    or difference_against_level(claim, analysis, at)
                    or sum_of_periods(claim, analysis.text, at)
                    or _not_only_dates(surface) and month_apart(claim, analysis.text, at)
                    or change_of_another_quantity(claim, analysis, at, lexicon, with_level=True)
                    or _measured_apart(claim, analysis, at, lexicon)
                    # (Nor one of a passage saying only another rate or base:
                    # "每月现金消耗高达2790万美元" against "US$335 million of
                    # cash a year".)
                    or opposed(claim.text, analysis.text, kind="contrasts")
                    or sibling_at_figure(claim, analysis.text, at)
                    or noun_modified_otherwise(claim, analysis.text, at)
                    # (Nor one of a clause naming another month: "6月……为68.4万人次；
                    # 5月则为63.1万人次" against June's.)
                    or month_elsewhere(claim, analysis, at)
                    or head_of_another(claim, analysis.text, at)
                    or share_of_another_base(claim, analysis.text, at)
                    or not claim.modal and planned_at(claim, analysis.text, at)
                    or _of_another_subject(claim, analysis.text, lexicon)
                    # (Nor one of another kind of the claim's thing: "猪肉平均
                    # 价格……环比下降1.8%" against 蔬菜批发均价's fall.)
                    or CJK_RUN.match(claim.text)
                    and _another_kind(claim, analysis.text, lexicon)):
                continue
            # A passage writing the claim's day without its year ("……今日（2025年
            # 6月9日）起招股,預計6月17日掛牌") may date it so: another day it
            # dates is another event's.
            stated = _days_of(parse_values(surface))
            if stated and not stated & days and not _not_only_dates(surface) \
                    and any(states_month_day(analysis.text, *d) for d in days):
                continue
        kept.append(stance)
    return kept


def _measured_apart(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage (ANALYSIS) binds its multiple at AT to a measure the
    claim does not name, and names nowhere a measure the claim names that is
    neither a context word nor one of the multiple's own (growth): "估值……四年
    间增长超过20倍" is the valuation's growth, no figure against "its user base
    grew about nineteenfold"."""
    frame = next((f for f in analysis.frames if f.value.start == at), None)
    if frame is None or frame.value.kind != "multiple":
        return False
    claimed = [u.measure for u in claim.units if u.measure in lexicon.measures]
    own = [m for m in claimed if not lexicon.measures[m].context
           and not any(lexicon.measures_related(m, f) for f in frame.measures)]
    stated = {x.id for x in analysis.mentions if x.kind == "measure"}
    return bool(own) and any(not any(lexicon.measures_related(m, c) for c in claimed)
                             for m in frame.measures) \
        and not any(lexicon.measures_related(m, s) for m in own for s in stated)


def _of_another_subject(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) lacks the name the claim opens
    with and names another subject of its own before the claim's words:
    "与之相邻的江州师范学院东湖校区……投资28.6亿元" gives no figure of 江州大学's
    campus, though a sentence before names it."""
    lowered = claim.text.lower()
    first = min(leading_names(claim), key=lambda u: lowered.find(u.surface.lower()), default=None)
    here = side_of_text(text)
    # (Not a passage naming another name of the claim, a subject of one of
    # its facts: "…, and Talkie's users grew …".)
    return first is not None and unit_share(first, here, lexicon) < 1.0 \
        and not any((u.name or u.entity) and unit_share(u, here, lexicon) == 1.0
                    for u in claim.units) \
        and names_another(claim, text, lexicon)


def _another_kind(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) puts another word before a
    word of the claim where the claim has its own (``align.other_modifier``),
    one that is no kind word standing for the claim's name (公司 of "公司员工
    总数" for "星河云智员工总数")."""
    word = other_modifier(claim, side_of_text(text), lexicon)
    return bool(word) and word not in lexicon.grammar("zh").name_kinds


def _stated_in_another_clause(claim: OpenClaim, stated: Sequence[Value]) -> bool:
    """Whether a figure of STATED agrees with one of the claim's in a clause
    other than that of a claim's figure of its kind it disagrees with."""
    clauses = split_clauses(claim.text)
    for value in stated:
        same = [v for v in claim.values if comparable(v, value)]
        agree = [clause_index(clauses, v.start) for v in same if relation(v, value) == "agree"]
        other = [clause_index(clauses, v.start) for v in same if relation(v, value) == "disagree"]
        if any(a != o for a in agree for o in other):
            return True
    return False


def _after_qualifiers_of_group(claim: OpenClaim, analysis: Analysis, at: int,
                               lexicon: Lexicon) -> bool:
    """Whether the passage names, before its figure at AT and in its part
    between semicolons, two or more qualifiers of the group of one the claim
    gives (rounds: "天使轮、A轮……及Pre-IPO轮共五轮融资,累计……"): the figure
    is then theirs together."""
    groups = lexicon.qualifier_groups or {}
    claimed = {groups[u.qualifier] for u in claim.units if u.qualifier in groups}
    part = analysis.text.rfind(";", 0, at) + 1
    named = {m.id for m in analysis.mentions if m.kind == "qualifier"
             and part <= m.start < at and groups.get(m.id) in claimed}
    return len(named) >= 2


def _part_against_sum(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the claim gives its figure as a sum (``sums``: 累计, "in
    total") naming no qualifier, and the passage's figure at AT is one
    qualifier's (a round's: "6亿美元A轮融资"), its clause saying no sum:
    one round's amount is no rival to what all of them came to."""
    if any(u.qualifier for u in claim.units) or not claim.cues(claim.text.lower(), "sums"):
        return False
    clauses = split_clauses(analysis.text)
    start, end = clauses[clause_index(clauses, at)]
    return any(m.kind == "qualifier" and start <= m.start < end for m in analysis.mentions) \
        and not claim.cues(analysis.text[start:end].lower(), "sums")


def _days_of(values: Sequence[Value]) -> set[tuple[int, int]]:
    """The (month, day) of each day among VALUES."""
    return {(when.month, when.day) for v in values if v.kind == "date" and v.unit == "day"
            for when in [date.fromordinal(int(v.low))]}


@lru_cache(maxsize=4096)
def _not_only_dates(surface: str) -> bool:
    return any(v.kind != "date" for v in parse_values(surface))


def _bound_supports(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                    lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage binds the
    claim's figures to what the claim binds them to (``align.bound_apart``):
    "founded in 1901 and moved to its current site in 1965" does not date the
    founding 1965, nor "包括2021年上市的玄武晶核" 深瞳算力's listing 2021
    (``align.figure_modifies_other``); and the figure compared is the claim's
    fact's, not a rival figure's of its kind (``align.figure_apart``; in
    "前五大客户贡献收入占比为63.5%，最大客户为……驰远汽车，占比22.8%" 63.5% is
    not 驰远汽车's) nor another part's between semicolons
    (``align.segment_apart``) or another item's of a list of figures
    (``align.figure_item_apart``); nor where it relates the claim's parties the
    other way round ("ordered ZMH to pay Greystone's legal costs";
    ``align.parties_swapped``, ``align.ordered_the_other_way``)."""
    kept = []
    for stance in stances:
        if stance.stance == Bearing.SUPPORTS:
            passage = stance.passage
            analysis = index.up_to(passage.source, passage.index, 0)[-1].analysis
            surface = first_source_surface(stance)
            at = analysis.text.find(normalise_for_match(surface)) if surface else -1
            if given_by_correction(claim, analysis.text, at):
                kept.append(stance)   # (its rival is the figure corrected)
                continue
            # (A support by terms alone, no figure compared, stands in one
            # part between semicolons: ``align.said_across_segments``.)
            if bound_apart(claim, analysis, lexicon) \
                    or parties_swapped(claim, analysis.text, lexicon) \
                    or ordered_the_other_way(claim, analysis.text) \
                    or at < 0 and said_across_segments(claim, analysis, lexicon):
                continue
            if at >= 0 and (figure_modifies_other(claim, analysis.text, at, lexicon)
                            or _not_only_dates(surface) and (figure_apart(
                                claim, analysis, at, lexicon, _kind_at(analysis, at),
                                _claimed(claim, stance))
                                or segment_apart(claim, analysis, at, lexicon)
                                or figure_item_apart(claim, analysis, at)
                                or figure_of_another_opening_name(claim, analysis.text, at,
                                                                  lexicon)
                                or change_of_another(claim, analysis, at, lexicon)
                                or change_for_level(claim, analysis.text, at)
                                or part_figure(claim, analysis.text, at, lexicon)
                                or cause_of_figure(claim, analysis.text, at, lexicon)
                                or possessed_otherwise(claim, analysis.text, at)
                                or sibling_at_figure(claim, analysis.text, at)
                                or noun_modified_otherwise(claim, analysis.text, at)
                                or word_of_the_start(claim, analysis, at, lexicon)
                                or month_elsewhere(claim, analysis, at)
                                or named_only_as_base(claim, analysis))):
                continue
        kept.append(stance)
    return kept


def _placed_supports(claim: OpenClaim, stances: Sequence[Stance], index: PassageIndex,
                     lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's supports kept only where the passage, or a sentence
    beside it, names the places the claim qualifies its figure by, which its
    lexicon does not read: "MiniMax逾九成的收入来自境外" is not stated by "研发
    开支……占总收入的514%", whose figure is a share of revenue too, but no
    overseas one. A place is a Chinese word the segmenter tags as a word of
    place (境外, 海外, 国内), not one pointing at the document's place (全省:
    grammar ``place_pointers``); other words, and names its tagger guesses
    (旧版本), a passage may say otherwise."""
    pointers = set(grammar("zh").place_pointers)
    places = [u for u in claim.units if not (u.entity or u.measure or u.person or u.month)
              and CJK_RUN.fullmatch(u.surface) and u.surface not in pointers
              and _place_word(u.surface)]
    if not places:
        return list(stances)
    kept = []
    for stance in stances:
        passage = stance.passage
        if stance.stance == Bearing.SUPPORTS and CJK_RUN.search(passage.text):
            around = _sides_beside(passage.source, passage.line, passage.start, index)
            if around and any(all(unit_share(u, where, lexicon) == 0.0 for where in around)
                              for u in places):
                continue
        kept.append(stance)
    return kept


def _place_word(word: str) -> bool:
    """Whether the segmenter tags the Chinese WORD a word of place (境外, 海外),
    or a place's name the dictionary glosses (中东: Middle East), not a name
    it guesses (旧版本)."""
    from checker.language.vocabulary import glosses

    tagged = tagged_words(word)
    return len(tagged) == 1 and tagged[0][0] == word and (
        tagged[0][1] == "s" or tagged[0][1] == "ns" and bool(glosses(word)))


def _kind_at(analysis: Analysis, at: int) -> str:
    return next((v.kind for v in analysis.values if v.start == at), "")


def _claimed(claim: OpenClaim, stance: Stance) -> Value | None:
    """The claim's figure STANCE compared first, or None."""
    written = stance.comparisons[0].claim_value if stance.comparisons else ""
    return next((v for v in claim.values if v.surface == written), None)


def _forecast(claim: OpenClaim, stance: Stance, lexicon: Lexicon) -> bool:
    """Whether a plan word stands right before the claim's words in the clause
    of the figure STANCE compared ("The IMF forecast growth of 3.1%", "该公司
    拟募资30亿元"), other than one naming the measure ("预期营收":
    ``naming_modals``), or right before the figure ("a target of 5%")."""
    if not stance.comparisons:
        return False
    clause = normalise_for_match(_figure_clause(stance))
    # Right before the figure itself: "below the government's target of 5%".
    for comparison in stance.comparisons:
        at = clause.find(normalise_for_match(comparison.source_value))
        if at >= 0 and planned_at(claim, clause, at):
            return True
    cue = scoped_cue(claim, clause, "modal", lexicon=lexicon)
    if not cue or cue.isascii():
        return bool(cue)
    return not (cue in lexicon.grammar("zh").naming_modals
                and scoped_cue(claim, clause, "modal", adjacent=True) == cue)


def _figure_in(stance: Stance, text: str) -> int:
    """Where the first figure the stance compared stands in TEXT (its
    passage, normalised), or -1."""
    for comparison in stance.comparisons:
        at = text.find(normalise_for_match(comparison.source_value))
        if at >= 0:
            return at
    return -1


def _measure_in(claim: OpenClaim, text: str) -> int:
    """Where the first of the claim's measure words, as written, stands in
    TEXT (a passage's, normalised), or -1: what a claim of no figure says of
    it stands nearest it ("毛利率为44.8%,同比下降2.1个百分点" after "营业收入……
    同比增长35.6%")."""
    lowered, claimed = text.lower(), claim.text.lower()
    written = sorted((claimed.find(u.surface.lower()), u.surface.lower())
                     for u in claim.units if u.measure)
    return next((at for _, surface in written if (at := lowered.find(surface)) >= 0), -1)


def _same_phase(view: ClaimView, stances: Sequence[Stance]) -> list[Stance]:
    """The lexicon judge's stances kept only where the clause of the figure
    compared does not give another phase of the undertaking than the claim:
    "completed its IPO in April 2025" is neither supported nor contradicted by
    "2025年4月启动IPO" (the start), nor "launched" by 完成."""
    claimed = _phases(view.analysis.text)
    if len(claimed) != 1:
        return list(stances)
    return [s for s in stances if not s.comparisons
            or not (stated := _phases(_figure_clause(s))) or stated == claimed]


def _phases(text: str) -> set[str]:
    return {kind for kind in ("phase_start", "phase_end") if find_cues(text, kind)}


def _figure_clause(stance: Stance) -> str:
    """The clause of the stance's passage where the figure it compared stands,
    with the clause before a change it opens with and the clauses before it
    that state no figure of their own (a heading:
    "“大模型厂商中标排行榜”显示,2025年1-6月,智谱排名第五"); the whole
    passage when that is not known."""
    text = stance.passage.text
    for comparison in stance.comparisons:
        at = text.find(comparison.source_value)
        clauses = stance.passage.clauses if at >= 0 else ()
        for i, (start, end) in enumerate(clauses):
            if start <= at < end:
                bare = len(text[start:end].replace(comparison.source_value, "").strip()) <= 1
                if bare and i + 1 < len(clauses):
                    # A figure standing alone opens the clause after it
                    # ("2022年8月,……GLM-130B的正式发布").
                    end = clauses[i + 1][1]
                # (A change opening its clause, "同比增长约150%", is of the
                # quantity the clause before states: "出货量为3.2吉瓦时".)
                if i and opens_with_change(text[slice(*clauses[i])]):
                    i -= 1
                while i and not _states_figure(text[slice(*clauses[i - 1])]):
                    i -= 1
                return text[clauses[i][0]:end]
    return text


@lru_cache(maxsize=4096)
def _states_figure(clause: str) -> bool:
    """Whether CLAUSE gives a value other than a date. (Remembered: the
    passages a claim's figures are found in are found again by the claims
    of its topic, and parsing their clauses was most of ``_same_phase``.)"""
    return any(v.kind != "date" for v in parse_values(clause))


def _near_miss(view: ClaimView, index: PassageIndex, lexicon: Lexicon) -> str:
    """What was close, for a not_found reason: the best-ranked passage about
    the same subject and measure, or at least the subject."""
    # (An unnamed company's noun, "该市", "the company", is no name to give.)
    names = ", ".join(s for s in view.subjects if s != "unnamed") or "the claim's subject"
    measures = ", ".join(view.measures) or "the claimed measure"
    if view.measures:
        # Every subject (named or inherited) and one of the claim's measures.
        where = ((*(frozenset({f"e:{s}"}) for s in view.subjects),
                  frozenset(f"m:{m}" for m in view.measures)),)
        for item in index.candidates(view.subjects, view.measures, (), lexicon, limit=5,
                                            where=where):
            ids = {m.id for m in item.analysis.mentions}
            subjects = {s for subj, _ in item.analysis.clause_subjects for s in subj}
            if set(view.subjects) <= (ids | subjects) and set(view.measures) & ids:
                where = f"{item.passage.source}:{item.passage.line}"
                return (f"{names} and {measures} are mentioned ({where}), but no passage "
                        f"states the claimed value for that subject, measure and period")
    if view.subjects and all(index.mentions(f"e:{s}") for s in view.subjects):
        return f"{names} is mentioned in the sources, but no passage speaks to this claim"
    return "no passage in the sources speaks to this claim"


def ranked_stances(text: str, index: PassageIndex, lexicon: Lexicon, top: int) -> list[Stance]:
    view = read_claim(Claim(id="quote", text=text), lexicon)
    stances = judge_candidates(view, index, lexicon)
    if not any(s.stance != Bearing.NONE for s in stances):
        stances = judge_open_candidates(view, index, lexicon)
    supports = sorted((s for s in stances if s.stance == Bearing.SUPPORTS),
                      key=lambda s: (-s.score, s.passage.source, s.passage.index))
    contradicts = sorted((s for s in stances if s.stance == Bearing.CONTRADICTS),
                         key=lambda s: (-s.score, s.passage.source, s.passage.index))
    return supports[:top] + contradicts[:top]

