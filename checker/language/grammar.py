"""Grammar words per language, read from ``checker/data/language/*.yaml``.

Negation, denial and reporting words, stop words and function characters are
data, not code: one file per language, validated when loaded, so a user can
read and extend them. This module loads them and answers small questions
about a text (does it negate, deny, report?); it does not decide what a
passage means for a claim (that is ``checker.stages.judge.align``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

import yaml

from checker.errors import LexiconError

LIST_KINDS = ("stop_words", "negation", "not_negation", "not_conditions", "denial", "report", "dispute",
              "affirmation", "modal", "abbreviations", "stop_phrases", "existential", "existence_words",
              "respectively", "as_of", "possessive", "before_name", "role_joiners",
              "clause_conjunctions", "second_figure_openers", "before_period", "dateline", "demonstrative",
              "adverbial_openers", "adverbial_closers", "measure_objects", "name_kinds",
              "copulas", "generic_heads", "kind_characters", "relations", "phase_start", "phase_end",
              "exclusive", "universal", "halts", "deictic_periods", "role_prepositions",
              "object_prepositions",
              "comparison_words", "designators", "unsettled", "shares", "single_slot",
              "once_intransitive", "speech_verbs", "speech_participles", "announcing_verbs",
              "speaking_bodies",
              "whole_modifiers", "confirmed_reports", "part_of", "part_words", "part_openers", "totals",
              "determiners", "possessive_determiners", "privatives", "privation_words", "never_words", "personal_pronouns", "quote_mentions", "aside_openers",
              "name_titles", "contrast_conjunctions", "light_verbs", "figure_particles", "share_verbs",
              "credentials",
              "credential_verbs", "role_verbs", "share_nouns", "attribution_markers",
              "disjunctions", "comparison_marks", "distributives", "remainders",
              "verb_continuers", "corrections", "report_origins", "restating_verbs",
              "figure_openers", "prohibitions", "superlative_words", "relative_markers", "relative_pronouns", "earlier_states", "former_states", "message_pointers", "concessives", "spreads", "appeals",
              "list_joiners", "name_separators", "place_pointers", "relative_after", "cause_markers", "change_nouns", "span_openers", "span_closers", "event_date_links", "denial_copulas", "base_markers", "deliberations", "interval_words", "penalty_words", "weekdays", "report_item_markers",
              "hyphen_prefixes", "statement_words", "level_before", "start_before", "start_opens",
              "change_before", "naming_modals", "role_modifiers", "partitives", "list_closers",
              "absence", "evidence", "whole_period", "passive_markers",
              "referring_openers", "verdict_subjects", "rate_words", "topic_before", "conditions",
              "reported_things", "other_subjects", "chances", "nation_pointers",
              "place_referrers", "study_models",
              "hyphen_suffixes", "agent_marks", "noun_relatives", "converses",
              "postposed_relations", "possibilities", "greater_than", "less_than",
              "closed_comparison_marks", "greater_adjectives", "less_adjectives", "grade_before",
              "other_prefixes", "phrase_value_words", "separable_particles",
              "party_nouns", "rather_than", "non_answers", "figure_links", "before_events",
              "exclusions", "pending", "unnamed_sources", "unnamed_source_verbs", "figure_directions",
              "direction_particle_verbs", "anonymous_sources", "correction_words", "misstatements",
              "corrected_to", "revised_to", "purpose_openers", "time_fillers", "multipliers",
              "averages", "earlier_reports", "unnamed_parts", "sums", "pair_pointers", "place_bodies",
              "total_words",
              "year_bases",
              "demands", "per_period", "gap_words",
              "earlier_offsets", "later_offsets", "within_words", "done_words", "future_words",
              "future_auxiliaries",
              "group_restrictors",
              "joint_words", "rank_scopes", "rank_scope_closers", "message_nouns", "clarifications", "plain_futures", "other_sides", "rank_bases", "rank_basis_closers",
              "topic_markers", "area_verbs", "mass_verbs", "length_verbs",
              "place_prepositions", "body_prepositions", "level_aliases",
              "bound_verbs", "previous_year", "year_on_year", "period_on_period", "yearly_directions", "denial_verbs", "total_infixes",
              "not_comparison_marks")
"""The word lists of a grammar file; a user lexicon may extend each of them."""
_SET_KINDS = ("stop_words", "abbreviations", "stop_phrases")
"""List kinds the grammar keeps as sets (looked up word by word)."""
CHARACTER_KINDS = ("function_characters", "clitic_characters")
"""The character sets of a grammar file (a string), extendable too."""


@dataclass(frozen=True)
class Grammar:
    """The grammar words of one language."""

    language: str
    stop_words: frozenset[str]
    function_characters: frozenset[str]
    negation: tuple[str, ...]
    not_negation: tuple[str, ...]
    denial: tuple[str, ...]
    report: tuple[str, ...]
    dispute: tuple[str, ...] = ()
    """Words with which a claim reports a dispute (反驳, denied)."""
    affirmation: tuple[str, ...] = ()
    """Words with which a source confirms what others doubted (是真的, confirmed)."""
    modal: tuple[str, ...] = ()
    """Words that make a statement a plan or a possibility (有望, 计划, expected to)."""
    abbreviations: frozenset[str] = frozenset()
    """Words written with a full stop that does not end a sentence (mr, inc, u.s)."""
    clitic_characters: frozenset[str] = frozenset()
    """Characters a word guesser glues to a neighbouring word (仍具, 刘夙在)."""
    stop_phrases: frozenset[str] = frozenset()
    """Phrases that are grammar though a dictionary lists them ("due to")."""
    existential: tuple[str, ...] = ()
    """Verbs that only say the subject is or happens (happen, 存在)."""
    existence_words: tuple[str, ...] = ()
    """Words with which a claim says some of a thing exist ("there are", 仍有):
    a passage counting none of it (劣Ⅴ类断面为0个) says the opposite."""
    respectively: tuple[str, ...] = ()
    """Words that pair listed values with listed subjects in order (分别, respectively)."""
    as_of: tuple[str, ...] = ()
    """Words that make the date after them a reference date (截至, as of)."""
    possessive: tuple[str, ...] = ()
    """Particles that may stand between an entity and the next in a chain (的)."""
    before_name: tuple[str, ...] = ()
    """Words a person's name may follow ("CEO是张鹏", "由闫俊杰创立")."""
    role_joiners: tuple[str, ...] = ()
    """Words that join two roles of one person ("创始人兼CEO")."""
    clause_conjunctions: tuple[str, ...] = ()
    """Conjunctions that open a clause and are no part of its fact ("and", "but")."""
    second_figure_openers: tuple[str, ...] = ()
    """Prepositions that open the phrase of a second figure of the first's
    kind in one clause, a fact of its own ("lost $2 billion on revenue of $300
    million")."""
    before_period: tuple[str, ...] = ()
    """Words between an English figure and its period ("1.25 billion in 2024")."""
    dateline: tuple[str, ...] = ()
    """Words that end a news dateline after its date (伦敦1月11日电)."""
    demonstrative: tuple[str, ...] = ()
    """Words that point back to what a sentence before named (这项支出, this
    expense): the measure after one is the earlier, more specific one."""
    message_nouns: tuple[str, ...] = ()
    """Things shared online whose words are reported ("The video … says that")."""
    clarifications: tuple[str, ...] = ()
    """Denial words that, closing their clause, bring in what is so (澄清,)."""
    plain_futures: tuple[str, ...] = ()
    """Modal words that only put what follows in the future ("will pay")."""
    other_sides: tuple[str, ...] = ()
    """Words before the other side of a comparison ("after Kestrel Field")."""
    rank_scopes: tuple[str, ...] = ()
    """Words that open a rank's scope ("在全国……中排名第四"): what is ranked
    stands before them."""
    rank_scope_closers: tuple[str, ...] = ()
    """Words that close it (在……中)."""
    rank_bases: tuple[str, ...] = ()
    """Words that open what a rank is by ("按收入计", "by revenue")."""
    rank_basis_closers: tuple[str, ...] = ()
    """Words that close it in Chinese (按……计, 以……来看)."""
    area_verbs: tuple[str, ...] = ()
    """Verbs that say only that a figure of area is the subject's ("covers
    2,800 hectares", 占地): a claim's figure of area says them."""
    mass_verbs: tuple[str, ...] = ()
    """The same for a figure of mass ("weighs 7 kilograms")."""
    length_verbs: tuple[str, ...] = ()
    """The same for a figure of length ("stretches 64 kilometres")."""
    topic_markers: tuple[str, ...] = ()
    """Words that bring in what a statement is about ("关于……的网传消息",
    "reports regarding …"): no part of what it says."""
    adverbial_openers: tuple[str, ...] = ()
    """Words that open a clause of time or circumstance (在, 随着; after, when)."""
    adverbial_closers: tuple[str, ...] = ()
    """Words that close such a clause in Chinese (在……前, 在……后, ……之际)."""
    copulas: tuple[str, ...] = ()
    """Words before (Chinese) or after (English) the thing a multiple or a
    fraction is taken of: "是Claude Code的1/6", "one sixth of Claude's"."""
    name_kinds: tuple[str, ...] = ()
    """Words that end a name and say what kind of thing it names (大学,
    公司, 医院): two names ending alike in one slot are two things."""
    measure_objects: tuple[str, ...] = ()
    """Words that join a measure to what it is spent on or made of: after the
    measure in English ("spent $141 million on cloud services"), between the
    two in Chinese ("在云服务上的支出")."""
    generic_heads: tuple[str, ...] = ()
    """Nouns that name a part of an entity without saying which (business,
    segment, 业务, 板块): in "game business revenue" the word before narrows."""
    kind_characters: tuple[str, ...] = ()
    """Characters that make the word before them a kind of the noun after
    them ("医疗类客户", "G端客户"): the word before them narrows the noun."""
    relations: tuple[str, ...] = ()
    """Words that order or compare two things (before, ahead of, 早于, 落后):
    a passage naming both with all the claim's other words need not say
    which comes first."""
    phase_start: tuple[str, ...] = ()
    """Words that say an undertaking began (launched, 启动): its date is not
    the date it was completed."""
    phase_end: tuple[str, ...] = ()
    """Words that say an undertaking was completed (completed, 完成)."""
    exclusive: tuple[str, ...] = ()
    """Words that say nothing else is so (only, sole, 唯一): naming the one
    thing does not state that no other is."""
    universal: tuple[str, ...] = ()
    """Words that say something holds of every one (all, every, 所有): some
    of them named do not state it."""
    verdict_subjects: tuple[str, ...] = ()
    """Words with which a denying clause points back at the clauses before
    it ("……, 这是谣言", "but this is false")."""
    designators: tuple[str, ...] = ()
    """Characters after a number that make it part of a name (3号线)."""
    comparison_words: tuple[str, ...] = ()
    """Words after which a figure is the other side of a comparison (than)."""
    role_prepositions: tuple[str, ...] = ()
    """Prepositions giving the name after them a role (joined X from Y)."""
    object_prepositions: tuple[str, ...] = ()
    """Prepositions that end a dictionary phrase and take the object after
    them ("worked at", "studied in"): the verb before them keeps its own
    translations too."""
    deictic_periods: tuple[str, ...] = ()
    """Periods named from the day of writing (last year, 去年): a figure a
    passage dates itself is none for them."""
    halts: tuple[str, ...] = ()
    """Words that stop what was planned or under way (abandoned, suspended,
    暂停): a passage saying one before the claim's words does not state that
    it happens."""
    report_item_markers: tuple[str, ...] = ()
    """Words after a report word and a short noun that make it the name of a
    thing that spread (网传图卡上的标志, 网传视频中的人): what follows is said of
    the thing, not reported."""
    weekdays: tuple[str, ...] = ()
    """Names of the days of the week: a claim's day the passage does not name
    (星期三 against 下星期一) it does not state."""
    interval_words: tuple[str, ...] = ()
    """Words before a duration that make it an interval between events
    ("每10分钟一班", "every 10 minutes"): a figure asserted, not a span framing
    what is said."""
    penalty_words: tuple[str, ...] = ()
    """Words before a duration that make it a penalty a court or an office
    gave (有期徒刑, 行政拘留, "sentenced to"): asserted, so another term
    refutes it."""
    deliberations: tuple[str, ...] = ()
    """Words of weighing whether to act ("would consider an appeal", 考虑是否):
    a passage saying one before the claim's words does not state the act."""
    unsettled: tuple[str, ...] = ()
    """Words that leave a question open (whether, remains unclear, 是否, 有待
    研究): a passage asking whether something is so states neither it nor
    its opposite."""
    hyphen_prefixes: tuple[str, ...] = ()
    """Words that, joined by a hyphen, turn the word after them round or
    rank it (non-voting, anti-government, second-largest): that word alone
    is not stated there."""
    hyphen_suffixes: tuple[str, ...] = ()
    """Words that, joined by a hyphen, make the word before them another
    (brother-in-law): that word alone is not stated there."""
    statement_words: tuple[str, ...] = ()
    """Words of what is said or saying it (claims, reports, rumours, claimed):
    a denial word before one calls it false ("false claims that …"); before
    another noun it describes a thing ("a false alarm")."""
    level_before: tuple[str, ...] = ()
    """Words before a figure that make it the level reached (rose to 5%, 降至6%)."""
    start_before: tuple[str, ...] = ()
    """Words before a figure that make it the level started from (from 9%, 从9%)."""
    start_opens: tuple[str, ...] = ()
    """Words opening a phrase whose figure is the level started from, with
    words between ("从A轮的12亿美元升至25亿美元", "从2023年的1114.4万"): the
    figure after one in the same clause, no level word between."""
    change_before: tuple[str, ...] = ()
    """Words before a figure that make it the size of a change (rose by 5%)."""
    role_modifiers: tuple[str, ...] = ()
    """Words that make the title after them another one (Vice President,
    former chief executive, 副总裁): a passage saying one before a claim's
    word the claim says bare does not state the claim."""
    partitives: tuple[str, ...] = ()
    """Words that make a superlative one of several ("one of the largest",
    最大的城市之一): the passage does not say the claim's "the largest"."""
    naming_modals: tuple[str, ...] = ()
    """Plan words that, right before a measure, name the figure as its source
    reports it (预期营收: the revenue expected) rather than put it off: the
    lexicon judge keeps such a figure as the measure's."""
    list_closers: tuple[str, ...] = ()
    """Words that close a list (等, 等等): what follows them is every item's
    ("金山WPS、万兴视频工具等成熟平台": both are mature platforms)."""
    absence: tuple[str, ...] = ()
    """Words that say something is not there (尚无, 并无; no, lack of)."""
    evidence: tuple[str, ...] = ()
    """Words for what would show a claim true (研究, 证据; evidence, studies):
    after an absence word in its clause, the pair denies what follows
    ("尚无明确的研究证明……", "no scientific evidence that …")."""
    reported_things: tuple[str, ...] = ()
    """Nouns for what someone reported (reports, suggestions; 报道, 传闻):
    after a dispute word in reach, the pair denies what follows ("denied
    reports that …", "dismissed suggestions that …", "否认了网传……")."""
    conditions: tuple[str, ...] = ()
    """Words that put a claim under a condition (if, unless, 如果): the plain
    statement of the opposite does not refute it."""
    not_conditions: tuple[str, ...] = ()
    """Words that hold a condition word but put nothing under a condition
    (若干 "some", of 若)."""
    topic_before: tuple[str, ...] = ()
    """Words after which a denial word is a thing talked of, not a verdict
    ("spread misinformation", "from Greek myth")."""
    rate_words: tuple[str, ...] = ()
    """Words before what a figure is per ("per teacher", 每名教师): a
    passage must hold what follows them."""
    gap_words: tuple[str, ...] = ()
    """Words beside a duration that make it the time between two events (早了
    一年多, 相隔两年, "two years earlier than"): not how long something lasted."""
    per_period: tuple[str, ...] = ()
    """Words that make a figure next to them a rate over time ("three rounds
    a year", 每年3轮, 年均): a rate and a total ("17 rounds") are no figures
    of one quantity."""
    referring_openers: tuple[str, ...] = ()
    """Words that, opening a sentence, stand for a subject named before it
    (It, She, 该, 他): its subject may be borrowed from the sentence before."""
    passive_markers: tuple[str, ...] = ()
    """Words that put the verb after them in the passive voice (was, been;
    被): the party before it is acted on."""
    possibilities: tuple[str, ...] = ()
    """Words saying only that something may happen (could, might; 可能, 或将):
    before the claim's words they keep a passage from stating it, unless the
    claim says it may happen too ("could double" is no "will double")."""
    greater_than: tuple[str, ...] = ()
    """Words between two figures saying the first is the larger ("was higher
    than", 高于): a claim whose own figures say otherwise is false wherever
    the sources give both."""
    less_than: tuple[str, ...] = ()
    """Words between two figures saying the first is the smaller ("was lower
    than", 低于): see ``greater_than``."""
    grade_before: tuple[str, ...] = ()
    """Words after which a capital letter standing alone is a grade ("cut
    from BB to B"): a passage must hold it to state the claim."""
    separable_particles: tuple[str, ...] = ()
    """Particles of English phrasal verbs that may stand after the verb's
    object ("put RMB 380 billion into", "turned the offer down"): the verb
    is translated with its particle too (put into: 投入)."""
    bound_verbs: tuple[str, ...] = ()
    """Verbs of the units file's hedges that bound a figure right after them
    ("topped 1 million", "破10亿"): elsewhere they are the claim's own verb
    ("topped the league"), which a passage must hold."""
    phrase_value_words: tuple[str, ...] = ()
    """Words of the units file's entries of several words that are a value's
    only where their entry stands whole ("close" of "close to 5%"), a word of
    the claim elsewhere ("will close its plant")."""
    other_prefixes: tuple[str, ...] = ()
    """Characters that, opening a Chinese word right before a word, make a
    word of another thing (非税收入 is revenue other than tax; 进出口 is imports
    and exports, not exports): the word after them is not stated there. Not
    where the character ends a word of its own (并非, 远非 negate the word)."""
    closed_comparison_marks: tuple[str, ...] = ()
    """Marks opening what a comparison closed by a comparative adjective
    compares (较, than): see ``greater_adjectives``."""
    greater_adjectives: tuple[str, ...] = ()
    """Adjectives closing a comparison after a comparison mark that say the
    first thing is the larger ("大型单位的跌幅较小型单位为大": 大)."""
    less_adjectives: tuple[str, ...] = ()
    """Adjectives closing a comparison that say the first thing is the
    smaller (小, 低): see ``greater_adjectives``."""
    not_comparison_marks: tuple[str, ...] = ()
    """Words holding a comparison mark that compare nothing (对比, 同比, 比例):
    a passage writing one orders nothing by it."""
    previous_year: tuple[str, ...] = ()
    """Words naming the year before the one a claim gives, as the other side
    of an ordering (高于上年, "than a year earlier")."""
    denial_verbs: tuple[str, ...] = ()
    """Verbs of denying whose object is a statement (否认, denied): what they
    deny is called false, as a denial word would ("欣腾发言人否认公司将关闭
    旧厂", "denied on 13 March that it would close the centre"); see
    ``_direct_denials``."""
    year_on_year: tuple[str, ...] = ()
    """Words saying a change is measured from the same period a year before
    (同比, "year on year"): with ``previous_year``, the base of a change the
    judge works back from ("……115元,较上年提高5元" gives the year before's
    110元)."""
    period_on_period: tuple[str, ...] = ()
    """Words saying a change is measured from the period just before (环比,
    月增, "month on month", "from the previous quarter"): no change from a
    year before, which ``year_on_year`` and ``previous_year`` words say."""
    yearly_directions: tuple[str, ...] = ()
    """Words of direction that measure a change from a year before (年增,
    年减: "up on the year"), which ``year_on_year`` leaves out as they say
    a direction too."""
    postposed_relations: tuple[str, ...] = ()
    """Words after two names that order them (阿里云排名在智谱之后): the name
    nearer the word is the one the other follows or comes before."""
    converses: tuple[str, ...] = ()
    """Names of ``opposites`` pairs whose sides say the same with the parties
    swapped (trade: "A sold B a stake" is "B bought a stake from A"): the
    other side is the opposite only where the same party does it."""
    noun_relatives: tuple[str, ...] = ()
    """Words opening a clause that describes the noun right before them,
    "that" among them ("overturned a ruling that had ordered …"): what the
    clause says is of that noun."""
    agent_marks: tuple[str, ...] = ()
    """Words that, after a verb or an action noun, name who does it (by: "the
    takeover of Fairgate by Solano"): the party after them is the doer."""
    whole_period: tuple[str, ...] = ()
    """Words that say only that a figure is a whole year's (full-year, annual,
    全年): a claim dated to a year says so already, and the value comparison
    holds a flow to its whole period (``compare.for_period``)."""
    list_joiners: tuple[str, ...] = ()
    """Words that join the last item of a list to the others (和, 及; and)."""
    name_separators: tuple[str, ...] = ()
    """Marks between the names of a list (、): a figure after "阿里巴巴、腾讯……累计投入"
    is the listed parties' together, not one's."""
    single_slot: tuple[str, ...] = ()
    """Words of a relation that holds one place or organisation (founded,
    graduated, 成立, 领投): another one named there contradicts."""
    speech_verbs: tuple[str, ...] = ()
    """Verbs with which a speaker opens what they say (表示, said): a clause
    ending in one introduces the speaker, it is no statement to deny."""
    speaking_bodies: tuple[str, ...] = ()
    """Words for the part of an organisation that speaks for it (管理层,
    发言人, management): the name before one, opening a speaker's clause,
    is the organisation whose figures are said ("恒乐管理层表示,网上销售……")."""
    confirmed_reports: tuple[str, ...] = ()
    """Words saying what a passage reports is right (无误, "was correct"):
    it states it, as its own."""
    whole_modifiers: tuple[str, ...] = ()
    """Words before a measure's noun that say it is the whole's (overall,
    national, 全国): no part of it, whatever a passage writes bare."""
    announcing_verbs: tuple[str, ...] = ()
    """Verbs making something known (said, announced, 宣布, 公布): the day of
    one ("said on April 22, 2025 that", "2025年4月22日宣布") is when what it
    makes known was written, so a part of a year it names without a year
    ("in the first quarter") is of that day's year when it ended before it."""
    speech_participles: tuple[str, ...] = ()
    """Participles of saying ("issued a statement saying"): what comes before
    one is the speaker's act, not what they say."""
    span_openers: tuple[str, ...] = ()
    """Words before a date that make it where a span starts ("since 2007",
    自2007年): "the largest since 2007" does not date anything 2007."""
    span_closers: tuple[str, ...] = ()
    """Words after a date that do the same (2007年以来)."""
    base_markers: tuple[str, ...] = ()
    """Words bringing in what a figure is measured against (较2024年下半年激增
    363%, "up from 5.1 percent at the end of March"): a period after one is
    the base's, not the figure's."""
    denial_copulas: tuple[str, ...] = ()
    """Copulas a denial word may open with, any one for another (系拼接,
    是拼接, 为拼接, 属拼接): a denial written with one is written with each."""
    event_date_links: tuple[str, ...] = ()
    """Words between the word of an event that happens once and its date
    ("founded in 1988", 成立于2015年): the date is that event's."""
    change_nouns: tuple[str, ...] = ()
    """Words naming a change or its rate (增幅, 同比, growth): a claim holding
    one, or a word of direction, may give its figure as a change; one
    holding neither gives a level, which a change the passage states
    ("人均月增加约89元") is not."""
    cause_markers: tuple[str, ...] = ()
    """Words after a figure that bring in what drove it ("a 4.8 percent
    increase … driven largely by rising pension contributions", 得益于): what
    they name is the cause, not what the figure measures."""
    relative_after: tuple[str, ...] = ()
    """Comparatives right after a figure that make it relative to another
    quantity ("45 percent higher during the smoke episode"): no share of a
    whole ("accounted for 45 percent of the visits")."""
    part_of: tuple[str, ...] = ()
    """Words between a part and the whole it is of ("23 of the 40 cables",
    "3 out of 10"): the figure after them is the whole."""
    part_words: tuple[str, ...] = ()
    """Words that name a part in words ("a third of the site's 1,150
    workers", "most of the"): before ``part_of`` they make a whole too."""
    part_openers: tuple[str, ...] = ()
    """Words opening a part of the whole said before (其中, "of which"): the
    figure after them counts only those of the whole its clause says."""
    personal_pronouns: tuple[str, ...] = ()
    """Words standing for a person named before (他, she): an item after a
    semicolon that says one goes on speaking of that person."""
    disjunctions: tuple[str, ...] = ()
    """Words joining alternatives ("good or excellent", 优或良): a passage
    holding either holds the claim's word."""
    light_verbs: tuple[str, ...] = ()
    """Verbs that only bring in a figure ("posted revenue of $8.6 billion",
    实现营收86.4亿元): a claim with a figure need not find them said."""
    share_verbs: tuple[str, ...] = ()
    """Verbs saying a figure is a share of a whole ("made up 19% of
    registrations", "took 18.7%"): in a claim with a share, any of them
    says another."""
    figure_particles: tuple[str, ...] = ()
    """Words standing alone that only tie a figure into its sentence (由 and
    至 of "由17.0:1降至16.2:1", 则 of "去年则为491分"): no words of a claim
    with a figure."""
    credentials: tuple[str, ...] = ()
    """Words of an academic degree (doctorate, 博士, undergraduate)."""
    credential_verbs: tuple[str, ...] = ()
    """Verbs that only say a degree was had (earned, received, 获得): before
    a word of ``credentials`` in a claim they weigh nothing."""
    share_nouns: tuple[str, ...] = ()
    """Nouns saying a figure is a share (占比, proportion): a percentage of
    the claim's is a share where the passage gives it without one, and the
    word beside another figure of the passage makes that no rival fact."""
    attribution_markers: tuple[str, ...] = ()
    """Words opening a claim's speaker before what they said ("according to",
    据): no words of the speaker's name the source must hold."""
    role_verbs: tuple[str, ...] = ()
    """Verbs that only say someone holds or held a role (担任, "served as"):
    a passage naming the person with the role's title ("前商汤科技副总裁闫俊
    杰") says it without them."""
    contrast_conjunctions: tuple[str, ...] = ()
    """Conjunctions that open a clause saying something else of the same
    subject (but, whereas; 但, 却): "found him guilty of fraud but acquitted
    him of money laundering" says guilty of fraud only."""
    comparison_marks: tuple[str, ...] = ()
    """Words between the two things a comparison compares (than; 比): a
    passage comparing the claim's two the other way round does not state it."""
    distributives: tuple[str, ...] = ()
    """Words that give a figure to each of the names before it (each, 各):
    "Acme and Beta each raised $5 million" says Acme raised it."""
    remainders: tuple[str, ...] = ()
    """Words opening a clause about what is left of a whole (the rest, 其余):
    in "……收入占比约为65%，其余来自数据中心业务" 65% is not the data centres'."""
    corrections: tuple[str, ...] = ()
    """Words after a negation that say what is true instead (而是, but rather):
    "视频中的鱼并非食人鱼，而是淡水白鲳" negates 食人鱼, not 淡水白鲳."""
    report_origins: tuple[str, ...] = ()
    """Words after a report word that say where the report came from (源于,
    started after): what follows them is not what the report says."""
    restating_verbs: tuple[str, ...] = ()
    """Verbs that give a new figure of the measure the clause before names
    (增至, rose to): "2023年交付新车5.2万辆，2024年增至9.8万辆" gives 9.8万辆 to
    deliveries, not to a fact of its own."""
    superlative_words: tuple[str, ...] = ()
    """Words before an adjective that make it a superlative (最: 最大 for
    "largest", whose base form "large" a dictionary glosses 大)."""
    prohibitions: tuple[str, ...] = ()
    """Words that forbid what follows them (禁止, banned from): "禁止电动自行车
    行驶" says what "电动自行车不得行驶" says, with no negation word."""
    figure_openers: tuple[str, ...] = ()
    """Words opening a clause that gives only a figure, of what the clause
    before it says (为, at): in "最大降雨出现在梅岭镇，为263毫米" 263毫米 is the
    largest fall's, not the average's of the clause before that."""
    appeals: tuple[str, ...] = ()
    """Words by which a source urges others to act (呼吁, urged): what it
    urges ("呼吁市民……确认已接种疫苗") is neither done nor its opposite."""
    level_aliases: tuple[str, ...] = ()
    """Pairs of kind characters (written together, 州市) that end names of
    places of one level: a city's name ends in 州 as often as in 市 (杭州),
    so 澄州 is the city "全市" points at, not a prefecture."""
    place_prepositions: tuple[str, ...] = ()
    """Words right before a capitalised name that make it a place ("headquartered
    in Ashcombe"): English has no tagger that tells places, and a relation
    holding one place (``single_slot``) is refuted by another place there."""
    body_prepositions: tuple[str, ...] = ()
    """Words right before a capitalised name that make it an organisation
    ("studied at Kessler University", "joined from Arden Capital")."""
    place_pointers: tuple[str, ...] = ()
    """Words that point at the place a document is about by the kind of place
    it is (全省, 本市, 我县): the one its opening sentence names when that
    name ends with the same word of a kind (青岚省)."""
    relative_markers: tuple[str, ...] = ()
    """Particles that end a phrase modifying the noun after them (的): in
    "包括2021年上市的玄武晶核" 2021 dates 玄武晶核's listing, not the
    sentence's subject's."""
    relative_pronouns: tuple[str, ...] = ()
    """Words opening a clause about the noun right before them (", where",
    ", which"): what the clause says is that noun's."""
    earlier_states: tuple[str, ...] = ()
    """Words setting a clause at an earlier state of things (最初, originally):
    "最初的目标并非港交所" denies nothing of where the company listed."""
    former_states: tuple[str, ...] = ()
    """Words saying that something was so once and is no longer ("was once
    the second-largest town but was overtaken", 曾是): what the clause after
    them says is not said of now."""
    concessives: tuple[str, ...] = ()
    """Conjunctions opening a clause that sets another fact against the one
    before, usually of another subject (", although", ", whereas"; ",而"):
    a claim said only across the two is said by neither (see
    ``contrast_conjunctions`` for those that may go on with the subject, "but")."""
    study_models: tuple[str, ...] = ()
    """Words of a study on animals or cells (小鼠, "in mice", "in vitro"): what
    a passage says of them it does not say of people."""
    nation_pointers: tuple[str, ...] = ()
    """Words for the whole country (全国, nationwide): a figure a sentence
    gives after a province's name is not the country's, nor the reverse."""
    place_referrers: tuple[str, ...] = ()
    """Words pointing back at the place named last (该省, 该市): a province's
    or a city's, not the country's."""
    chances: tuple[str, ...] = ()
    """Words giving how likely something is ("put the chance of an El Niño
    developing by December at 62 percent", 发生的概率): a passage giving a
    chance of the claim's event does not say that it happens."""
    rather_than: tuple[str, ...] = ()
    """Words after a figure bringing in the one it replaces ("12 months, not
    36 as reported", 满12个月,而非网传的满36个月): that one is not so."""
    non_answers: tuple[str, ...] = ()
    """Words with which someone answers neither yes nor no ("declined to
    comment on", "neither confirmed nor denied", 不予置评): no denial, though
    they hold a negation or a denying verb."""
    figure_links: tuple[str, ...] = ()
    """Words joining a noun to the figure right after it, its value ("a
    turnout of 64%", "turnout was 64%", 投票率为64%): the noun is that
    figure's, not another's of the sentence."""
    unnamed_sources: tuple[str, ...] = ()
    """Words opening an unnamed source before a verb of saying (有 of
    "有汽车博主称", "有业内人士透露"): what follows is reported, as after a
    ``report`` word."""
    unnamed_source_verbs: tuple[str, ...] = ()
    """Verbs of saying after an unnamed source only, besides ``speech_verbs``
    (指 of "有市场人士指"): alone they are pieces of other words (指数)."""
    earlier_offsets: tuple[str, ...] = ()
    """Words beside a span that put a time that long before an event ("a
    month before ChatGPT was released", 发布前一个月, 一个月之前)."""
    later_offsets: tuple[str, ...] = ()
    """Words beside a span that put a time that long after an event ("a
    month after", "two years later", 发布后一个月, 一个月后): a claim saying
    one of these is not stated by a passage saying the other."""
    joint_words: tuple[str, ...] = ()
    """Words giving a figure to several things at once ("Together they have
    214 pupils", 三校合计): after a sentence listing the claim's name with
    others, the figure is theirs, no figure of the claim's name alone."""
    group_restrictors: tuple[str, ...] = ()
    """Words after a noun that narrow the group a figure is of ("Among
    children with two short-sighted parents, 58% were myopic"): the figure
    is the narrowed group's, not the whole's nor another narrowing's."""
    done_words: tuple[str, ...] = ()
    """Words saying something has already happened (已, 已经, already): a
    claim with one is not stated by a passage saying it will (``future_words``)."""
    future_words: tuple[str, ...] = ()
    future_auxiliaries: tuple[str, ...] = ()
    """Words that make the verb right after them one of a time to come (年内将
    推出……车型), unlike a preposition before its object (将其出售): like
    ``future_words``, they keep a passage from stating that what a claim
    says is done (``done_words``) has happened (``align.future_verb``)."""
    """Words saying something will happen at a time to come (将于, 即将):
    not plan words (a claim writes a scheduled event without 将), they keep
    a passage from stating that it has happened (``done_words``)."""
    within_words: tuple[str, ...] = ()
    """Words making a span one something happened within (四个月内, "within
    four months"): it puts no time before or after an event, whatever word
    stands beside it (上线后四个月内)."""
    demands: tuple[str, ...] = ()
    """Verbs that urge, as ``appeals`` do, only before a party and what it is
    to do (要求公司推出月票优惠; not 符合要求, 按照要求,): what is demanded is
    not done, nor planned by the party. (No support, unlike an appeal no
    refutation either: "要求民众戴口罩,并非……" still denies what follows.)"""
    correction_words: tuple[str, ...] = ()
    """Words with which a source corrects a figure it or another report gave
    and gives the true one (更正, 误植, 有误; "correction", misstated): such a
    passage outweighs one that states the figure it corrects."""
    misstatements: tuple[str, ...] = ()
    """Correction words right before the figure that was wrong, not the true
    one (误植为, 误写为, "misstated it as"): "完工时间误植为2024年。……正确应为
    2027年" gives 2027, and 2024 as the figure it corrects."""
    corrected_to: tuple[str, ...] = ()
    """Words of a correction between the figure that was wrong and the one
    that is right (应为, "should read"): "“……完成投资97.6亿元”应为“……79.6亿元”"
    gives 79.6亿元, and 97.6亿元 as the figure it corrects."""
    multipliers: tuple[str, ...] = ()
    """Words giving a change as a multiple (doubled, tripled, 翻倍, 减半): a
    claim saying one says more than the level it reaches, and a passage
    giving the level alone ("最新估值为140亿美元") does not support "more than
    doubled … to $14 billion"."""
    time_fillers: tuple[str, ...] = ()
    """Words of time that may stand inside a negation ending in "to" ("declined
    last month to approve", "refused on Monday to"): it negates what follows
    as "declined to" does."""
    purpose_openers: tuple[str, ...] = ()
    """Words opening a clause that says what the clause before is for (使, 以便:
    "公司计划2026年增聘研发人员约300人，使研发团队总数达到2,100人"): a plan
    there governs it too."""
    revised_to: tuple[str, ...] = ()
    """Those of ``corrected_to`` that make a correction of their own, with no
    other correction word ("由原公布的4810万人次修订为4630万人次", "was restated
    to"), unlike a bare 改为 ("建议将外语科目改为……"), which may propose."""
    year_bases: tuple[str, ...] = ()
    """Words of a comparison's base a year before (年 of 较上年, 同期): a
    change on another base (较平日) is no change year on year (同比)."""
    sums: tuple[str, ...] = ()
    """Words giving a figure as a sum of several (合计, combined): a claim's
    sum over two periods is no single period's figure."""
    pair_pointers: tuple[str, ...] = ()
    """Words opening a phrase that points back at the parties a sentence
    listed before (两家公司, 两港, "both companies", "the two"): a ``sums``
    word after one gives their sum."""
    place_bodies: tuple[str, ...] = ()
    """Words ending the names of bodies that speak for the place their names
    open with (青岭县人民政府, 西云省道路交通安全委员会): a place named only so is
    still the place, unlike one opening a firm's or a cooperative's name."""
    total_words: tuple[str, ...] = ()
    """Words saying that a figure is a total (合计, 总数, "in total"): a
    claim's is said by any of them in a passage."""
    total_infixes: tuple[str, ...] = ()
    """Characters that make a measure its total from inside its word (粮食总
    产量, 零售总额): the word with one is the claim's word without it."""
    unnamed_parts: tuple[str, ...] = ()
    """Words giving a figure as a part's of a year without naming which
    ("for the quarter", 该季度, 单季): no rival to a whole year's figure."""
    earlier_reports: tuple[str, ...] = ()
    """Words naming an earlier report as what a verdict is on (首次通报数据
    有误, "the initial figure was wrong"): a clause of such a verdict after a
    correction's figure calls the earlier one wrong, not that figure."""
    averages: tuple[str, ...] = ()
    """Words giving a figure as an average (平均, 场均, "on average"): a
    sentence holding one may give the rate per thing a claim gives ("6,420
    per home game"), which a total (134,820 across 21 games) does not."""
    pending: tuple[str, ...] = ()
    """Words saying what is still needed, so has not happened ("still needs
    approval from the regulator", 仍需中国证监会批准): a clause holding one
    and the claim's words (its figure, where it has one) does not state the
    claim, unless the claim says it too."""
    exclusions: tuple[str, ...] = ()
    """Words making a phrase everything but what it names (主城六区以外区域,
    除主城六区, "areas other than the six central districts"): Chinese
    writes 以外 and 之外 after the thing, 除 before it; English writes them
    before it. A passage naming a claim's word only so does not say it of
    it."""
    before_events: tuple[str, ...] = ()
    """Words dating a time before an event (上市前两周, "ahead of its
    listing"): Chinese writes them after the event's word, English before
    it. A passage saying the event only so does not say it had happened
    then, so it refutes no claim that it had not ("当时商汤尚未上市")."""
    figure_directions: tuple[str, ...] = ()
    """Words of a side of ``opposites`` that say a direction only right
    before a figure ("sales were up 8%", "down 3 points"): elsewhere ("set
    up", "up to 130 cm") they say none."""
    anonymous_sources: tuple[str, ...] = ()
    """Words citing an unnamed source ("according to sources close to",
    "people familiar with"): a sentence holding one reports what it says,
    before or after them, and states nothing."""
    direction_particle_verbs: tuple[str, ...] = ()
    """Verbs after which a ``figure_directions`` word is their particle, no
    direction ("made up 64% of revenue", "took up 40%")."""
    party_nouns: tuple[str, ...] = ()
    """Nouns for another party of an owner ("rival", "subsidiary", 竞争对手,
    子公司): a name written as their owner ("X's rival Y", X的竞争对手Y) is
    not the subject of what the clause says; the party is."""
    other_subjects: tuple[str, ...] = ()
    """Words that bring in a subject as another than the one before ("a
    different antibody, solanumab, developed by …", 另一款): what the
    sentence says is that subject's, not the previous sentence's."""
    spreads: tuple[str, ...] = ()
    """Words after a span of figures saying they vary among the members of a
    group ("五人分别被判处有期徒刑十一年至二年不等"): neither bound is any one
    member's figure."""
    message_pointers: tuple[str, ...] = ()
    """Words with which a sentence points back at a message quoted right
    before it (这样一条, 这条; this): "“……。”近期，这样一条消息在……被大量转发"
    reports the quotation, which is not the source's own statement."""
    verb_continuers: tuple[str, ...] = ()
    """Words opening a clause that goes on with the verb phrase before it,
    under its subject and its plan word (并, 并且): "计划……扩充至3,000辆，并进入
    中东市场" plans the entry too."""
    name_titles: tuple[str, ...] = ()
    """Titles written before a surname ("President Obama", "Dr Crane"): the
    surname after one is still the person's alone, not another's name."""
    aside_openers: tuple[str, ...] = ()
    """Words opening an aside between commas that a negation reaches over
    ("not, as is sometimes claimed, by envoys of the Emperor": as)."""
    quote_mentions: tuple[str, ...] = ()
    """Words right after a closing quotation mark that make the quotation a
    thing talked about ("“……去世”的消息在网上传播": 的): what it says is
    mentioned, not asserted."""
    determiners: tuple[str, ...] = ()
    """Words that may stand between ``part_of`` and the whole (the, its,
    these), as a possessive may ("of the bridge's 40")."""
    privatives: tuple[str, ...] = ()
    """Verbs of losing a thing ("lost power"): the passage's "without" before
    that thing ("left 214,000 customers without power") says the same, no
    opposite."""
    never_words: tuple[str, ...] = ()
    """Negations of every time ("never", 从未): before a comparison they make
    a superlative ("never higher than the 2025 peak": the peak is the
    highest)."""
    privation_words: tuple[str, ...] = ()
    """Negation words saying a thing is lacking ("without power"): see
    ``privatives``."""
    possessive_determiners: tuple[str, ...] = ()
    """Words right before a figure that make it what is owned ("two of its
    six stations", 其六个站点): presupposed by what is said of it, which a
    denial of that does not deny."""
    totals: tuple[str, ...] = ()
    """Words right before a figure that give it as a whole (has, employs, a
    total of, 共有): such a claim is stated by a whole, not by a part."""
    once_intransitive: tuple[str, ...] = ()
    """Verbs that date one event when nothing but a time or place follows
    them ("The bridge opened in 1932", "was signed on 4 March"), not with an
    object ("opened a store in 2010": stores open again and again)."""
    shares: tuple[str, ...] = ()
    """Words that make the measure before them a part of the one after
    ("营销支出占收入的285%": marketing spending's share of revenue)."""
    contrasts: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    """Pairs of word groups that say different things without one denying
    the other (year-on-year / quarter-on-quarter, a year / a month): a
    passage saying the other does not state the claim, nor contradict it."""
    opposites: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    """Pairs of word groups that say opposite things (grew / fell, ahead of /
    behind, free / paid), each with its name: the files of the two languages
    name a pair alike, so its groups are the union of both languages' words."""
    irregular_forms: tuple[tuple[str, str], ...] = ()
    """Irregular word forms and the word each is a form of (said: say; men: man)."""
    abbreviated_places: tuple[tuple[str, str], ...] = ()
    """One-character short names of places and the names they stand for (沪:
    上海, 粤: 广东), read where the segmenter tags the character an abbreviation."""
    spelling_endings: tuple[tuple[str, str], ...] = ()
    """Word endings of one spelling and the other spelling's (British our,
    ise, tre: American or, ize, ter), so "vapour" and "vapor" are one word."""

    def base_form(self, word: str) -> str:
        """The word WORD (lower case) is an irregular form of, else WORD in
        the other spelling when its ending has one (after two letters or
        more: "colour", not "hours"), else WORD."""
        irregular = _forms_table(self.irregular_forms).get(word)
        if irregular is not None:
            return irregular
        if self.spelling_endings:
            match = _endings_pattern(self.spelling_endings).fullmatch(word)
            if match:
                return match[1] + dict(self.spelling_endings)[match[2]]
        return word


@cache
def _forms_table(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(pairs)


@cache
def _endings_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    endings = sorted((ending for ending, _ in pairs), key=lambda e: (-len(e), e))
    return re.compile(rf"([a-z]{{2,}}?)({'|'.join(map(re.escape, endings))})")


@cache
def grammar(language: str) -> Grammar:
    """The bundled grammar of LANGUAGE ('zh' or 'en')."""
    name = f"{language}.yaml"
    path = f"checker/data/language/{name}"
    text = resources.files("checker.data").joinpath("language").joinpath(name).read_text(encoding="utf-8")
    # libyaml where installed: faster, same result for the bundled files (tested).
    doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    if not isinstance(doc, dict) or doc.get("language") != language:
        raise LexiconError(f"not a grammar file for {language!r}", file=path)
    lists = {}
    for key in LIST_KINDS:
        items = doc.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise LexiconError(f"{key} must be a list of words", file=path)
        lists[key] = tuple(i.lower() for i in items)
    forms = doc.get("irregular_forms", {})
    if not isinstance(forms, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in forms.items()):
        raise LexiconError("irregular_forms must map words to words", file=path)
    places = doc.get("abbreviated_places", {})
    if not isinstance(places, dict) or not all(
            isinstance(k, str) and len(k) == 1 and isinstance(v, str) and v
            for k, v in places.items()):
        raise LexiconError("abbreviated_places must map characters to names", file=path)
    endings = doc.get("spelling_endings", {})
    if not isinstance(endings, dict) or not all(
            isinstance(k, str) and k.isalpha() and isinstance(v, str) and v.isalpha()
            for k, v in endings.items()):
        raise LexiconError("spelling_endings must map word endings to word endings", file=path)
    opposites = doc.get("opposites", {})
    contrasts = doc.get("contrasts", {})
    if not isinstance(opposites, dict) or not isinstance(contrasts, dict) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(
                isinstance(group, list) and group and all(isinstance(w, str) and w for w in group)
                for group in pair)
            for pair in (*opposites.values(), *contrasts.values())):
        raise LexiconError("opposites and contrasts must name pairs of two lists of words",
                           file=path)
    chars = doc.get("function_characters", "")
    clitics = doc.get("clitic_characters", "")
    if not isinstance(chars, str) or not isinstance(clitics, str):
        raise LexiconError("function_characters and clitic_characters must be strings",
                           file=path)
    # Every list kind is a field of its name: sets where looked up by word.
    words = {kind: frozenset(lists[kind]) if kind in _SET_KINDS else lists[kind]
             for kind in LIST_KINDS}
    return Grammar(language=language, function_characters=frozenset(chars),
                   clitic_characters=frozenset(clitics),
                   opposites=_pairs(opposites), contrasts=_pairs(contrasts),
                   irregular_forms=tuple(sorted((k.lower(), v.lower()) for k, v in forms.items())),
                   abbreviated_places=tuple(sorted(places.items())),
                   spelling_endings=tuple(sorted((k.lower(), v.lower())
                                                 for k, v in endings.items())),
                   **words)


def _pairs(named: dict) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((str(name), tuple(w.lower() for w in one), tuple(w.lower() for w in other))
                 for name, (one, other) in sorted(named.items()))


@cache
def extended(language: str, user: tuple[tuple[str, tuple[str, ...]], ...]) -> Grammar:
    """The bundled grammar of LANGUAGE with a user's words added (USER: kind
    → words of both languages, as ``Lexicon.grammar_words`` holds them; Latin
    words extend English, the others Chinese, as ``find_cues`` reads them)."""
    base = grammar(language)
    changes: dict[str, object] = {}
    for kind, words in user:
        own = tuple(w for w in words if w.isascii() == (language == "en"))
        current = getattr(base, kind, None)
        if not own or current is None:
            continue
        if kind in CHARACTER_KINDS:
            changes[kind] = current | frozenset("".join(own))
        elif isinstance(current, frozenset):
            changes[kind] = current | frozenset(own)
        else:
            changes[kind] = current + tuple(w for w in own if w not in current)
    return replace(base, **changes) if changes else base


# --- questions about a text -----------------------------------------------------

# How far a negation (or a modal) word reaches to the word it bears on: "没有传染性",
# "尚无专门用于", "并非「印度", "is not happening", "did not ever say".
NEGATION_REACH_CJK = 3
NEGATION_REACH_WORDS = 2
_CJK = re.compile(r"[\u3400-\u9fff]+")


def within_reach(gap: str, cue: str = "") -> bool:
    """Whether a word after GAP is still under the CUE before it. A cue of one
    Chinese character governs its own item of a list, not the next one: the
    无 of "无问芯穹、硅基流动" (a name) negates nothing of 硅基流动."""
    if len(cue) == 1 and _LIST_MARK in gap and _CJK.fullmatch(cue):
        return False
    gap = _without_aside(gap)
    # Nor does any cue reach past the end of its clause ("Without subsidies,
    # the plant produced …").
    if not within_clause(gap):
        return False
    return len(_CJK.sub("", gap).split()) <= NEGATION_REACH_WORDS \
        and sum(len(r) for r in _CJK.findall(gap)) <= NEGATION_REACH_CJK


def _without_aside(gap: str) -> str:
    """GAP without an aside between commas that opens it ("not, as is
    sometimes claimed, by …" reaches "by"): ``aside_openers``."""
    found = _ASIDE.match(gap)
    if not found:
        return gap
    opener = found.group(1).split()[0].lower() if found.group(1).split() else ""
    words = {*grammar("en").aside_openers, *grammar("zh").aside_openers}
    if opener in words or any(found.group(1).startswith(w) for w in words if not w.isascii()):
        return found.group(2)
    return gap


# ", as is sometimes claimed, rest": a short aside, then what it stands before.
_ASIDE = re.compile(r"\s*[,\uff0c]\s*([^,;:.!?\uff0c\uff1b\uff1a\u3002\uff01\uff1f]{1,40})"
                    r"[,\uff0c](.*)\Z", re.DOTALL)


def within_clause(gap: str) -> bool:
    """Whether a word after GAP is in the clause of the word before it (a
    point or colon inside a number, 17.3 or 17.3:1, breaks no clause)."""
    if not any(mark in gap for mark in _CLAUSE_MARKS):
        return True
    return not any(mark in _DIGIT_MARK.sub("", gap) for mark in _CLAUSE_MARKS)


_DIGIT_MARK = re.compile(r"(?<=\d)[.,:](?=\d)")


def continues_clause(gap: str) -> bool:
    """Whether a word after GAP is in the clause of the word before it, or
    in clauses that go on with its verb phrase, each opened by a word of the
    grammar's ``verb_continuers`` after a comma ("……至3,000辆，并进入")."""
    pieces = re.split("[,\uff0c]", _DIGIT_COMMA.sub("", gap))
    words = tuple(w for language in ("zh", "en") for w in grammar(language).verb_continuers)
    return all(within_clause(p) for p in pieces) and bool(words) and all(
        p.lstrip().startswith(words) for p in pieces[1:])


_LIST_MARK = "\u3001"   # 、, the Chinese enumeration comma
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")   # 3,000: a thousands separator
_CLAUSE_MARKS = ",;:.!?\uff0c\uff1b\uff1a\u3002\uff01\uff1f"


@cache
def _cue_pattern(words: tuple[str, ...], latin: bool) -> re.Pattern[str]:
    """One regex for a word list, longest first. Latin words match on word
    boundaries (``not`` is not in ``note``; ``n't`` ends a word); Chinese
    words as substrings."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if latin:
        # (Lookarounds rather than \b: a word may end in a mark, "correction:";
        # around the whole alternation, which is as fast as \b.)
        words = [re.escape(w) for w in ordered if not w.startswith("n'")]
        parts = [re.escape(w) + r"\b" for w in ordered if w.startswith("n'")] \
            + ([rf"(?<!\w)(?:{'|'.join(words)})(?!\w)"] if words else [])
    else:
        parts = [re.escape(w) for w in ordered]
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


def _masked(text: str, words: tuple[str, ...], latin: bool, kept: tuple[str, ...] = ()) -> str:
    """TEXT with the words of WORDS blanked out (same length), except where a
    longer word of KEPT begins or ends with one: 不适合 is a negation, though
    不适 (discomfort) is not; so is 看不到, though 不到 (under) is not."""
    if not words:
        return text
    return _mask_pattern(words, latin, kept).sub(lambda m: " " * len(m.group()), text)


@cache
def _mask_pattern(words: tuple[str, ...], latin: bool, kept: tuple[str, ...]) -> re.Pattern[str]:
    if latin:
        return _cue_pattern(words, latin)
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        longer = sorted({k[len(word):] for k in kept if len(k) > len(word) and k.startswith(word)})
        heads = sorted({k[:-len(word)] for k in kept if len(k) > len(word) and k.endswith(word)})
        parts.append("".join(f"(?<!{re.escape(head)})" for head in heads) + re.escape(word)
                     + (f"(?!{'|'.join(map(re.escape, longer))})" if longer else ""))
    return re.compile("|".join(parts) or r"(?!x)x")


def find_cues(text: str, kind: str, extra: tuple[str, ...] = (),
              not_negation: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Spans of the KIND words ('negation', 'denial', 'report', 'dispute',
    'affirmation', 'modal') of both languages in TEXT (normalised), as
    (start, end, surface). EXTRA and NOT_NEGATION: a user's words of that kind
    and words that look like negations but are not (Latin ones match whole
    words, others as substrings)."""
    return list(_found_cues(text, kind, tuple(extra), tuple(not_negation)))


@lru_cache(maxsize=8192)
def _found_cues(text: str, kind: str, extra: tuple[str, ...],
                not_negation: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    # Remembered: a passage is read again for every claim it is a candidate
    # of (29,000 look-ups of 5,800 texts in a run of 1,000 claims).
    if kind == "demands":
        return tuple(_demands(text))   # (by their tags, not as words)
    found = [*_unproven(text), *_disputed_reports(text), *_direct_denials(text)] \
        if kind == "denial" \
        else _unnamed_sources(text) if kind == "report" \
        else _timed_refusals(text) if kind == "negation" else []
    for pattern, masks, words, latin in _cue_patterns(kind, extra, not_negation):
        masked = _masked(text, masks, latin, words) if masks else text
        for match in pattern.finditer(masked):
            # (A title word is one capitalised: "said Vice President Harris".)
            if latin and kind != "role_modifiers" \
                    and _names_something(text, match.start(), match.end()):
                continue
            # 非 of 非居民 makes another noun, as non- does: it negates nothing.
            # (Nor 非 opening a noun jieba cuts whole, 非税 of 非税收入, or
            # right before one, 非|内地旅客.)
            if not latin and kind in ("negation", "absence") \
                    and match.end() - match.start() == 1 and (
                        is_prefix(text, match.start())
                        or match.group() in grammar("zh").other_prefixes
                        and (noun_end_at(text, match.start()) > 0
                             or noun_end_at(text, match.end()) > 0)):
                continue
            # Nor does "no" of a compound, "a no-confidence motion".
            if latin and kind in ("negation", "absence") and text[match.end():match.end() + 1] == "-":
                continue
            # 网传 of 网传图卡上的标志 names the card that spread: no report.
            if not latin and kind == "report" and _names_an_item(text, match.end()):
                continue
            # 计划 of 计划书 (a business plan) or 计划经济 plans nothing. (Not
            # a cue of one character: jieba glues one to a name it does not
            # know, 智谱拟|募资.)
            if not latin and kind == "modal" and match.end() - match.start() > 1 \
                    and _inside_word(text, match.start(), match.end()):
                continue
            # A plan word closing its sentence plans nothing after it: 最快 of
            # "增速为行业最快" is "fastest", not "as early as".
            if not latin and kind == "modal" and _closes_sentence(text, match.end()):
                continue
            found.append((match.start(), match.end(), text[match.start():match.end()]))
    return tuple(sorted(found))


def _closes_sentence(text: str, end: int) -> bool:
    """Whether END of TEXT closes its sentence: a plan word before a comma
    frames the clause after it (专家预计,明年……)."""
    return end >= len(text) or text[end] in _SENTENCE_CLOSERS


_SENTENCE_CLOSERS = "\u3002\uff01\uff1f.!?\n"


def is_prefix(text: str, at: int) -> bool:
    """Whether the Chinese character at AT of TEXT is a prefix of the word
    after it, by jieba's part-of-speech tag ("h": 非 of 非居民, "non-
    resident"), not a word of its own."""
    word = _word_at(text, at)
    return word is not None and word[0] == at and word[1] == at + 1 and word[2] == PREFIX_TAG


def opens_word(text: str, at: int) -> bool:
    """Whether the Chinese character at AT of TEXT opens a word as jieba cuts
    its run (非 of 非税|收入), rather than ending or standing inside one (远非,
    并非)."""
    word = _word_at(text, at)
    return word is not None and word[0] == at


def prefix_opens_word(text: str, at: int) -> bool:
    """Whether the prefix character at AT of TEXT (非) makes a word with what
    follows: it opens a word as jieba cuts the run, or ends one jieba joined
    to a copula before it ("调整的是|非居民用水价格", which jieba cuts 是非|居民;
    not 并非, 远非, which negate)."""
    if opens_word(text, at):
        return True
    word = _word_at(text, at)
    return word is not None and word[1] == at + 1 and word[1] - word[0] == 2 \
        and text[word[0]] in grammar("zh").copulas


def noun_end_at(text: str, at: int) -> int:
    """Where the noun of two or more characters ends that starts at AT of
    TEXT as jieba cuts and tags its run, else -1: 无机 of 无机砷
    ("inorganic"), 西瓜 of "156批次西瓜"."""
    word = _word_at(text, at)
    if word is None or word[0] != at or word[1] <= at + 1 or not word[2].startswith(NOUN_TAG):
        return -1
    return word[1]


NOUN_TAG = "n"
"""The first letter of jieba's tags of nouns (n, nz, nr, ns)."""


def says_pronoun(text: str) -> bool:
    """Whether TEXT holds a personal pronoun of either grammar as a word of
    its own (他, not 他 of 其他; "he", not "the")."""
    for start, end, surface in find_cues(text, "personal_pronouns"):
        if surface.isascii() or not _inside_word(text, start, end):
            return True
    return False


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether the Chinese characters START:END of TEXT lie inside one longer
    word as jieba cuts their run (计划 of 计划书), not a word themselves (nor
    across words: 若|是因为 keeps 若是)."""
    word = _word_at(text, start)
    return word is not None and word[1] >= end and (word[0] < start or word[1] > end)


def _word_at(text: str, at: int) -> tuple[int, int, str] | None:
    """The word of TEXT's run of Chinese characters holding AT, as jieba
    cuts and tags the run: (start, end, tag)."""
    import rjieba

    start = at
    while start > 0 and _CJK_CHAR.match(text[start - 1]):
        start -= 1
    end = at
    while end < len(text) and _CJK_CHAR.match(text[end]):
        end += 1
    offset = start
    for word, tag in rjieba.tag(text[start:end]):
        if offset <= at < offset + len(word):
            return offset, offset + len(word), tag
        offset += len(word)
    return None


PREFIX_TAG = "h"
"""jieba's part-of-speech tag of a prefix (非 of 非居民, 超 of 超大型)."""
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def _unproven(text: str) -> list[tuple[int, int, str]]:
    """Denials made of an absence word and an evidence word after it in reach
    ("尚无明确的研究证明", "並無實證研究", "no scientific evidence"): what no
    evidence shows is denied, however the two are worded between."""
    return _cue_pairs(text, "absence", "evidence")


def _timed_refusals(text: str) -> list[tuple[int, int, str]]:
    """Negations ending in "to" with words of time inside ("declined last
    month to approve", "refused on Monday to sign": ``time_fillers``): they
    negate the verb after them as "declined to" does."""
    pattern = _timed_refusal_pattern()
    if pattern is None or " to " not in text:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@cache
def _timed_refusal_pattern() -> re.Pattern[str] | None:
    """The English negations of two words ending in "to" (``negation``:
    "declined to", "failed to"), with one to three ``time_fillers`` words
    between, and a word after the "to"."""
    rules = grammar("en")
    heads = [w[:-3] for w in rules.negation if w.endswith(" to") and " " not in w[:-3]]
    if not heads or not rules.time_fillers:
        return None
    fillers = "|".join(re.escape(w) for w in sorted(rules.time_fillers, key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})"
                      rf"(?:\s+(?:{fillers})\b){{1,3}}\s+to(?=\s+[a-z])", re.IGNORECASE)


def _disputed_reports(text: str) -> list[tuple[int, int, str]]:
    """Denials made of a dispute word and a word for what was reported after
    it in reach ("denied online reports that …", "否认了网传……"): the report
    is called false, as a denial word would."""
    return _cue_pairs(text, "dispute", "reported_things")


def _direct_denials(text: str) -> list[tuple[int, int, str]]:
    """The ``denial_verbs`` of TEXT that deny a statement: not negated (不否认,
    "did not deny") nor passive ("was denied bail"), and in English only
    before "that" or a verb in -ing ("denied on 13 March that it would …",
    "denies planning …"): what follows is called false."""
    found = []
    for start, end, surface in _found_cues(text, "denial_verbs", (), ()):
        before = text[max(0, start - _DENIER_REACH):start].rstrip().lower()
        if surface.isascii():
            if not _DENIED_STATEMENT.match(text, end) or before.endswith("n't") or _ends_with_word(
                    before, (*grammar("en").negation, *grammar("en").passive_markers), True):
                continue
        elif _ends_with_word(before, tuple(grammar("zh").negation), False):
            continue
        found.append((start, end, surface))
    return found


# How far before a verb of denying its negation may stand ("did not deny",
# 并未否认), and what an English one must deny: a "that" clause (after a date
# or a few words: "denied on 13 March 2026 that …") or a verb in -ing.
_DENIER_REACH = 12
_DENIED_STATEMENT = re.compile(r"(?:[^,.;:]{0,40}?\sthat\b|\s+[a-z]+ing\b)", re.IGNORECASE)


def _unnamed_sources(text: str) -> list[tuple[int, int, str]]:
    """Reports by a source left unnamed: a word of ``unnamed_sources`` (有),
    nouns only, and a verb of saying ("有汽车博主称", "有业内人士透露"; not
    "有关部门表示", whose 有关 is "relevant"): what follows is said by
    someone, not stated by the text."""
    chinese = grammar("zh")
    if not chinese.unnamed_sources or not any(w in text for w in chinese.unnamed_sources):
        return []   # (most texts)
    import rjieba

    found = []
    for match in _unnamed_source_pattern(
            chinese.unnamed_sources, chinese.speech_verbs + chinese.unnamed_source_verbs).finditer(text):
        tagged = rjieba.tag(match.group(1) + match.group(2))
        if tagged[0] == (match.group(1), "v") and len(tagged) > 1 \
                and all(tag.startswith("n") for _, tag in tagged[1:]):
            found.append((match.start(), match.end(), match.group()))
    return found


def _demands(text: str) -> list[tuple[int, int, str]]:
    """The ``demands`` words of TEXT that jieba tags as verbs before a noun
    or a pronoun (or a verbal noun: 管理|公司) and a verb within
    ``_DEMANDED_WORDS`` words ("网络要求政府于明年推出……"): a demand on a
    party, not a requirement met (符合要求)."""
    words = grammar("zh").demands
    if not words or not any(w in text for w in words):
        return []   # (most texts)
    import rjieba

    found = []
    at = 0
    tagged = rjieba.tag(text)
    for i, (word, tag) in enumerate(tagged):
        # (A comma may follow the verb: "组长彭立新要求，嵩原省应在……报送".)
        party = i + 2 if i + 2 < len(tagged) and tagged[i + 1][0] in _DEMAND_MARKS else i + 1
        if word in words and tag == "v" and party < len(tagged) \
                and (tagged[party][1][:1] in "nr" or tagged[party][1] == "vn") \
                and any(t == "v" for _, t in tagged[party + 1:party + 1 + _DEMANDED_WORDS]):
            found.append((at, at + len(word), word))
        at += len(word)
    return found


_DEMAND_MARKS = frozenset(",，:：")


_DEMANDED_WORDS = 6
"""Words after a demand's party within which the verb it demands stands."""


@cache
def _unnamed_source_pattern(openers: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    # (The source: one to six characters, the shortest before a verb.)
    return re.compile(f"({'|'.join(map(re.escape, openers))})"
                      f"([\u4e00-\u9fff]{{1,{_UNNAMED_SOURCE_CHARS}}}?)"
                      f"(?:{'|'.join(map(re.escape, sorted(verbs, key=len, reverse=True)))})")


_UNNAMED_SOURCE_CHARS = 6


def _cue_pairs(text: str, first: str, then: str) -> list[tuple[int, int, str]]:
    """Spans from a FIRST cue to a THEN cue after it within its reach."""
    after = _found_cues(text, then, (), ())
    if not after:
        return []   # (most texts)
    found = []
    for start, end, surface in _found_cues(text, first, (), ()):
        reached = next((last for at, last, _ in after
                        if at >= end and within_reach(text[end:at], surface)), None)
        if reached is not None:
            found.append((start, reached, text[start:reached]))
    return found


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'-]*|[0-9]+)[ ,]+$")
_NUMBER_AFTER = re.compile(r"[ ,]+[0-9]")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z']* [A-Z]")


def _names_something(text: str, start: int, end: int) -> bool:
    """Whether the Latin word at START..END is a name, not a grammar word: it
    is capitalised ("May", "Will") after a word in lower case ("reopened in
    May after repairs"), beside a number ("on 3 May 1921") or before two
    capitalised words, a title ("Never Let Me Go"). In a
    title-cased headline ("Sea Levels May Rise") the word before is
    capitalised too, and the word is read as usual."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()) or not word[-1:].isalpha():
        return False   # (a word with its mark, "Correction, 3 May:", names nothing)
    if _NUMBER_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if _CAPITAL_AFTER.match(text, end) and (before is None or before.group(1)[:1].islower()):
        return True   # a title: "Never Let Me Go was …" (not "Only Zorvex …")
    if before is not None and before.group(1)[:1].isupper() and _kind_follows(text, end):
        return True   # a word of an organisation's name: "the Western Marine Forecast Centre"
    return before is not None and (before.group(1)[:1].islower() or before.group(1).isdigit())


_CAPITALS_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,3}")


def _kind_follows(text: str, end: int) -> bool:
    """Whether the capitalised words right after END of TEXT run on to a
    word saying what kind of thing a name names (``name_kinds``: Centre,
    Institute)."""
    run = _CAPITALS_AFTER.match(text, end)
    return run is not None and bool(set(run.group().lower().split()) & set(grammar("en").name_kinds))


def _names_an_item(text: str, end: int) -> bool:
    """Whether a short Chinese noun and a ``report_item_markers`` word follow
    END of TEXT (图卡上的 after 网传)."""
    return _item_marker_re().match(text, end) is not None


@cache
def _item_marker_re() -> re.Pattern[str]:
    markers = "|".join(map(re.escape, grammar("zh").report_item_markers)) or r"(?!x)x"
    return re.compile(rf"[\u4e00-\u9fff]{{1,4}}?(?:{markers})")


def _with_copulas(words: tuple[str, ...], copulas: tuple[str, ...]) -> tuple[str, ...]:
    """The words of WORDS opening with one of COPULAS, with each other
    copula instead (系伪造: 是伪造, 为伪造, 属伪造)."""
    found = []
    for word in words:
        copula = next((c for c in copulas if word.startswith(c) and len(word) > len(c) + 1), "")
        if copula:
            found += [c + word[len(copula):] for c in copulas if c != copula]
    return tuple(w for w in dict.fromkeys(found) if w not in words)


@cache
def _cue_patterns(kind: str, extra: tuple[str, ...], not_negation: tuple[str, ...]
                  ) -> tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...], bool], ...]:
    """Per language with KIND words: their regex, the words to mask before
    matching, the words themselves, and whether the language is Latin (see
    ``find_cues``)."""
    patterns = []
    for language, latin in (("zh", False), ("en", True)):
        rules = grammar(language)
        words = getattr(rules, kind) + tuple(w for w in extra if w.isascii() == latin)
        if kind == "denial" and rules.denial_copulas:
            words += _with_copulas(words, rules.denial_copulas)
        if not words:
            continue
        masks: tuple[str, ...] = ()
        # 不断 and 未来 hold a negation character but negate nothing.
        if kind in ("negation", "absence"):
            masks = rules.not_negation + tuple(w for w in not_negation if w.isascii() == latin)
        elif kind == "conditions":
            masks = rules.not_conditions
        patterns.append((_cue_pattern(words, latin), masks, words, latin))
    return tuple(patterns)


# Remembered: a passage's figure is read for every claim it is compared with.
@lru_cache(maxsize=16384)
def change_part(text: str, start: int) -> str:
    """What the figure at START of TEXT (normalised) is of a change:
    'level' (rose to 5%, 降至6%), 'start' (from 9%, 从9%), 'change' (rose by
    5%, rose 5%, 增长5%: after a word of direction), or '' when the words
    before it do not say."""
    before = text[max(0, start - 24):start].rstrip().lower()
    directions = direction_words()
    for part, kind in (("level", "level_before"), ("start", "start_before"),
                       ("change", "change_before")):
        for language in ("zh", "en"):
            words = getattr(grammar(language), kind)
            if words and _ends_with_word(before, words, language == "en"):
                # A Chinese particle of change (了) after a direction only:
                # 增长了5%, not 抽取了9批次.
                if kind == "change_before" and language == "zh" and not _after_direction(
                        before[:-max(len(w) for w in words if before.endswith(w))], directions):
                    continue
                return part
    if (_ends_with_word(before, directions, True) or _ends_with_word(before, directions, False)) \
            and not _particle_before(before):
        return "change"
    if _opened_start(before) or _start_before_restating(text, start):
        return "start"
    dated = _date_before_possessive(text, start)
    # (The words before a date the figure is of say it: "从2023年的11.97万增长到
    # 2025年9月的177.16万" reached 177.16万.)
    return change_part(text, dated) if dated is not None else ""


def _date_before_possessive(text: str, start: int) -> int | None:
    """Where a date starts that a possessive joins to the figure at START of
    TEXT ("……增长到2025年9月的177.16万"), else None."""
    from checker.language.values import parse_values
    before = text[:start]
    mark = next((p for p in grammar("zh").possessive if p and before.endswith(p)), "")
    if not mark:
        return None
    head = before[:len(before) - len(mark)]
    offset = max(0, len(head) - 16)
    return next((offset + v.start for v in parse_values(head[offset:])
                 if v.kind == "date" and offset + v.end == len(head) and offset + v.start > 0),
                None)


def _start_before_restating(text: str, start: int) -> bool:
    """Whether a ``start_before`` word that opens no phrase alone (由) opens
    the one before the figure at START, a verb giving the new level
    (``restating_verbs``: 增至) following the figure in its clause: "由年初
    预算的48.6亿元调增至53.9亿元" (not "由阿里巴巴领投的6亿美元")."""
    rules = grammar("zh")
    before = text[max(0, start - 12):start]
    after = text[start:start + 24]
    for word in set(rules.start_before) - set(rules.start_opens):
        at = before.rfind(word)
        if at < 0:
            continue
        between = before[at + len(word):]
        cut = _CLAUSE_BREAK.search(after)
        rest = after[:cut.start()] if cut else after
        if between and not _CLAUSE_BREAK.search(between) \
                and any(w in rest for w in rules.restating_verbs):
            return True
    return False


def _particle_before(before: str) -> bool:
    """Whether BEFORE (lower case) ends with a ``figure_directions`` word
    that a verb it is the particle of goes before: "makes up (about 30%)"."""
    words = before.split()
    return len(words) >= 2 and words[-1] in _figure_direction_words() \
        and words[-2] in _particle_verbs()


@cache
def _figure_direction_words() -> frozenset[str]:
    """The grammar's ``figure_directions``, lower case."""
    return frozenset(w.lower() for language in ("zh", "en")
                     for w in grammar(language).figure_directions)


@cache
def _particle_verbs() -> frozenset[str]:
    """The grammar's ``direction_particle_verbs``, lower case."""
    return frozenset(w.lower() for language in ("zh", "en")
                     for w in grammar(language).direction_particle_verbs)


def direction_at(text: str) -> int:
    """Where TEXT (normalised) first writes a word of direction (增长, rose),
    or -1."""
    words = direction_words()
    found = [m.start() for latin in (False, True)
             if (group := tuple(w for w in words if w.isascii() == latin))
             and (m := _cue_pattern(group, latin).search(text))]
    return min(found, default=-1)


def offset_direction(text: str, start: int, end: int) -> str:
    """Which way the span at START:END of TEXT (normalised) puts a time from
    an event: 'earlier', 'later' (``earlier_offsets``, ``later_offsets``:
    the word right after it, or for Chinese right before it, 发布前一个月), or
    ''."""
    after = text[end:end + _OFFSET_REACH].lstrip().lower()
    before = text[max(0, start - _OFFSET_REACH):start].rstrip().lower()
    # A span after a figure or a base word dates a figure: "from 6,580 a
    # year earlier" says when the 6,580 was, no event's offset.
    if before[-1:].isdigit() or any(_ends_with_word(before, grammar(language).base_markers,
                                                    language == "en") for language in ("en", "zh")):
        return ""
    if any(after.startswith(w) for w in grammar("zh").within_words) \
            or _ends_with_word(before, grammar("en").within_words, True):
        return ""
    for direction, kind in (("earlier", "earlier_offsets"), ("later", "later_offsets")):
        for language in ("en", "zh"):
            for word in getattr(grammar(language), kind):
                if after.startswith(word) and (
                        language == "zh" or not after[len(word):len(word) + 1].isalnum()):
                    return direction
                if language == "zh" and before.endswith(word) \
                        and _verb_ends(before[:-len(word)]):
                    return direction
    return ""


def _verb_ends(text: str) -> bool:
    """Whether TEXT (Chinese) ends with an event, a clause with a verb
    (发布Atlas模型前两个月): 前 after it puts a time before the event; after a
    noun alone, a time word or 的 it opens a period (全省前8个月, 今年前8个月,
    公布的前三个月)."""
    clause = re.split(r"[,，。;；:：!?！？]", text)[-1]
    if not clause.strip():
        return False
    import rjieba

    tagged = rjieba.tag(clause)
    return tagged[-1][1] not in _PERIOD_OPENERS and any(t == "v" for _, t in tagged)


_PERIOD_OPENERS = frozenset({"t", "uj", "m", "ns", "f"})
"""jieba's tags of words after which 前 opens a period: a time, 的, a
number, a place, a word of position."""


_OFFSET_REACH = 12
"""Characters either side of a span read for its offset word."""


def opens_span(text: str, start: int, end: int) -> bool:
    """Whether the date at START:END of TEXT (normalised) is where a span
    starts (``span_openers`` before it, ``span_closers`` after it: "since
    2007", 自2007年以来), not a moment."""
    before, after = text[:start].rstrip().lower(), text[end:].lstrip()
    return any(_ends_with_word(before, grammar(lang).span_openers, lang == "en")
               for lang in ("zh", "en")) \
        or any(after.startswith(w) for w in grammar("zh").span_closers)


def names_change(text: str) -> bool:
    """Whether TEXT (normalised) names a change: a word of direction (增加,
    rose) or of ``change_nouns`` (增幅, growth). A claim naming none gives its
    figures as levels."""
    lowered = text.lower()
    return bool(find_cues(lowered, "change_nouns") or _word_in(lowered, direction_words()))


def relative_figure(text: str, end: int) -> bool:
    """Whether the figure ending at END of TEXT is followed by a comparative
    (``relative_after``: "45 percent higher"): relative to another quantity."""
    return _word_after_re("relative_after").match(text, end) is not None


def share_figure(text: str, end: int) -> bool:
    """Whether the figure ending at END of TEXT is followed by ``part_of``
    ("45 percent of asthma visits"): a share of a whole."""
    return _word_after_re("part_of").match(text, end) is not None


@cache
def _word_after_re(kind: str) -> re.Pattern[str]:
    """An English KIND word right after a figure, a space between."""
    words = "|".join(map(re.escape, getattr(grammar("en"), kind))) or r"(?!x)x"
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


# Remembered: a passage's figure is read for every claim it is compared with.
@lru_cache(maxsize=16384)
def figure_role(text: str, start: int, end: int) -> str:
    """What the figure at START:END of TEXT (normalised) is of a partitive:
    'whole' ("23 of the bridge's 40 cables": 40; "a third of the site's
    1,150 workers"), 'part' (23 there; "all 40"), 'subset' (after a part
    opener: 其中3起, "of which 3"), 'total' (given as a whole by a word
    before it: "has 40 cables", 共有), or '' when its words do not say."""
    before = text[max(0, start - 40):start].lower()
    after = text[end:end + 40].lower()
    english = grammar("en")
    if english.part_of and _whole_before().search(before):
        return "whole"
    if _part_after().match(after) or _ends_with_word(before.rstrip(), english.universal, True):
        return "part"   # "23 of the 40", "all 40"
    for language in ("zh", "en"):
        rules = grammar(language)
        latin = language == "en"
        clause = _CLAUSE_BREAK.split(before)[-1]
        if rules.part_openers and _ends_with_word(clause.rstrip(" ,，有"), rules.part_openers,
                                                  latin):
            return "subset"
        if rules.totals and _ends_with_word(before.rstrip(), rules.totals, latin):
            return "total"
    return ""


def part_said(text: str, source_text: str, start: int, end: int) -> bool:
    """Whether TEXT (a claim) says what the part at START:END of SOURCE_TEXT
    is, which its clause after the figure says ("其中3起造成轻微烫伤": 造成,
    烫伤): a word of two Chinese characters or a Latin content word of it."""
    clause = _CLAUSE_BREAK.split(source_text[end:].lower())[0]
    lowered = text.lower()
    # (Not the first pair: it holds the figure's classifier, 起造 of 3起造成.)
    pairs = [clause[i:i + 2] for i in range(1, len(clause) - 1)
             if _CJK_PAIR.fullmatch(clause[i:i + 2])]
    words = [w for w in re.findall(r"[a-z][a-z-]+", clause) if not is_stop_word(w)]
    return any(p in lowered for p in (*pairs, *words))


@cache
def _whole_before() -> re.Pattern[str]:
    """A part then ``part_of`` words then determiners, ending where the
    figure begins: "23 of the bridge's ", "a third of the site's "."""
    rules = grammar("en")
    parts = _alternatives(rules.part_words)
    return re.compile(rf"(?:[0-9][0-9,.]*%?|\b(?:{parts}))\s+(?:{_alternatives(rules.part_of)})"
                      rf"\s+(?:(?:{_alternatives(rules.determiners)}|[a-z-]+'s)\s+)*$")


@cache
def _part_after() -> re.Pattern[str]:
    """After a figure: ``part_of`` words, determiners and another figure
    ("23 of the bridge's 40 …"): the figure is the part."""
    rules = grammar("en")
    return re.compile(rf"\s*(?:[a-z-]+\s+)?(?:{_alternatives(rules.part_of)})\s+"
                      rf"(?:(?:{_alternatives(rules.determiners)}|[a-z-]+'s)\s+)*[0-9]")


def _alternatives(words: Sequence[str]) -> str:
    """WORDS as a regex alternation, longest first; one that matches
    nothing when there are none."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


_CJK_PAIR = re.compile(r"[\u3400-\u9fff]{2}")


def _after_direction(before: str, directions: tuple[str, ...]) -> bool:
    """Whether BEFORE ends with a Chinese word of direction, or with the
    character one ends with (涨 of 上涨: "每袋涨了8元")."""
    return _ends_with_word(before, directions, False) \
        or bool(before) and any(before[-1] == w[-1] for w in directions if not w.isascii())


def _opened_start(before: str) -> bool:
    """Whether BEFORE (the words before a figure) holds a word opening the
    phrase of where a change started, in the same clause and with no level
    word after it ("从A轮的" before 12亿美元; not "从12亿美元升至")."""
    rules = grammar("zh")
    for word in rules.start_opens:
        at = before.rfind(word)
        if at < 0:
            continue
        between = before[at + len(word):]
        # (Not where a verb follows it: "从该公司仓库……共抽取样品9批次" is
        # where samples were taken.)
        if not _CLAUSE_BREAK.search(between) and not any(w in between for w in rules.level_before) \
                and not _holds_verb(between):
            return True
    return False


def _holds_verb(text: str) -> bool:
    """Whether jieba tags a word of TEXT's Chinese runs a verb."""
    import rjieba

    return any(tag.startswith("v") for run in _CJK_RUN_RE.findall(text)
               for _, tag in rjieba.tag(run))


_CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]+")


_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：]")


@cache
def direction_words() -> tuple[str, ...]:
    """The words of both sides of the ``direction`` pair of ``opposites``."""
    return tuple(w for name, one, other in _opposite_pairs_named() if name == "direction"
                 for w in (*one, *other))


def ends_with_word(text: str, words: Sequence[str]) -> bool:
    """Whether TEXT (lower case) ends with one of WORDS, a Latin one as a
    whole word ("behind tarrow"'s "behind", not "unbehind")."""
    words = tuple(words)
    return _ends_with_word(text, words, True) or _ends_with_word(text, words, False)


def _ends_with_word(text: str, words: tuple[str, ...], latin: bool) -> bool:
    pattern = _ending_pattern(words, latin)
    return pattern is not None and pattern.search(text) is not None


@cache
def _ending_pattern(words: tuple[str, ...], latin: bool) -> re.Pattern[str] | None:
    """One pattern for the WORDS of one script (Latin or not) ending a text;
    None when there are none. Remembered: a percentage's words are read for
    every claim it is compared with."""
    ordered = sorted({w for w in words if w.isascii() == latin}, key=lambda w: (-len(w), w))
    if not ordered:
        return None
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![a-z])(?:{body})$" if latin else rf"(?:{body})$")


@cache
def _opposite_pairs_named() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple(pair for language in ("zh", "en") for pair in grammar(language).opposites)


def opposed(claim_text: str, passage_text: str, anchor: int = -1,
            kind: str = "opposites", claim_anchor: int = -1) -> tuple[str, str] | None:
    """A word of CLAIM_TEXT and the opposite word PASSAGE_TEXT says instead
    ("减少" / "增长", "behind" / "优于"), when the claim says only one side of
    a pair of opposites (``opposites`` in the grammar files) and the passage
    the other; else None. A passage saying both sides says the other when
    it stands nearer ANCHOR (where the claim's figure stands in it; -1:
    unknown): "从11.97万增长到177.16万,但……从8美元下滑至5美元". Both texts
    normalised. KIND 'contrasts' reads those pairs instead. A claim saying
    both sides says the one nearer CLAIM_ANCHOR (where its figure stands in
    it), when both anchors are given: "燃气占比升高使……成本减少约8%" says 减少
    of the 8%."""
    passage_text = _BOUND_WORD.sub(lambda m: " " * len(m.group()), passage_text)
    passage_text = _hyphens_restored(_directions_unfigured(passage_text))
    sides = _sides_said(claim_text, kind)
    if anchor >= 0 and claim_anchor >= 0:
        sides += _sides_said(claim_text, kind, claim_anchor)
    for said, own, theirs in sides:
        # (Nor is a word of the other side inside one of the claim's: 增长 of
        # 负增长.)
        holding = tuple(w for w in own if any(t in w for t in theirs))
        masked = _without_words(passage_text, holding) if holding else passage_text
        instead = _word_in(masked, theirs)
        if not instead:
            continue
        # (A word of one side inside one of the other's is not said:
        # "highest" of "second-highest".)
        rest = _without_words(passage_text, theirs)
        distance = min(_distance(rest, own, anchor),
                       _distance(passage_text, holding, anchor) if holding else 2 * len(rest))
        if not (_word_in(rest, own) or holding and _word_in(passage_text, holding)) \
                or anchor >= 0 and _distance(masked, theirs, anchor) < distance:
            return said, _word_nearest(masked, theirs, anchor) if anchor >= 0 else instead
    return None


def negation_as_side(claim_text: str, passage_text: str) -> bool:
    """Whether a negation word of CLAIM_TEXT is also, or is part of, one side
    of a pair of opposites ("short of", with below and trailed) that
    PASSAGE_TEXT says:
    "was still short of its record" is said by "remained below the record",
    which has no negation. Both texts normalised."""
    negations = {w for language in ("zh", "en") for w in grammar(language).negation}
    # (Or overlaps one: "fell short" of "fell short of".)
    cues = find_cues(claim_text, "negation")
    lowered = claim_text.lower()

    def negates(said: str) -> bool:
        at = lowered.find(said.lower())
        return said.lower() in negations or at >= 0 and any(
            start < at + len(said) and at < end for start, end, _ in cues)

    return any(negates(said) and _word_in(passage_text, own)
               for said, own, _ in _sides_said(claim_text))


@lru_cache(maxsize=1024)
def converse(one: str, other: str) -> bool:
    """Whether the words ONE and OTHER stand on the two sides of a pair of
    opposites the grammar files name as converses (``converses``)."""
    one, other = one.lower(), other.lower()
    names = {name for language in ("zh", "en") for name in grammar(language).converses}
    return any(name in names and (one in first and other in second or one in second and other in first)
               for language in ("zh", "en") for name, first, second in grammar(language).opposites)


def _without_words(text: str, words: tuple[str, ...]) -> str:
    """TEXT with WORDS blanked (same length), Latin ones as whole words."""
    for latin in (False, True):
        group = tuple(w for w in words if w.isascii() == latin)
        if group:
            text = _cue_pattern(group, latin).sub(lambda m: " " * len(m.group()), text)
    return text


@lru_cache(maxsize=4096)
def _sides_said(claim_text: str, kind: str = "opposites", anchor: int = -1,
                ) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """For each pair of opposites of which CLAIM_TEXT says one side only: the
    word it says, that side's words and the other side's. With ANCHOR, for
    each pair of which it says both sides instead, the side nearer ANCHOR
    (none where they stand as near). Read once per claim, not once per
    passage it is judged against."""
    # (A word right before a figure bounds it: "above 60%", 超过5万亿元 are no
    # side; 高于2025年同期 compares with a year.)
    claim_text = _hyphens_restored(_directions_unfigured(
        _BOUND_WORD.sub(lambda m: " " * len(m.group()), claim_text)))
    sides = []
    for one, other in _opposite_pairs(kind):
        for own, theirs in ((one, other), (other, one)):
            said = _word_in(_without_words(claim_text, theirs), own)
            both = bool(said) and bool(_word_in(_without_words(claim_text, own), theirs))
            if said and (not both if anchor < 0 else both and (
                    _distance(_without_words(claim_text, theirs), own, anchor)
                    < _distance(_without_words(claim_text, own), theirs, anchor))):
                sides.append((said, own, theirs))
    return tuple(sides)


@lru_cache(maxsize=1024)
def said_direction(text: str) -> int:
    """Which side of the ``direction`` opposites TEXT (a claim's,
    normalised) says: 1 up (增长, rose), -1 down (减少, fell), 0 neither or
    both. Remembered: asked again for each passage a claim is judged
    against."""
    up, down = _direction_sides()
    for said, _, _ in _sides_said(text):
        if said.lower() in up:
            return 1
        if said.lower() in down:
            return -1
    return 0


@cache
def _direction_sides() -> tuple[frozenset[str], frozenset[str]]:
    """The words of the up and the down side of the ``direction`` opposites."""
    pairs = [(one, other) for name, one, other in _opposite_pairs_named() if name == "direction"]
    return (frozenset(w for one, _ in pairs for w in one),
            frozenset(w for _, other in pairs for w in other))


def _hyphens_restored(text: str) -> str:
    """TEXT with the words of opposites written with a space for their hyphen
    ("fourth largest") hyphenated as the grammar lists them, same length:
    "the fourth largest" says "fourth-largest", not "largest"."""
    firsts, pattern = _spaced_hyphens()
    if pattern is None or not any(word in text for word in firsts):
        return text
    return pattern.sub(lambda m: m.group().replace(" ", "-"), text)


@cache
def _spaced_hyphens() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The first words (with their space) of the hyphenated words of
    opposites, and a pattern finding those words written with a space."""
    spaced = sorted({w.replace("-", " ") for kind in ("opposites", "contrasts")
                     for pair in _opposite_pairs(kind) for side in pair for w in side
                     if w.isascii() and "-" in w and " " not in w}, key=len, reverse=True)
    if not spaced:
        return frozenset(), None
    firsts = frozenset(w.split(" ", 1)[0] + " " for w in spaced)
    return firsts, re.compile(r"\b(?:" + "|".join(map(re.escape, spaced)) + r")\b")


def _directions_unfigured(text: str) -> str:
    """TEXT with the ``figure_directions`` words blanked that say no
    direction: no figure follows ("up" of "set up", "up to 130 cm") or a
    verb they are the particle of goes before ("made up 64%"). (Not inside
    a longer word of a pair: "voted down", "slowed down".)"""
    pattern = _directions_pattern()
    if pattern is None or pattern.search(text) is None:
        return text
    longer = _longer_sides_pattern()
    kept = [m.span() for m in longer.finditer(text)] if longer is not None else []
    # (Of a Chinese one, only its first character: 年减 of 较前年减少 leaves
    # 减少, the word it overlaps.)
    return pattern.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in kept)
                       or not no_direction(text, m.start(), m.end())
                       else " " * len(m.group()) if m.group().isascii()
                       else " " + m.group()[1:], text)


def no_direction(text: str, start: int, end: int) -> bool:
    """Whether the ``figure_directions`` word at START-END of TEXT says no
    direction: no figure follows it, or a verb it is the particle of
    (``direction_particle_verbs``) stands right before it."""
    if not _FIGURE_NEXT.match(text, end):
        return True
    before = text[:start].rstrip().lower()
    return bool(before) and before.rsplit(None, 1)[-1] in _particle_verbs()


_FIGURE_NEXT = re.compile(r" ?[$\u00a3\u20ac\u00a5]?\d")


@cache
def _longer_sides_pattern() -> re.Pattern[str] | None:
    """The words of pairs of opposites or contrasts of several words holding
    a ``figure_directions`` word ("voted down", "slowed down")."""
    bare = _figure_direction_words()
    longer = {w for kind in ("opposites", "contrasts") for one, other in _opposite_pairs(kind)
              for w in (*one, *other) if w.lower() not in bare
              and bare & set(w.lower().split())}
    return _cue_pattern(tuple(sorted(longer)), True) if longer else None


@cache
def _directions_pattern() -> re.Pattern[str] | None:
    words = sorted(_figure_direction_words(), key=lambda w: (-len(w), w))
    if not words:
        return None
    # (A Chinese one stands inside its run of characters: 营收月增3.4%.)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    chinese = "|".join(re.escape(w) for w in words if not w.isascii())
    parts = ([rf"(?<![\w-])(?:{latin})(?![\w-])"] if latin else []) + ([chinese] if chinese else [])
    return re.compile("(?i)" + "|".join(parts))


_BOUND_WORD = re.compile(r"(?i)\b(?:above|below|over|under)(?=\s*[$\u00a3\u20ac\u00a5]?\d)"
                         # ("more than" bounds a gap that says its own side: "more
                         # than 20% below average"; not "less than 12 months".)
                         r"|\b(?:more|less|fewer)\s+than(?=\s*\d[\d.,]*\s*(?:%|percent|per\s+cent"
                         r"|(?:percentage\s+)?points?)?\s+(?:below|above|under|over|lower|higher)\b)"
                         r"|(?:\u9ad8\u4e8e|\u4f4e\u4e8e|\u8d85\u8fc7)(?=\d)(?!\d{4}\u5e74)")


def _distance(text: str, words: tuple[str, ...], at: int) -> int:
    """How far from AT the nearest of WORDS stands in TEXT; one past a
    semicolon from AT is farther than any before it (the parts a semicolon
    separates are facts of their own: "……同比增长12.3%;毛利率为44.8%,同比
    下降2.1个百分点"); one past a comma farther than any in AT's clause
    ("41.5%表示满意,47.2%表示不满意": the 47.2% are the 不满意)."""
    spans = [m.span() for latin in (False, True)
             if (group := tuple(w for w in words if w.isascii() == latin))
             for m in _cue_pattern(group, latin).finditer(text)]
    return min((max(start - at, at - end, 0)
                + len(text) * bool(SEMICOLON.search(text, min(at, start), max(at, end)))
                + len(text) // 2 * bool(_COMMA.search(text, min(at, start), max(at, end)))
                for start, end in spans), default=2 * len(text))


_COMMA = re.compile("[,\uff0c]")


SEMICOLON = re.compile("[;\uff1b]")
"""A semicolon, Latin or full-width: the parts it separates are facts of their own."""


@cache
def _opposite_pairs(kind: str = "opposites") -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The pairs of KIND ('opposites', 'contrasts') of both languages, joined by name."""
    pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for language in ("zh", "en"):
        for name, one, other in getattr(grammar(language), kind):
            known = pairs.get(name, ((), ()))
            pairs[name] = (known[0] + one, known[1] + other)
    return tuple(pairs[name] for name in sorted(pairs))


def _word_in(text: str, words: tuple[str, ...]) -> str:
    """The first of WORDS standing in TEXT (Latin ones as whole words), or ''."""
    for latin in (False, True):
        group = tuple(w for w in words if w.isascii() == latin)
        if group:
            match = _cue_pattern(group, latin).search(text)
            if match:
                return match.group()
    return ""


def _word_nearest(text: str, words: tuple[str, ...], at: int) -> str:
    """The one of WORDS standing in TEXT nearest AT (as ``_distance``
    measures), or ''."""
    found = [m for latin in (False, True)
             if (group := tuple(w for w in words if w.isascii() == latin))
             for m in _cue_pattern(group, latin).finditer(text)]
    return min(found, key=lambda m: _distance(text, (m.group(),), at)).group() if found else ""


def is_stop_word(word: str) -> bool:
    return word.lower() in grammar("en").stop_words


@lru_cache(maxsize=16384)
def is_chinese_stop_word(word: str) -> bool:
    """Whether WORD is made wholly of Chinese grammar words and function
    characters ("因为", "是因为", "也就是说"): the segmenter's dictionary
    joins them into words no stop-word list can name one by one."""
    zh = grammar("zh")
    words, characters = zh.stop_words, zh.function_characters
    longest = max(map(len, words), default=1)
    # ends[i]: WORD[:i] splits into grammar words and function characters.
    ends = [True] + [False] * len(word)
    for i in range(len(word)):
        if not ends[i]:
            continue
        if word[i] in characters:
            ends[i + 1] = True
        for j in range(i + 1, min(len(word), i + longest) + 1):
            if word[i:j] in words:
                ends[j] = True
    return ends[-1]
