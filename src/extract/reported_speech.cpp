// Reported speech: the speech cues of a sentence, the reported clause after
// or before each ("X said the plan would fail", "the plan will fail, X said",
// "according to X"), and owned reports ("X's claim that ...").
#include <set>

#include "statement_finder.hpp"

namespace newskg::extract {
namespace speech_detail {

// After "called": an object and then a quotation or "a/an ..." within the
// sentence ("called Friday's decision a “huge win”"); the token that opens
// what the object was called, or 0.
uint32_t StatementFinder::called_names_something(uint32_t t) const {
  if (t > 0 && (a_.tok(t - 1) == "-" || a_.is(t - 1, "so") || a_.is(t - 1, "be") ||
                a_.is(t - 1, "was") || a_.is(t - 1, "is") || a_.is(t - 1, "were")))
    return 0;  // "so-called", passive "was called"
  const auto& s = a_.sentence_of(t);
  // "a book called “Make Your Kid a Millionaire”": a common noun, then the
  // name in quotation marks, is a thing so named, not an object so called.
  if (t > s.first && t + 1 < s.last && T(t + 1).kind == TokenKind::OpenQuote && !T(t - 1).upper &&
      (a_.tags[t - 1].pos == tag::Pos::NN || a_.tags[t - 1].pos == tag::Pos::NNS))
    return 0;
  if (t + 1 >= s.last || a_.is(t + 1, "on") || a_.is(t + 1, "for") || a_.is(t + 1, "off") ||
      a_.is(t + 1, "up") || a_.is(t + 1, "in") || a_.is(t + 1, "back") || a_.is(t + 1, "out"))
    return 0;
  // "what Gingrich called “the loudest ... election”", "the deal, which she
  // called “a betrayal ...”": the object is "what" or "which" before the
  // subject, and the quotation is what it was called.
  if (T(t + 1).kind == TokenKind::OpenQuote && !T(t + 1).single_mark) {
    uint32_t k = t;
    while (k > s.first && t - k < 6 && T(k - 1).kind == TokenKind::Word &&
           (a_.mention_at[k - 1] >= 0 || !a_.wl(k - 1).pronoun.empty() || is_verb_filler(a_.lower(k - 1)) ||
            a_.wx(k - 1).title != TitleRole::None) &&
           !a_.is(k - 1, "what") && !a_.is(k - 1, "which"))
      --k;
    if (k < t && k > s.first && (a_.is(k - 1, "what") || a_.is(k - 1, "which"))) return t + 1;
  }
  using tag::Pos;
  for (uint32_t k = t + 2; k < s.last && k - t < 12; ++k) {
    if ((T(k).kind == TokenKind::OpenQuote && !T(k).single_mark) || a_.is(k, "a") ||
        a_.is(k, "an"))
      return k;
    // "called the charges unsubstantiated": an adjective after the object's
    // noun, ending the phrase ("called the new rules" has none); so after an
    // object pronoun ("called him divisive and accused him ...").
    const Pos before = a_.tags[k - 1].pos;
    const bool object_pronoun = k == t + 2 && (a_.is(k - 1, "him") || a_.is(k - 1, "her") || a_.is(k - 1, "them") ||
                                               a_.is(k - 1, "it") || a_.is(k - 1, "us") || a_.is(k - 1, "me"));
    if ((a_.tags[k].pos == Pos::JJ || (a_.tags[k].pos == Pos::VBN && !object_pronoun)) &&
        (before == Pos::NN || before == Pos::NNS || before == Pos::NNP || object_pronoun) &&
        (k + 1 >= s.last || T(k + 1).kind != TokenKind::Word || a_.is(k + 1, "and") ||
         a_.is(k + 1, "but")))
      return k;
  }
  return 0;
}

// "continues to insist", "went on to say", "began to argue": the speech
// act happens, unlike the hypothetical "would say" or "wants to argue".
bool StatementFinder::goes_on_to(uint32_t t) const {
  if (t < 2 || !a_.is(t - 1, "to")) return false;
  std::string_view w = a_.lower(t - 2);
  return w == "continues" || w == "continued" || w == "continue" || w == "continuing" ||
         w == "began" || w == "begun" || w == "begins" || w == "proceeded" ||
         (w == "on" && t >= 3 && (a_.is(t - 3, "went") || a_.is(t - 3, "goes")));
}

// After "vowed to": a verb opens the infinitive ("vowed to harshly punish"),
// not a listener or a place ("pledged to voters", "promised to the city").
bool StatementFinder::opens_infinitive(uint32_t k) const {
  // (`agreed to “start negotiations”`: past a quotation mark.)
  if (k + 1 < a_.ntok() && T(k).kind == TokenKind::OpenQuote) ++k;
  if (k >= a_.ntok() || T(k).kind != TokenKind::Word || T(k).upper || a_.mention_at[k] >= 0)
    return false;
  std::string_view w = a_.lower(k);
  return !is_determiner(w) && a_.wl(k).pronoun.empty() && a_.wl(k).source_noun == SourceNoun::None;
}

// What "claim" takes when it means winning: a title, a medal, a place
// (with up to three words before it: "their second", "his first Grand"). "Victory",
// "a win", "the lead" are won in sport and claimed in politics ("Clinton
// claimed victory in a tweet"): winning only in a sentence about sport
// (Analysis::about_sport).
bool StatementFinder::claims_a_win(uint32_t k) const {
  // ("The fire claimed 20 lives", "claimed the seat", "claimed the first
  // set", "claimed his first Grand Slam": taken, not said.)
  static const WordList kWon = {"title", "titles",  "crown",  "gold",       "silver",   "bronze",
                                "medal", "medals",  "trophy", "points",     "spot",     "place",
                                "pole",  "honours", "honors", "runners-up", "set",      "sets",
                                "frame", "frames",  "slam",   "scalp",      "wicket",   "wickets",
                                "seat",  "seats",   "lives",  "life",       "hat-trick"};
  static const WordList kWonOrClaimed = {"victory", "victories", "win",    "wins",
                                         "lead",    "prize",     "race",   "match",
                                         "game",    "stage",     "double", "treble"};
  for (uint32_t h = k; h < a_.ntok() && h < k + 4; ++h) {
    if (T(h).kind != TokenKind::Word) return false;
    const std::string_view w = a_.lower(h);
    if (kWon.contains(w)) return true;
    if (kWonOrClaimed.contains(w)) return a_.about_sport(h);
    // ("claimed they were set to launch": a clause opens, a verb in it.)
    if (w == "that" || is_preposition(w) || a_.wl(h).verbs || tag::is_finite(a_.tags[h].pos))
      return false;
  }
  return false;
}

// The verb at t denied: "did not say", "has never claimed", "was not
// expressing", "didn't announce", past auxiliaries and adverbs. What
// someone did not say is no statement of theirs. ("not only said", "not
// just argued" report it all the same.)
bool StatementFinder::negated_verb(uint32_t t) const {
  for (uint32_t k = t; k > 0 && t - k < 5;) {
    --k;
    if (T(k).kind != TokenKind::Word || T(k).upper) return false;
    const std::string_view w = a_.lower(k);
    if (w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\xe2\x80\x99t"))
      return !(k + 1 < t && (a_.is(k + 1, "only") || a_.is(k + 1, "just") ||
                             a_.is(k + 1, "merely") || a_.is(k + 1, "simply")));
    if (!is_verb_filler(w)) return false;
  }
  return false;
}

void StatementFinder::find_cues() {
  cue_at_.assign(a_.ntok(), -1);
  quote_cue_at_.assign(a_.ntok(), -1);
  // This looks at every token: the token and quotation tables are read
  // through pointers held in locals (neither changes in this pass), which
  // the compiler could not keep across the stores of the loop.
  const text::Token* const toks = a_.seg.tokens.data();
  const int* const quote_at = a_.quote_at.data();
  const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
  for (uint32_t t = 0; t < ntok; ++t) {
    a_.check_budget();
    if (toks[t].kind != TokenKind::Word || quote_at[t] >= 0) continue;
    const auto* verbs = a_.wl(t).verbs;
    // "called the charges unsubstantiated", "called her vote ... a mistake":
    // plain "call" + object + what it was called is a speech act ("call
    // on/for" are lexicon forms; a phone call or "so-called" are not this).
    std::string_view w = a_.lower(t);
    if ((w == "called" || w == "calls" || w == "calling") && called_names_something(t) != 0) {
      cue_at_[t] = static_cast<int>(cues_.size());
      cues_.push_back({t, t + 1, w == "calling" ? &kCallingVerb : &kCallVerb});
      continue;
    }
    if (verbs == nullptr) continue;
    // A word inside an event's name is no verb: "DDoS attacks rose", "the
    // World Trade Centre attack in 2001". (A verb may read as one in a
    // headline, "Britney attacks 'false tabloids'", or before a name.)
    if (const int m = a_.mention_at[t];
        m >= 0 && a_.mentions[static_cast<size_t>(m)].type == EntityType::Event &&
        a_.mentions[static_cast<size_t>(m)].first < t && a_.sentence_of(t).paragraph != 0 &&
        !(t + 1 < a_.ntok() && (a_.mention_at[t + 1] >= 0 || T(t + 1).upper)))  // "blast Portman"
      continue;
    // A capitalized verb form mid-sentence is a name: "United States", "Post";
    // except in a Title Case headline ("Lindsey Graham Says", "Trump Calls ...").
    if (T(t).upper && !opens_sentence(t) && !in_title_case_headline(t)) continue;
    // "thanks to the Grayson name": a preposition, not thanking.
    if (t + 1 < a_.ntok() && a_.is(t, "thanks") && a_.is(t + 1, "to")) continue;
    std::string_view low = a_.lower(t);
    // "claimed victory", "claimed their second title", "claims the lead":
    // winning, not saying.
    if (low.starts_with("claim") && claims_a_win(t + 1)) continue;
    if (negated_verb(t)) continue;
    // "Ferreira denied Gerrard with a last-ditch tackle", "denied him a
    // visa": denying a person (not a person's claim) is refusing them
    // something, no speech.
    // (Not "denied Phillips made the remark", "denies Robben Barca return":
    // what follows the person says what is denied.)
    if ((low.starts_with("deni") || low.starts_with("deny")) && t + 2 < a_.ntok()) {
      uint32_t after = 0;  // the token after the person denied
      if (a_.is(t + 1, "him") || a_.is(t + 1, "them")) {
        after = t + 2;
      } else if (const int m = a_.mention_at[t + 1]; m >= 0) {
        const Mention& mm = a_.mentions[static_cast<size_t>(m)];
        if (mm.first == t + 1 && mm.type == EntityType::Person &&
            mm.source != MentionSource::Pronoun)
          after = mm.last;
      }
      if (after != 0 && after < a_.ntok() &&
          (a_.is(after, "with") || a_.is(after, "a") || a_.is(after, "an") || a_.is(after, "the") ||
           a_.is(after, "his") || a_.is(after, "her") || a_.is(after, "their") ||
           a_.is(after, "any") || a_.is(after, "access") || a_.is(after, "entry")))
        continue;
    }
    // "AMR posted a loss of $761m", "posted record profits": a company's
    // results, not a message ("posted her message", "posted a comment").
    if ((low == "post" || low == "posts" || low == "posted" || low == "posting") && posts_results(t + 1))
      continue;
    // "adding to a growing list of awards": adding something, not words
    // (not "Trump added to People", "he added to reporters": a listener);
    // "defending champion Paul Brizzel": a title held, not an argument.
    if ((low == "add" || low == "adds" || low == "added" || low == "adding") && t + 2 < a_.ntok() &&
        a_.is(t + 1, "to") && T(t + 2).kind == TokenKind::Word && !T(t + 2).upper &&
        !a_.is(t + 2, "reporters") && !a_.is(t + 2, "journalists"))
      continue;
    if (low == "defending" && t + 1 < a_.ntok() &&
        (a_.is(t + 1, "champion") || a_.is(t + 1, "champions") || a_.is(t + 1, "title") ||
         a_.is(t + 1, "titleholder") || a_.is(t + 1, "holders")))
      continue;
    // "GM is also recalling 19,924 Cadillac XLR coupes": products called back.
    if (low.starts_with("recall") && t + 1 < a_.ntok() && T(t + 1).kind == TokenKind::Number)
      continue;
    // "his 2 Wikid Records label and claims", "the Maserati brand - at":
    // a bare verb form after a name, which the tagger reads as a singular
    // noun, ends a noun phrase when no object or clause follows it; nobody
    // labels or brands anything. So does one the tagger reads otherwise
    // after a singular name, which a present-tense verb would not follow
    // bare: "the famous Durex brand of condom". (A text keeps its author:
    // "the F.B.I. report on her emails that suggested"; "The Tories promise
    // to keep", "Democrats warn of cuts" and "..., Mr Brown forecast." are
    // verbs whatever the tagger says.)
    // (A capitalized word no rule has named yet counts as a name.)
    if (t > 0 && t + 1 < a_.ntok() && !a_.wl(t).document_noun && T(t - 1).kind == TokenKind::Word &&
        T(t - 1).upper && !opens_sentence(t - 1) && !in_title_case_headline(t) &&
        (is_dash(a_.tok(t + 1)) || a_.is(t + 1, "and") || a_.is(t + 1, "or") ||
         (is_preposition(a_.lower(t + 1)) && !a_.is(t + 1, "to")))) {
      const int m = a_.mention_at[t - 1];
      bool bare = false;
      for (const SpeechVerb* v : *verbs) bare = bare || (v->words == 1 && v->form == v->lemma);
      const bool singular_name =
          bare && !a_.lower(t - 1).ends_with('s') &&
          (m < 0 || (a_.mentions[static_cast<size_t>(m)].last == t &&
                     a_.mentions[static_cast<size_t>(m)].source != MentionSource::Pronoun));
      if ((m >= 0 && a_.tags[t].pos == tag::Pos::NN) || singular_name) continue;
    }
    for (const SpeechVerb* v : *verbs) {
      // Multiword forms: "called on", "made it clear", "according to".
      // A day may stand between the parts: "called Friday for", "spoke out
      // Tuesday about".
      uint32_t end = t + 1;
      bool ok = true;
      size_t pos = v->form.find(' ');
      for (size_t part_no = 1; part_no < v->words && ok; ++part_no) {
        size_t next = v->form.find(' ', pos + 1);
        std::string_view part = std::string_view(v->form).substr(
            pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        if (end + 1 < a_.ntok() && !a_.is(end, part) && is_day(a_.tok(end)) && a_.is(end + 1, part))
          ++end;
        ok = end < a_.ntok() && a_.is(end, part);
        ++end;
        pos = next;
      }
      if (!ok) continue;
      // Nouns that look like verbs: "the report", "a call", "his claims".
      // ("As first reported by", "Politico first reported that": an adverb.)
      // ("As BuzzFeed News first reported, ...": "as" opening the clause
      // a few words before.)
      bool as_before = false;
      for (uint32_t k = t >= 2 ? t - 2 : 0; k + 7 > t && k > 0 && !as_before; --k) {
        if (T(k).kind != TokenKind::Word) break;
        as_before = a_.is(k, "as") && (opens_sentence(k) || a_.tok(k - 1) == "," || a_.tok(k - 1) == "(");
      }
      const bool first_adverb = t > 0 && a_.is(t - 1, "first") && end < a_.ntok() &&
                                (a_.is(end, "by") || a_.is(end, "that") || (t >= 2 && a_.is(t - 2, "as")) ||
                                 (as_before && a_.tok(end) == ","));
      if (t > 0 && T(t - 1).kind == TokenKind::Word && is_determiner(a_.lower(t - 1)) &&
          v->frame != VerbFrame::According && low != "said" && !goes_on_to(t) && !first_adverb)
        break;
      if (t > 0 && T(t - 1).kind == TokenKind::Possessive && !contraction(t - 1)) break;
      // A plain form right after "is" is no verb: "who is mock elections
      // project manager".
      // ("all she could do was shout ''Yessss!''" is one: a quotation follows.)
      if (v->words == 1 && t > 0 && v->form == v->lemma && is_be(a_.lower(t - 1)) &&
          end < a_.ntok() && T(end).kind == TokenKind::Word && !T(end).upper)
        break;
      // A noun heading the subject of the verb after it: "a Facebook post
      // said", "Tuesday's statements say"; or after a name and an article:
      // "said in a Medium post that".
      if (v->words == 1 && end < a_.ntok() &&
          (a_.is(end, "said") || a_.is(end, "says") || a_.is(end, "say")))
        break;
      // (After "in" and "a" or "his" the name is no subject: "in a Medium
      // post", not "the Kremlin says", "an EU demand for".)
      if (v->words == 1 && t >= 3 && a_.is(t - 3, "in") && T(t - 1).kind == TokenKind::Word &&
          T(t - 1).upper &&
          (a_.is(t - 2, "a") || a_.is(t - 2, "an") || a_.is(t - 2, "his") || a_.is(t - 2, "her") ||
           a_.is(t - 2, "its")) &&
          v->form == v->lemma)
        break;
      // A plural noun, not a present-tense verb, where no subject can stand
      // before it: "If states fail", "in reports", "Claims of fraud ...".
      if (v->words == 1 && low.size() > 3 && low.ends_with('s') && !low.ends_with("ss") &&
          low != "says" &&
          (opens_sentence(t) ? !in_title_case_headline(t)
                             : T(t - 1).kind == TokenKind::Word &&
                                   (is_preposition(a_.lower(t - 1)) ||
                                    is_subordinator(a_.lower(t - 1)))))
        break;
      // "Asian states such as Japan", "the Baltic states", "Gulf states":
      // after a demonym or an adjective the word is the noun (a
      // demonym is no subject of "states").
      if (low == "states" && t > 0 && T(t - 1).kind == TokenKind::Word &&
          (a_.wx(t - 1).demonym >= 0 || a_.tags[t - 1].pos == tag::Pos::JJ))
        break;
      // ("swing states such as Ohio", "the March states account for
      // more": the verb "states" takes "that", a colon or comma, a
      // quotation, or a clause opening with a determiner, pronoun or name.)
      if (low == "states" && end < a_.ntok()) {
        const bool clause = a_.is(end, "that") || a_.tok(end) == ":" || a_.tok(end) == "," ||
                            a_.tok(end) == "." ||  // `“...,” the lawsuit states.`
                            T(end).kind == TokenKind::OpenQuote ||
                            (is_determiner(a_.lower(end)) && !a_.is(end, "such")) ||
                            !a_.wl(end).pronoun.empty() || a_.mention_at[end] >= 0 ||
                            (T(end).upper && T(end).kind == TokenKind::Word);
        if (!clause) break;
      }

      // A passive quotation verb reports nobody's words: "a view shared by
      // Rooney", "a tradition continued by her son"; nor does a passive
      // noun-phrase verb report its subject's: "Blair and Brown criticised
      // by MPs" ("as described by FBI Director James Comey" attributes).
      if ((v->frame == VerbFrame::Quote ||
           (v->frame == VerbFrame::NounPhrase && !(t > 0 && a_.is(t - 1, "as")))) &&
          end < a_.ntok() && a_.is(end, "by"))
        break;
      // "Baywatch dubbed 'worst TV import'": a naming verb with the name
      // right after it names no object; its subject was named.
      if ((v->lemma == "dub" || v->lemma == "label" || v->lemma == "brand") && v->form != v->lemma &&
          !v->gerund && end < a_.ntok() && T(end).kind == TokenKind::OpenQuote)
        break;
      // "Chelsea ridiculed over complaint", "Blair criticised for Iraq
      // stance": the participle of a verb that takes an object, with a
      // preposition where its object would stand, is a passive without its
      // auxiliary (a headline's or an aside's); its subject was the target.
      // ("apologised for", "advocated for" take no object: acts of their subject.)
      if (v->frame == VerbFrame::NounPhrase && v->words == 1 && !v->gerund && v->form != v->lemma &&
          low.ends_with("ed") && !v->lemma.starts_with("apolog") && v->lemma != "advocate" &&
          end < a_.ntok() &&
          (a_.is(end, "over") || a_.is(end, "for") || a_.is(end, "after") || a_.is(end, "amid"))) {
        // Not when the object stands before, in a relative clause ("countries
        // that the State Department criticized for their records"), or the
        // verb is a perfect ("businesses he's assailed for outsourcing").
        // (Back to the sentence's start, past asides: "that the State
        // Department - before, during and after ... - criticized for".)
        bool active = false;
        const uint32_t opening = a_.sentence_of(t).first;
        for (uint32_t k = t; k > opening && t - k < 25 && !active;) {
          --k;
          if (T(k).kind == TokenKind::OpenQuote || T(k).kind == TokenKind::CloseQuote) break;
          active = a_.is(k, "that") || a_.is(k, "which") || a_.is(k, "whom") || a_.is(k, "who") ||
                   a_.is(k, "has") || a_.is(k, "have") || a_.is(k, "had") || contraction(k);
        }
        if (!active) break;
      }
      // Nor one with an object: "she shared the driving", "continued his
      // campaign"; a quotation verb stands before punctuation or a quote.
      // (A hearer after "to" is none: "responds to Mills with, “...”",
      // "replied to Trump: “...”".)
      if (v->frame == VerbFrame::Quote && end < a_.ntok() && T(end).kind == TokenKind::Word &&
          !T(end).upper) {
        bool hearer = false;
        if (a_.is(end, "to")) {
          uint32_t k = end + 1;
          while (k < a_.ntok() && k - end < 6 && T(k).kind == TokenKind::Word && T(k).upper) ++k;
          if (k > end + 1 && k + 1 < a_.ntok() && a_.is(k, "with")) ++k;
          hearer = k > end + 1 && k + 1 < a_.ntok() && (a_.tok(k) == "," || a_.tok(k) == ":") &&
                   T(k + 1).kind == TokenKind::OpenQuote;
        }
        if (!hearer) break;
      }
      // "read" gives a text's words ("a BBC statement read", "the message
      // reads:"), not a reader's ("Taran Rampersad read Morquendi's
      // messages"): only right after a document noun.
      if (v->lemma == "read" && !(t > 0 && a_.wl(t - 1).document_noun)) break;
      // "challenged European nations to “step into the arena”" asks
      // something of someone; "challenging Ayotte for her Senate seat",
      // "challenged the establishment" report no words: only with "to"
      // before a verb after the object.
      if (v->lemma == "challenge") {
        bool asks = false;
        for (uint32_t k = end; k + 1 < a_.ntok() && k - end < 8 && !asks; ++k) {
          if (T(k).kind == TokenKind::Punct) break;
          asks = a_.is(k, "to") && (T(k + 1).kind == TokenKind::OpenQuote ||
                                    (T(k + 1).kind == TokenKind::Word && !T(k + 1).upper &&
                                     tag::is_verb(a_.tags[k + 1].pos)));
        }
        if (!asks) break;
      }
      // A verb that only attributes quotations is kept apart: no rule
      // looking for reported clauses sees it.
      (v->frame == VerbFrame::Quote ? quote_cue_at_ : cue_at_)[t] = static_cast<int>(cues_.size());
      // ("Theresa May said": a name, not the modal.)
      cues_.push_back({t, end, v,
                       t > 0 && a_.mention_at[t - 1] < 0 && is_modal(a_.lower(t - 1)) &&
                           !goes_on_to(t)});
      t = end - 1;
      break;
    }
  }
}

// "Trump's claim that there have been thousands of shootings", "Clinton’s
// comments Tuesday on the shooting", "the senator's call for an inquiry": a
// speech noun (speech_nouns.tsv) owned by a named speaker or a resolved
// "his"/"her" reports what follows its link; with "to" the infinitive,
// "to" included ("promise to be neutral"). Confidence 0.7: the noun may
// name an act the article does not quote.
bool StatementFinder::owned_report_at(uint32_t b, const text::Sentence& s) const {
  const int m = b < s.last ? a_.mention_at[b] : -1;
  if (m < 0) return false;
  uint32_t k = a_.mentions[static_cast<size_t>(m)].last;
  if (k >= s.last || T(k).kind != TokenKind::Possessive) return false;
  ++k;
  while (k < s.last && k - b <= 6 && T(k).kind == TokenKind::Word && !T(k).upper &&
         a_.wl(k).report_links == nullptr && is_modifier(a_.lower(k)))
    ++k;
  if (k + 1 >= s.last || T(k).kind != TokenKind::Word || T(k).upper) return false;
  const std::vector<std::string>* links = a_.wl(k).report_links;
  // The report's own content follows: "call for", "claim that" (not "GM's
  // argument "has no legs"", which is what the speaker says of it).
  return links != nullptr && T(k + 1).kind == TokenKind::Word &&
         std::find(links->begin(), links->end(), a_.lower(k + 1)) != links->end();
}

void StatementFinder::owned_reports() {
  // The statements found so far, by start, with the furthest end up to
  // each: one binary search tells whether a span overlaps any of them.
  std::vector<std::pair<uint32_t, uint32_t>> found;  // (begin, max end so far)
  found.reserve(a_.facts.statements.size());
  for (const auto& st : a_.facts.statements) found.emplace_back(st.span.begin, st.span.end);
  std::sort(found.begin(), found.end());
  for (size_t i = 1; i < found.size(); ++i)
    found[i].second = std::max(found[i].second, found[i - 1].second);
  auto overlaps_found = [&](core::Span sp) {
    auto it = std::lower_bound(found.begin(), found.end(), std::make_pair(sp.end, 0u));
    return it != found.begin() && std::prev(it)->second > sp.begin;
  };
  // (The token table and its length held in locals: tokens never change
  // after segmentation, and the compiler could not keep them across the
  // stores of the loop.)
  const text::Token* const toks = a_.seg.tokens.data();
  const uint32_t ntok = static_cast<uint32_t>(a_.ntok());
  for (uint32_t t = 1; t + 3 < ntok; ++t) {
    a_.check_budget();
    // Cheap tests first: this looks at every token.
    const TokenKind kind = toks[t].kind;
    if (kind != TokenKind::Possessive && (kind != TokenKind::Word || a_.mention_at[t] < 0))
      continue;
    if (in_quote(t)) continue;
    int owner = -1;
    if (kind == TokenKind::Possessive) {
      if (contraction(t)) continue;
      owner = a_.entity_ending_at(t);
    } else if (std::string_view w = a_.lower(t); w == "his" || w == "her") {
      owner = a_.mentions[static_cast<size_t>(a_.mention_at[t])].entity;
    }
    if (owner < 0 || !is_speaker_type(owner)) continue;
    const text::Sentence& s = a_.sentence_of(t);
    uint32_t k = t + 1;
    while (k < s.last && k - t <= 2 && T(k).kind == TokenKind::Word && !T(k).upper &&
           a_.wl(k).report_links == nullptr && is_modifier(a_.lower(k)))
      ++k;
    if (k >= s.last || T(k).kind != TokenKind::Word || T(k).upper) continue;
    const std::vector<std::string>* links = a_.wl(k).report_links;
    if (links == nullptr) continue;
    // "comments Tuesday on", "announcement in 2014 of": past a time phrase.
    uint32_t l = k + 1;
    if (l + 1 < s.last && a_.is(l, "in") && T(l + 1).kind == TokenKind::Number) l += 2;
    while (l < s.last && l - k <= 3 && is_day(a_.tok(l))) ++l;
    if (l + 1 >= s.last || T(l).kind != TokenKind::Word) continue;
    std::string_view link = a_.lower(l);
    if (std::find(links->begin(), links->end(), link) == links->end()) continue;
    uint32_t b = l + 1;
    if (link == "to") {
      if (!opens_infinitive(l + 1)) continue;
      b = l;
    }
    uint32_t e = content_end(b, s);
    uint32_t c = b + 1;
    // A noun phrase ("comments on the shooting") ends before the verb of
    // the sentence it opens ("... was criticized", "... has drawn").
    const bool phrase = link != "that" && link != "to";
    // ("In response to Trump's proposal to bar ..., Clinton's aide
    // rallied": inside a phrase that opens the sentence, up to its comma.)
    bool fronted = T(s.first).kind == TokenKind::Word && is_preposition(a_.lower(s.first));
    for (uint32_t j = s.first; fronted && j < t; ++j) fronted = a_.tok(j) != ",";
    // (", Hegseth stated": a comma, a name and a speech verb end it too.)
    auto speaker_then_cue = [&](uint32_t k) {
      const int m = a_.mention_at[k];
      if (m < 0) return false;
      const uint32_t after = a_.mentions[static_cast<size_t>(m)].last;
      return after < s.last && cue_at_[after] >= 0;
    };
    while (
        c < e && a_.tok(c) != ";" &&
        !(a_.tok(c) == "," && c + 1 < e && (fronted || a_.mention_at[c + 1] < 0 || speaker_then_cue(c + 1))) &&
        !(phrase && (is_be(a_.lower(c)) || a_.is(c, "has") || a_.is(c, "have") || a_.is(c, "had") ||
                     (is_modal(a_.lower(c)) && !a_.is(c, "to")))))
      ++c;
    e = c;
    if (e <= b || overlaps_found(a_.span(b, e))) continue;
    add_indirect(owner, b, e, s, 0.7);
    t = e - 1;
  }
}

// The cue's clause is a free relative: "what Trump says ...", "what she
// has called ...": "what" right before the subject (names, titles and
// words like "has", "also").
bool StatementFinder::in_free_relative(const Cue& c, const text::Sentence& s) const {
  const uint32_t k = subject_run_start(c, s);
  return k < c.first && k > s.first && a_.is(k - 1, "what");
}

// After the comma at k the verb's object goes on: "discussed the polls,
// including ones showing ...", or an aside closes with the verb's second
// complement: "accused Rafael Cruz, who was born in Cuba, of associating
// ...", "characterized Sen. Tim Kaine, D-Va., as ...".
bool StatementFinder::object_goes_on(uint32_t k, uint32_t b, uint32_t e) const {
  auto second = [&](uint32_t t) {
    return t < e && (a_.is(t, "of") || a_.is(t, "for") || a_.is(t, "as"));
  };
  if (a_.is(k + 1, "including")) return true;
  // The comma closing the aside; right after the object (", as the
  // benefits ...") the word opens a clause of its own.
  bool aside = false;
  for (uint32_t t = b; t < k && !aside; ++t) aside = a_.tok(t) == ",";
  if (aside && second(k + 1)) return true;
  for (uint32_t c = k + 1; c < e && c - k < 16; ++c)
    if (a_.tok(c) == "," || a_.tok(c) == ";") return a_.tok(c) == "," && second(c + 1);
  return false;
}

// Adjectives and adverbs before a speech noun: "repeated attacks",
// "earlier claim", "own admission", "angry denunciation".
bool StatementFinder::told_thing(std::string_view w) {
  return w == "story" || w == "stories" || w == "tale" || w == "tales" || w == "truth" ||
         w == "joke" || w == "jokes" || w == "lie" || w == "lies";
}

bool StatementFinder::is_modifier(std::string_view w) {
  static const WordList words = {
      "own",    "new",     "latest",  "recent",   "first",         "last",     "earlier", "later",
      "public", "private", "initial", "repeated", "frequent",      "angry",    "harsh",   "bold",
      "false",  "big",     "many",    "several",  "controversial", "infamous", "famous"};
  if (words.contains(w)) return true;
  for (std::string_view end : {"ly", "ed", "al", "ous", "ive", "ent", "ant", "ic", "est", "ful"})
    if (w.size() > end.size() + 3 && w.ends_with(end)) return true;
  return false;
}

// A fronted time phrase with no preposition, "A few days later,", "Two
// weeks ago,", "Last Thursday,", "This month,": the token after its comma,
// or 0. Up to six lower-case words or numbers, the last a time word.
uint32_t StatementFinder::after_time_phrase(uint32_t k, uint32_t before) const {
  static const WordList ends = {
      "later",  "earlier", "ago",       "day",      "days",    "week",      "weeks",   "month",
      "months", "year",    "years",     "night",    "morning", "afternoon", "evening", "weekend",
      "monday", "tuesday", "wednesday", "thursday", "friday",  "saturday",  "sunday"};
  uint32_t c = k;
  while (c < before && c - k < 7 && a_.tok(c) != "," && a_.mention_at[c] < 0 &&
         (T(c).kind == TokenKind::Word || T(c).kind == TokenKind::Number) &&
         (c == k || !T(c).upper || ends.contains(a_.lower(c))))
    ++c;
  if (c == k || c >= before || a_.tok(c) != "," || !ends.contains(a_.lower(c - 1))) return 0;
  return c + 1;
}

// Past "on Monday", "last week", "Tuesday night", "earlier this month"
// starting at b (at most five tokens): the token after, or b.
uint32_t StatementFinder::after_time_words(uint32_t b, const text::Sentence& s) const {
  static const WordList words = {
      "on",        "last",     "this",      "early",    "late",    "earlier", "later",
      "next",      "today",    "yesterday", "tonight",  "week",    "month",   "year",
      "night",     "morning",  "afternoon", "evening",  "weekend", "monday",  "tuesday",
      "wednesday", "thursday", "friday",    "saturday", "sunday"};
  uint32_t k = b;
  while (k < s.last && k - b < 5 && T(k).kind == TokenKind::Word && words.contains(a_.lower(k)))
    ++k;
  // A phrase of "on"/"this" alone is no time.
  bool time = false;
  for (uint32_t t = b; t < k; ++t) time = time || !(a_.is(t, "on") || a_.is(t, "this"));
  return time ? k : b;
}

// A clause opens at h: a determiner, possessive pronoun, name or number,
// then within six tokens and before any comma a finite verb form (a modal,
// "is"/"was"/"has"/"had" ...): "the bill would pass", "Iran has agreed".
bool StatementFinder::clause_opens_at(uint32_t h, const text::Sentence& s) const {
  if (h >= s.last) return false;
  std::string_view w = a_.lower(h);
  const bool opener = a_.mention_at[h] >= 0 || T(h).kind == TokenKind::Number ||
                      (T(h).kind == TokenKind::Word &&
                       (is_determiner(w) || w == "his" || w == "her" || w == "their" ||
                        w == "its" || w == "our"));
  if (!opener) return false;
  for (uint32_t k = h + 1; k < s.last && k - h <= 6; ++k) {
    if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Possessive &&
        T(k).kind != TokenKind::Number)
      return false;
    std::string_view v = a_.lower(k);
    if ((is_modal(v) && v != "to") || is_be(v) || v == "has" || v == "have" || v == "had")
      return k > h;
  }
  return false;
}

// The first person/org subject of a sentence after token `from`: for
// "While saying ..., he challenged", "Reiterating ..., Hegseth stated".
int StatementFinder::main_subject(const text::Sentence& s, uint32_t from) const {
  uint32_t k = from;
  while (k < s.last && a_.tok(k) != ",") ++k;
  // The subject stands before the main clause's verb: "Echoing Rice, the
  // prime minister said there has been a clear evolution of US policy" is
  // no statement of the US's. Past that verb only a person is taken (a
  // pronoun standing for the subject: "the mother-of-nine said she ...").
  bool past_verb = false;
  for (++k; k < s.last && k < from + 40; ++k) {
    // (Not a name inside a quotation: "Adding, “Now, like with all Clinton
    // scandals, ...”" has no subject of the writer's.)
    if (in_quote(k)) continue;
    int m = a_.mention_at[k];
    if (m < 0 && !past_verb &&
        (tag::is_verb(a_.tags[k].pos) || a_.tags[k].pos == tag::Pos::MD || cue_at_[k] >= 0)) {
      past_verb = true;
      if (k > 0 && tok_is_noun_head(k - 1))
        if (int ent = resolve_description(k - 1, from);
            ent >= 0 && a_.facts.entities[static_cast<size_t>(ent)].type == EntityType::Person)
          return ent;
    }
    if (m < 0) continue;
    const Mention& mm = a_.mentions[static_cast<size_t>(m)];
    if (mm.entity < 0 || mm.source == MentionSource::Demonym) continue;
    if (past_verb && mm.type != EntityType::Person) continue;
    uint32_t e = mm.last;
    while (e < s.last && a_.mention_at[e] >= 0) e = a_.mentions[static_cast<size_t>(a_.mention_at[e])].last;
    int ent = a_.entity_ending_at(e);
    if (ent >= 0 && is_speaker_type(ent)) return ent;
  }
  return -1;
}

// A quotation is a statement of its own when it stands as a clause, not
// as a phrase inside the writer's sentence ("an “overwhelming share” of").
bool StatementFinder::stands_alone(const text::Quotation& q) const {
  if (q.single) return false;
  if (fragment_of_report(q)) return false;
  uint32_t words = 0;
  for (uint32_t t = q.open_tok + 1; t < a_.ntok() && T(t).span.begin < q.inner.end; ++t)
    words += T(t).kind == TokenKind::Word || T(t).kind == TokenKind::Number;
  // A one-word answer after its verb and a comma or colon, closed by its
  // own full stop: `Priebus said, "Probably."` (not a word in scare quotes).
  if (words == 1) {
    const uint32_t p = q.open_tok;
    const std::string_view inner = q.inner.of(a_.text);
    if (p >= 2 && !q.unterminated && (a_.tok(p - 1) == "," || a_.tok(p - 1) == ":") &&
        cue_at_[p - 2] >= 0 && !inner.empty() &&
        (inner.back() == '.' || inner.back() == '!' || inner.back() == '?'))
      return true;
    // `“Absolutely,” he said`, `“Never!” she replied`: closed by its own
    // comma or mark, the speaker and verb right after it.
    // (Opening its sentence or clause: "calls the plan a “disaster,” said
    // he ..." is a scare quote inside the subject's aside; "on Fox News
    // Channel’s “Hannity,” Newt Gingrich said" names a show.)
    if (q.unterminated || inner.empty() || !(inner.back() == ',' || inner.back() == '!' || inner.back() == '?') ||
        (p > 0 && !T(p).para_start &&
         (T(p - 1).kind == TokenKind::Word || T(p - 1).kind == TokenKind::Possessive)))
      return false;
    for (uint32_t k = q.close_tok + 1; k < a_.ntok() && k - q.close_tok <= 3; ++k) {
      if (T(k).kind != TokenKind::Word) return false;
      // (Not a participle: `"very neutral" and "balanced," adding it
      // would ...` quotes words inside a report.)
      if (const int ci = quote_cue(k);
          ci >= 0 && cues_[static_cast<size_t>(ci)].verb->frame != VerbFrame::NounPhrase)
        return !cues_[static_cast<size_t>(ci)].verb->gerund;
    }
    return false;
  }
  if (words < 2) return false;
  // `"A big truck" plowed through the barriers, he said`: a short phrase
  // with no closing punctuation of its own, right before the writer's verb,
  // is the subject of a sentence, not a quotation that stands alone.
  if (words <= 4 && !q.unterminated && q.close_tok + 1 < a_.ntok()) {
    const uint32_t n = q.close_tok + 1;
    const std::string_view inner = q.inner.of(a_.text);
    const char last = inner.empty() ? ' ' : inner.back();
    if (last != ',' && last != '.' && last != '!' && last != '?' && T(n).kind == TokenKind::Word &&
        !T(n).upper && cue_at_[n] < 0 && quote_cue(n) < 0 &&
        (a_.tags[n].pos == tag::Pos::VBD || a_.tags[n].pos == tag::Pos::VBZ || a_.tags[n].pos == tag::Pos::VBP ||
         a_.tags[n].pos == tag::Pos::VBN))
      return false;
  }
  // `“I held and hugged” grieving family members before laying flowers
  // ..., he said`: a quotation opening its sentence and running on into
  // the writer's words, with no punctuation of its own at its end, is a
  // fragment of the sentence, which is reported whole.
  if (!q.unterminated && q.close_tok + 1 < a_.ntok() &&
      (T(q.open_tok).para_start || q.open_tok == a_.sentence_of(q.open_tok).first)) {
    const uint32_t n = q.close_tok + 1;
    std::string_view inner = q.inner.of(a_.text);
    // (Past a quotation closing inside it: `... leave you'.`, `... come?'`.)
    while (!inner.empty() && (inner.back() == '\'' || inner.back() == ' ' || inner.back() == '"' ||
                              inner.ends_with("\u2019") || inner.ends_with("\u201d")))
      inner.remove_suffix(inner.back() == '\'' || inner.back() == ' ' || inner.back() == '"' ? 1 : 3);
    const char last = inner.empty() ? ' ' : inner.back();
    if (!inner.empty() && last != ',' && last != '.' && last != '!' && last != '?' && last != ':' && last != ';' &&
        T(n).kind == TokenKind::Word && !T(n).upper && cue_at_[n] < 0 && quote_cue(n) < 0 &&
        a_.seg.sentence_of[n] == a_.seg.sentence_of[q.open_tok])
      return false;
  }
  // ''Make Your Kid a Millionaire'': a title in quotation marks, not speech
  // (but `tweeted, "Thank you Indiana! #Trump2016"` after its verb is).
  const bool after_cue = q.open_tok >= 2 && (a_.tok(q.open_tok - 1) == "," || a_.tok(q.open_tok - 1) == ":") &&
                         cue_at_[q.open_tok - 2] >= 0;
  if (!after_cue) {
    uint32_t caps = 0;
    for (uint32_t t = q.open_tok + 1; t < a_.ntok() && T(t).span.begin < q.inner.end; ++t)
      caps += T(t).kind == TokenKind::Word && T(t).upper;
    if (words <= 8 && words >= 3 && caps * 10 >= words * 7 && !T(q.open_tok).para_start) return false;
  }
  if (T(q.open_tok).para_start) return true;
  uint32_t p = q.open_tok - 1;
  std::string_view prev = a_.tok(p);
  // Two or three words after a comma are a list item in scare quotes
  // ("spin, "control freakery" and ..."), unless the quote ends its sentence.
  if (words <= 3 && prev == "," && !ends_sentence(q)) return false;
  // (`(''We've persuaded the creators ...,'' he said.)`: a quotation that
  // opens a parenthesis stands alone too.)
  if (prev == ":" || prev == "," || prev == "." || prev == "—" || prev == "-") return true;
  if ((prev == "(" || prev == "[") && words >= 3) return true;
  if (a_.seg.sentence_of[q.open_tok] != a_.seg.sentence_of[p]) return true;
  if (a_.is(p, "that") && p > 0) {
    // "told reporters in Brussels that “...”": a quotation that is the whole clause.
    for (uint32_t k = p; k > 0 && p - k < 8; --k)
      if (cue_at_[k - 1] >= 0) return ends_sentence(q);
  }
  if (cue_at_[p] >= 0) return true;
  return false;
}

// At token j: an optional "and"/"but", a subject (a pronoun or a name), an
// optional adverb, and a finite speech verb: "but he urged", "and Smith said".
bool StatementFinder::reports_anew(uint32_t j, const text::Sentence& s) const {
  if (j < s.last && (a_.is(j, "and") || a_.is(j, "but"))) ++j;
  if (j >= s.last) return false;
  // ("and the Liberal Democrats claim ...": a body's name after "the".)
  if (j + 1 < s.last && a_.is(j, "the") && a_.mention_at[j + 1] >= 0 &&
      a_.mentions[static_cast<size_t>(a_.mention_at[j + 1])].type == EntityType::Organization)
    ++j;
  if (const uint32_t n = past_title(j, s.last); n > j && a_.mention_at[n] >= 0) j = n;
  if (int m = a_.mention_at[j]; m >= 0 && a_.mentions[static_cast<size_t>(m)].first == j)
    j = a_.mentions[static_cast<size_t>(m)].last;
  else if (!a_.wl(j).pronoun.empty() && !a_.is(j, "it") && !a_.is(j, "that") && !a_.is(j, "this"))
    ++j;
  else
    return false;
  if (j < s.last && T(j).kind == TokenKind::Word &&
      (a_.is(j, "also") || is_ly_adverb(a_.lower(j))))
    ++j;
  if (j >= s.last || cue_at_[j] < 0) return false;
  const Cue& c = cues_[static_cast<size_t>(cue_at_[j])];
  // Content follows the verb; ", she said," and ", he said." attribute what stands around them.
  return !c.verb->gerund && c.last < s.last && T(c.last).kind == TokenKind::Word;
}

// "about 20 people", "over 50 percent": a preposition-like word giving a
// number, which opens a clause rather than a prepositional phrase.
bool StatementFinder::approximate_number(uint32_t k) const {
  // (Figures or number words: "at least six".)
  auto number = [&](uint32_t n) { return T(n).kind == TokenKind::Number || a_.tags[n].pos == tag::Pos::CD; };
  // "at least 1.9 million", "at most 40": two words before the number.
  if (k + 2 < a_.ntok() && a_.is(k, "at") && (a_.is(k + 1, "least") || a_.is(k + 1, "most")) && number(k + 2))
    return true;
  if (k + 1 >= a_.ntok() || !number(k + 1)) return false;
  const std::string_view w = a_.lower(k);
  return w == "about" || w == "around" || w == "over" || w == "under" || w == "nearly" ||
         w == "almost" || w == "roughly" || w == "some";
}

// From j: a short noun phrase (no relative word, no verb we know of) and
// then a finite speech verb: "human rights groups warned".
bool StatementFinder::subject_then_cue(uint32_t j, const text::Sentence& s) const {
  for (uint32_t k = j; k < s.last && k - j <= 5; ++k) {
    if (cue_at_[k] >= 0) {
      const Cue& c = cues_[static_cast<size_t>(cue_at_[k])];
      return k > j && !c.verb->gerund && c.verb->frame != VerbFrame::According;
    }
    if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Possessive) return false;
    const std::string_view w = a_.lower(k);
    if (w == "who" || w == "which" || w == "that" || is_be(w) || is_subordinator(w) ||
        is_preposition(w))
      return false;
  }
  return false;
}

// Where reported content stops: the sentence end, ", saying/arguing ...",
// ", according to", " and <speech verb>", ", but he urged ...", or a
// quotation's attribution.
uint32_t StatementFinder::content_end(uint32_t from, const text::Sentence& s) const {
  bool dash_seen = false;  // a dash inside the report, before k
  for (uint32_t k = from; k < s.last; ++k) {
    // "... strangers (the actual number is ..., according to X)": brackets
    // with a source of their own hold another statement.
    if (k > from && a_.tok(k) == "(" && bracket_holds_source(k, s)) return k;
    if (k > from && a_.tok(k) == "," && k + 1 < s.last && cue_at_[k + 1] >= 0) return k;
    // "..., to which O'Malley interjected: ...": a reply, in the writer's
    // narrative. (Not ", after which she abandoned her career", which may
    // go on with the speaker's account.)
    if (k > from && a_.tok(k) == "," && k + 2 < s.last && a_.is(k + 1, "to") && a_.is(k + 2, "which"))
      return k;
    // "Trump - who previously said he would ... - said at a rally that":
    // a dash closing an aside before the sentence's own verb. (Not before a
    // participle, which goes on from the report: "taking 'nothing for
    // granted' - warning that ..."; nor the second dash of a pair inside
    // the report: "closed primaries -- those open only to Democrats --
    // deny ...".)
    if (k > from && is_dash(a_.tok(k)) && k + 1 < s.last && cue_at_[k + 1] >= 0 &&
        !cues_[static_cast<size_t>(cue_at_[k + 1])].verb->gerund && !dash_seen)
      return k;
    if (is_dash(a_.tok(k))) dash_seen = true;
    // ", Lois Frankel said", ", The Washington Post reported": the
    // attribution of the sentence that holds it.
    // (Past an office and its body: ", EU Trade Commissioner Peter
    // Mandelson has announced.", with a perfect's auxiliary.)
    uint32_t named = k + 1 < s.last && a_.is(k + 1, "the") ? k + 2 : k + 1;
    if (k > from && a_.tok(k) == "," && named < s.last) {
      uint32_t n = named;
      if (a_.mention_at[n] >= 0) {
        const Mention& b = a_.mentions[static_cast<size_t>(a_.mention_at[n])];
        if (b.first == n && (b.type == EntityType::Organization || b.type == EntityType::Country) &&
            b.last < s.last && a_.wx(b.last).title != TitleRole::None)
          n = b.last;
      }
      n = past_title(n, s.last);
      if (n > named && n < s.last && a_.mention_at[n] >= 0 &&
          a_.mentions[static_cast<size_t>(a_.mention_at[n])].type == EntityType::Person)
        named = n;
    }
    if (k > from && a_.tok(k) == "," && named + 1 < s.last && a_.mention_at[named] >= 0) {
      const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[named])];
      uint32_t v = m.last;
      if (v + 1 < s.last && (a_.is(v, "has") || a_.is(v, "have") || a_.is(v, "had"))) ++v;
      if (m.first == named && (m.type == EntityType::Person || m.type == EntityType::Organization) &&
          v < s.last &&
          cue_at_[v] >= 0 && !cues_[static_cast<size_t>(cue_at_[v])].verb->gerund &&
          (v + 1 >= s.last || (v + 2 >= s.last && a_.tok(v + 1) == ".")))
        return k;
    }
    // ", but he urged ...", "; she added ...": a new clause with its own speaker and verb.
    if (k > from && (a_.tok(k) == "," || a_.tok(k) == ";") && reports_anew(k + 1, s)) return k;
    // ", and human rights groups warned ...": a described subject of its own.
    if (k > from && a_.tok(k) == "," && k + 2 < s.last &&
        (a_.is(k + 1, "and") || a_.is(k + 1, "but")) && subject_then_cue(k + 2, s))
      return k;
    // ", and Ms. Brainard is among the few": a clause of the writer's about
    // another person named, with a finite verb of its own.
    // (So does "although Michael Howard was forced to deny ...".)
    const bool joined = k > from && a_.tok(k) == "," && k + 3 < s.last &&
                        (a_.is(k + 1, "and") || a_.is(k + 1, "but"));
    const bool conceded = k > from + 2 && k + 2 < s.last &&
                          (a_.is(k, "although") || a_.is(k, "though") || a_.is(k, "whereas"));
    if (joined || conceded) {
      const uint32_t at = joined ? k + 2 : k + 1;
      const uint32_t n = at + (a_.wx(at).title == TitleRole::Courtesy ? 1 : 0);
      const int m = a_.mention_at[n];
      if (m >= 0 && a_.mentions[static_cast<size_t>(m)].type == EntityType::Person &&
          a_.mentions[static_cast<size_t>(m)].source != MentionSource::Pronoun) {
        const uint32_t v = a_.mentions[static_cast<size_t>(m)].last;
        if (v < s.last && (is_be(a_.lower(v)) || tag::is_finite(a_.tags[v].pos)))
          return !joined && a_.tok(k - 1) == "," ? k - 1 : k;
      }
    }
    // "condemned the attack and Ann Dorsey said ...": a new speaker and
    // verb, with no comma (not "said Lund and Dorsey agreed", two subjects).
    if (k > from && (a_.is(k, "and") || a_.is(k, "but")) && a_.mention_at[k - 1] < 0 &&
        a_.wl(k - 1).pronoun.empty() && reports_anew(k, s)) {
      uint32_t e = k;  // (not the dash before "- but Mr Howard said")
      while (e > from + 1 && (is_dash(a_.tok(e - 1)) || a_.tok(e - 1) == ",")) --e;
      return e;
    }
    // "... and said ...", "... but then argued ...": a second report of its own.
    if (k > from && (a_.is(k, "and") || a_.is(k, "but"))) {
      uint32_t v = k + 1;
      if (v < s.last && (a_.is(v, "also") || a_.is(v, "then"))) ++v;
      if (v < s.last && cue_at_[v] >= 0 && !cues_[static_cast<size_t>(cue_at_[v])].verb->gerund)
        return k;
    }
  }
  uint32_t e = s.last;
  while (e > from && T(e - 1).kind == TokenKind::Punct) --e;
  // Keep a closing quotation mark with the punctuation it follows: `goal.”`
  if (e < s.last && T(s.last - 1).kind == TokenKind::CloseQuote) e = s.last;
  return e;
}

// The sentences a span touches, one either side included (a span of
// spaces between two tokens belongs to both their sentences).
std::pair<uint32_t, uint32_t> StatementFinder::sentences_around(core::Span sp) const {
  const uint32_t n = static_cast<uint32_t>(a_.ntok());
  const uint32_t first = a_.first_token_at(sp.begin);
  const uint32_t last = std::min(a_.first_token_at(sp.end), n - 1);
  return {a_.seg.sentence_of[first > 0 ? first - 1 : 0], a_.seg.sentence_of[last]};
}

bool StatementFinder::noun_then_verb(uint32_t b, uint32_t e) const {
  uint32_t w[2], n = 0;
  for (uint32_t k = b; k < e && n < 2; ++k)
    if (T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number) w[n++] = k;
  if (n < 2 || w[1] != w[0] + 1) return false;
  const tag::Pos p0 = a_.tags[w[0]].pos, p1 = a_.tags[w[1]].pos;
  return (p0 == tag::Pos::NN || p0 == tag::Pos::NNS || p0 == tag::Pos::NNP ||
          p0 == tag::Pos::NNPS || p0 == tag::Pos::CD) &&
         (p1 == tag::Pos::VBD || p1 == tag::Pos::VBZ || p1 == tag::Pos::VBP) &&
         !is_be(a_.lower(w[1])) && a_.lower(w[1]) != "has" && a_.lower(w[1]) != "had" &&
         a_.lower(w[1]) != "have";
}

void StatementFinder::add_indirect(int speaker, uint32_t b, uint32_t e, const text::Sentence& s, double conf) {
  while (b < e && (a_.tok(b) == "," || a_.tok(b) == ":")) ++b;
  if (e <= b + 1) return;
  uint32_t words = 0;
  // (A number counts: "said 145 had died".)
  for (uint32_t k = b; k < e; ++k)
    words += T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Number;
  // Two words are a clause only as a noun and its verb: "sales rose",
  // "talks failed" (not "so too", "it was").
  if (words < 2 || (words == 2 && !noun_then_verb(b, e))) return;
  // `said the Trump "train may have left the station. I don't want ...
  // against him."`: a quotation opened in the report and closed sentences
  // later in its paragraph is reported whole.
  if (T(e - 1).kind != TokenKind::CloseQuote)
    for (uint32_t k = e; k > b; --k) {
      const int qi = a_.quote_at[k - 1];
      if (qi < 0) continue;
      const text::Quotation& q = a_.seg.quotes[static_cast<size_t>(qi)];
      if (q.open_tok >= b && q.open_tok < e && !q.unterminated && q.close_tok >= e &&
          T(q.close_tok).kind == TokenKind::CloseQuote)
        e = q.close_tok + 1;
      break;
    }
  core::Span sp = a_.span(b, e);
  if (overlaps_direct(sp)) return;
  // ("The attack, he says, is ... - a by-product, he claims, of ...": two
  // asides in one sentence report the same words once.)
  for (auto it = a_.facts.statements.rbegin(); it != a_.facts.statements.rend() && it->sentence.begin == s.span.begin;
       ++it)
    if (it->speaker == speaker && it->kind == StatementKind::Indirect && it->span.begin == sp.begin &&
        it->span.end == sp.end)
      return;
  StatementFact st;
  st.speaker = speaker;
  st.kind = StatementKind::Indirect;
  st.text = std::string(sp.of(a_.text));
  st.span = sp;
  st.sentence = s.span;
  st.confidence = conf;
  if (a_.facts.entities[static_cast<size_t>(speaker)].type == EntityType::Organization)
    last_org_speaker_ = speaker;
  a_.facts.statements.push_back(std::move(st));
}

void StatementFinder::add_indirect_around(int speaker, uint32_t b, uint32_t gap, uint32_t resume,
                                          uint32_t e, const text::Sentence& s, double conf) {
  const size_t before = a_.facts.statements.size();
  add_indirect(speaker, b, e, s, conf);
  if (a_.facts.statements.size() == before || !(b < gap && resume < e)) return;
  StatementFact& st = a_.facts.statements.back();
  st.text = std::string(a_.words(b, gap));
  st.text += ' ';
  st.text += a_.words(resume, e);
}

uint32_t StatementFinder::listener_then_that(uint32_t b, const text::Sentence& s) const {
  using tag::Pos;
  if (b >= s.last || !(is_determiner(a_.lower(b)) || a_.tags[b].pos == Pos::PRP_S)) return 0;
  for (uint32_t k = b + 1; k < s.last && k - b <= 5; ++k) {
    // (Not a relative clause: "a long-term contract that takes him ...";
    // nor "the claim that ..." of a speech noun, which may be the subject
    // of the content: "suggested the claim that they had drafted it was
    // wrong". "its belief that", "his view that" are the act's object.)
    if (a_.is(k, "that") && a_.wl(k - 1).report_links != nullptr && a_.is(b, "the")) return 0;
    if (a_.is(k, "that"))
      return k > b + 1 && !(k + 1 < s.last && (a_.tags[k + 1].pos == Pos::VBZ || a_.tags[k + 1].pos == Pos::VBP))
                 ? k
                 : 0;
    if (!listener_word(k)) return 0;
  }
  return 0;
}

bool StatementFinder::posts_results(uint32_t k) const {
  // Past determiners, adjectives, numbers and currency to the first noun.
  for (uint32_t j = k; j < a_.ntok() && j - k < 6; ++j) {
    if (T(j).kind == TokenKind::Number || a_.tok(j) == "$" || a_.tok(j) == "%" ||
        a_.tok(j) == "\xc2\xa3" || a_.tok(j) == "\xe2\x82\xac")
      continue;
    if (T(j).kind != TokenKind::Word) return false;
    const std::string_view w = a_.lower(j);
    static const WordList results = {
        "loss",    "losses",  "profit", "profits",  "gain",     "gains",   "rise",    "rises",
        "fall",    "falls",   "jump",   "drop",     "decline",  "increase", "deficit", "surplus",
        "revenue", "revenues", "sales", "earnings", "growth",   "results", "turnover", "income"};
    if (results.contains(w)) return true;
    const tag::Pos p = a_.tags[j].pos;
    if (!(p == tag::Pos::DT || p == tag::Pos::JJ || p == tag::Pos::JJR || p == tag::Pos::JJS ||
          p == tag::Pos::CD || p == tag::Pos::PRP_S || w == "record"))
      return false;
  }
  return false;
}

bool StatementFinder::listener_word(uint32_t j) const {
  using tag::Pos;
  const Pos p = a_.tags[j].pos;
  return tag::is_noun(p) || p == Pos::DT || p == Pos::JJ || p == Pos::CD || p == Pos::PRP ||
         p == Pos::PRP_S || p == Pos::POS || possessive_at(j);
}

bool StatementFinder::infinitive_after_listener(uint32_t b, uint32_t k) const {
  if (k <= b || !a_.is(k, "to") || !opens_infinitive(k + 1)) return false;
  for (uint32_t j = b; j < k; ++j)
    if (!listener_word(j)) return false;
  return true;
}

// At k, a clause of at least five words to the sentence end with no
// quotation mark: it opens with a name, a subject pronoun or a determiner,
// not with an adverb, a conjunction, a gerund or a preposition ("said,
// however, ...", "said, adding that", "said, in part, ...").
bool StatementFinder::clause_follows(uint32_t k, const text::Sentence& s, bool quoted) const {
  if (k >= s.last || T(k).kind != TokenKind::Word || cue_at_[k] >= 0) return false;
  const std::string_view w = a_.lower(k);
  const bool opens = a_.mention_at[k] >= 0 || is_subject_pronoun(w) || is_determiner(w) ||
                     w == "it" || w == "there";
  if (!opens || w == "that") return false;  // "that" is a determiner, and here a complementizer
  uint32_t words = 0;
  for (uint32_t t = k; t < s.last; ++t) {
    if (!quoted && (T(t).kind == TokenKind::OpenQuote || T(t).kind == TokenKind::CloseQuote)) return false;
    words += T(t).kind == TokenKind::Word;
  }
  return words >= 5;
}

// "Limbaugh added:" closing a paragraph, then a paragraph with no quotation
// marks: a block quotation whose marks the page layout carried (and the
// text lost). The whole next paragraph is the statement. One with marks is
// a quotation, attributed as such (attribute_quote).
void StatementFinder::block_after_colon(int speaker, uint32_t first, const text::Sentence& s) {
  if (first >= a_.ntok() || !T(first).para_start || T(first).kind == TokenKind::OpenQuote) return;
  const uint32_t para = a_.seg.sentences[a_.seg.sentence_of[first]].paragraph;
  uint32_t e = first;
  while (e < a_.ntok() && a_.seg.sentences[a_.seg.sentence_of[e]].paragraph == para) {
    if (T(e).kind == TokenKind::OpenQuote || T(e).kind == TokenKind::CloseQuote) return;
    ++e;
  }
  if (e - first > 200) return;
  while (e > first && T(e - 1).kind == TokenKind::Punct) --e;
  add_indirect(speaker, first, e, s, 0.7);
}

// After an attributing verb, only a prepositional phrase or a time up to the
// sentence end: "said in a phone interview.", "said on Tuesday."
uint32_t StatementFinder::aside_then_that(uint32_t b, const text::Sentence& s) const {
  if (b + 2 >= s.last || a_.tok(b) != "," || T(b + 1).kind != TokenKind::Word) return 0;
  const std::string_view first = a_.lower(b + 1);
  // "He added, that there's a strong emphasis on ...": a comma before the
  // complementizer (not "said, that is, ...").
  if (first == "that") return a_.is(b + 2, "is") && b + 3 < s.last && a_.tok(b + 3) == "," ? 0 : b + 1;
  const bool connective = first == "however" || first == "though" || first == "nonetheless" ||
                          first == "moreover" || first == "meanwhile";
  const bool condition = first == "if" || first == "when" || first == "unless";
  const bool listed = is_preposition(first) || is_ly_adverb(first) || first == "most" || first == "again" ||
                      first == "once" || first == "as" || is_weekday_or_time(a_.tok(b + 1)) || connective ||
                      condition;
  // "says, win or lose in Tuesday's primary, he's staying in the race": any
  // other aside with no verb of its own, a clause after it, is the
  // content's too.
  // (Not a participle, which goes on from the attribution: "the paper
  // said, taking into account high oil prices, the strength of ...".)
  bool verbless = !listed && !T(b + 1).upper && !(first.size() > 4 && first.ends_with("ing")) &&
                  a_.tags[b + 1].pos != tag::Pos::VBN && a_.tags[b + 1].pos != tag::Pos::VBD;
  for (uint32_t k = b + 2; k + 1 < s.last && k - b < 20; ++k) {
    if (a_.tok(k) == ",") {
      if (listed && a_.is(k + 1, "that")) return k + 1;
      // "said, however, it was ...": a clause after a connective aside;
      // "said, if elected, she would ...": the condition is the content's.
      if ((connective || condition) && clause_follows(k + 1, s, true)) return connective ? k : b;
      if (verbless && clause_follows(k + 1, s, true)) return b;
      return 0;
    }
    if (cue_at_[k] >= 0 || T(k).kind == TokenKind::OpenQuote || T(k).kind == TokenKind::Punct)
      return 0;
    verbless = verbless && !tag::is_finite(a_.tags[k].pos) && a_.tags[k].pos != tag::Pos::MD &&
               !is_be(a_.lower(k));
  }
  return 0;
}

bool StatementFinder::tail_only(uint32_t b, const text::Sentence& s) const {
  // Past a comma and a subordinator the tail is a clause of the attribution
  // however long it runs ("..., Fiat said this week, as it exits unprofitable
  // areas such as the rental car market.").
  bool subordinate = false;
  for (uint32_t k = b; k < s.last && (subordinate || k - b < 12); ++k) {
    if (k + 1 == s.last || (T(k).kind == TokenKind::Punct && a_.tok(k) != "," && a_.tok(k) != "-"))
      return T(k).kind == TokenKind::Punct || k + 1 == s.last;
    if (T(k).kind == TokenKind::OpenQuote || cue_at_[k] >= 0 || a_.is(k, "that")) return false;
    if (a_.tok(k) == "," && k + 1 < s.last && T(k + 1).kind == TokenKind::Word &&
        is_subordinator(a_.lower(k + 1)))
      subordinate = true;
  }
  return false;
}

// After an attribution's tail from b ("said on Saturday"): ", and" or ",
// but" and a clause of its own, a subject pronoun or a name with a verb of
// its tense ("..., she said on Saturday, and it has activated it ..."); the
// conjunction's token, or 0. (Not a second verb of the speaker's: ",
// and added that ..." shares the attribution's subject.)
uint32_t StatementFinder::conjoined_report(uint32_t b, const text::Sentence& s) const {
  uint32_t k = b;
  while (k < s.last && k - b < 8 && T(k).kind == TokenKind::Word && cue_at_[k] < 0 && a_.quote_at[k] < 0 &&
         !tag::is_finite(a_.tags[k].pos))
    ++k;
  if (k + 3 >= s.last || a_.tok(k) != "," || !(a_.is(k + 1, "and") || a_.is(k + 1, "but"))) return 0;
  const uint32_t h = k + 2;
  const bool pronoun = T(h).kind == TokenKind::Word && (is_subject_pronoun(a_.lower(h)) || a_.is(h, "it")) &&
                       h + 1 < s.last && T(h + 1).kind == TokenKind::Word && cue_at_[h + 1] < 0 &&
                       (tag::is_finite(a_.tags[h + 1].pos) || a_.tags[h + 1].pos == tag::Pos::MD);
  if (!pronoun && !clause_opens_at(h, s)) return 0;
  return k + 1;
}

bool StatementFinder::after_conjunction(uint32_t t, uint32_t first) const {
  if (t <= first) return false;
  uint32_t j = t - 1;
  if ((a_.is(j, "also") || a_.is(j, "then")) && j > first) --j;
  return a_.is(j, "and") || a_.is(j, "but");
}

bool StatementFinder::reports_before(const Cue& c, uint32_t e) const {
  if (c.verb->frame != VerbFrame::Clause || c.last >= e) return true;
  if (a_.is(c.last, "that") || a_.tok(c.last) == ":" || T(c.last).kind == TokenKind::OpenQuote) return true;
  for (uint32_t k = c.last; k < e; ++k)
    if (tag::is_finite(a_.tags[k].pos)) return true;
  return false;
}

// "CONTENT, X said." / "CONTENT, said X.": the speaker's noun phrase opens
// after a comma, and what stands before that comma is the reported content.
void StatementFinder::content_before(const Cue& c, int speaker, const text::Sentence& s) {
  uint32_t k = c.first;
  // Inverted ("said Batchelder") attributions have the comma right before the cue.
  bool found = false;
  for (int level = 0; level < 2 && !found; ++level) {
    uint32_t steps = 0;
    while (k > s.first && steps < 16) {
      uint32_t p = k - 1;
      if (a_.tok(p) == ",") break;
      if (T(p).kind == TokenKind::CloseQuote && p > s.first && a_.tok(p - 1) == ",") break;
      if (T(p).kind == TokenKind::OpenQuote || T(p).kind == TokenKind::CloseQuote) return;
      if (p + 1 != c.first && cue_at_[p] >= 0) return;
      if (T(p).kind == TokenKind::Punct && a_.tok(p) != "." && a_.tok(p) != "-" && a_.tok(p) != "(" &&
          a_.tok(p) != ")")
        return;
      k = p;
      ++steps;
    }
    if (k <= s.first || steps >= 16) return;
    uint32_t comma = k - 1;
    // "Victor Cha, who served as ..., said": an appositive; the subject is
    // the name before it.
    if (a_.tok(comma) == "," && comma > s.first && a_.entity_ending_at(comma) == speaker && level == 0 &&
        k < c.first && (T(k).kind == TokenKind::Word && !T(k).upper)) {
      k = comma;
      while (k > s.first && a_.mention_at[k - 1] >= 0) --k;
      continue;
    }
    found = true;
  }
  if (!found) return;
  uint32_t e = k - 1;  // the comma, or the closing quotation mark after one
  if (T(e).kind == TokenKind::CloseQuote) ++e;
  // "..., Tad Devine, his top aide, said" and "..., his top aide, Tad
  // Devine, said": the speaker's name and a description of them, each set
  // off by commas, belong to the attribution, not to what was said.
  if (a_.tok(e) == ",") {
    auto comma_before = [&](uint32_t at) -> uint32_t {  // 0 for none within a short phrase
      for (uint32_t t = at; t > s.first + 1 && at - t < 14;) {
        --t;
        if (a_.tok(t) == ",") return t;
        if ((T(t).kind != TokenKind::Word && T(t).kind != TokenKind::Possessive &&
             T(t).kind != TokenKind::Number && a_.tok(t) != ".") ||
            cue_at_[t] >= 0 || tag::is_finite(a_.tags[t].pos))
          return 0;
      }
      return 0;
    };
    auto names_speaker = [&](uint32_t f, uint32_t l) {  // [f, l): titles, then the name
      if (l <= f || a_.mention_at[l - 1] < 0) return false;
      const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[l - 1])];
      if (m.entity != speaker || m.last != l || m.first < f) return false;
      for (uint32_t t = f; t < m.first; ++t)
        if (a_.wx(t).title == TitleRole::None && !a_.is(t, "the")) return false;
      return true;
    };
    auto describes = [&](uint32_t f, uint32_t l) {  // "his top aide", "the party's chairman"
      return l > f && l - f <= 12 && T(f).kind == TokenKind::Word &&
             (is_determiner(a_.lower(f)) || a_.wl(f).description_head ||
              a_.wx(f).title != TitleRole::None);
    };
    const uint32_t c1 = comma_before(e);
    if (c1 != 0 && names_speaker(c1 + 1, e)) {
      e = c1;
      if (const uint32_t c0 = comma_before(e); c0 != 0 && describes(c0 + 1, e)) e = c0;
      k = e + 1;
    } else if (c1 != 0 && describes(c1 + 1, e)) {
      if (const uint32_t c0 = comma_before(c1); c0 != 0 && names_speaker(c0 + 1, c1)) {
        e = c0;
        k = e + 1;
      }
    }
  }
  uint32_t b = s.first;
  // "Rucker Culpepper, who runs ..., said,": the speaker and a relative
  // clause about them are the subject, not reported content.
  if (int m = a_.mention_at[b]; m >= 0 && a_.mentions[static_cast<size_t>(m)].entity == speaker) {
    const uint32_t after = a_.mentions[static_cast<size_t>(m)].last;
    if (after + 1 < e && a_.tok(after) == "," &&
        (a_.is(after + 1, "who") || a_.is(after + 1, "whose")))
      return;
  }
  // "(The French are big fans of the show, Mr. Madden said.)": a sentence
  // in brackets of its own reports from inside them.
  if (a_.tok(b) == "(" && b + 1 < e && T(b + 1).kind == TokenKind::Word && T(b + 1).upper &&
      (b == 0 || T(b).para_start || a_.tok(b - 1) == "." || T(b - 1).kind == TokenKind::CloseQuote) &&
      s.last > 0 && a_.tok(s.last - 1) == ")")
    ++b;
  if (T(b).kind == TokenKind::Punct) return;  // a sentence split inside "(D-N.Y.)"
  // "But this was the first time, she said": a conjunction opening the
  // sentence links it to the last; the content follows it.
  if ((a_.is(b, "but") || a_.is(b, "and") || a_.is(b, "yet")) && b + 2 < e && b == s.first &&
      T(b + 1).kind == TokenKind::Word)
    ++b;
  // "But challenged on the remark, he denied ...": a phrase opening with a
  // participle or past form has no subject; it is the speaker's
  // circumstance, not a clause reported.
  if (T(b).kind == TokenKind::Word && !T(b).upper &&
      (a_.tags[b].pos == tag::Pos::VBN || a_.tags[b].pos == tag::Pos::VBD || a_.tags[b].pos == tag::Pos::VBG))
    return;
  // "In the end, Patriot said": a fronted adverbial, not content; "The
  // state's chairman, Phil Lovas, said": an appositive before the name.
  std::string_view first = a_.lower(b);
  if (is_preposition(first) || is_subordinator(first) || a_.is(b, "but") || a_.is(b, "and")) {
    bool clause = false;
    for (uint32_t t = b + 1; t < e && !clause; ++t) clause = a_.tok(t) == ",";
    if (!clause) return;
  }
  // "The state's chairman, Phil Lovas, said", "Asked about Clinton, Sanders
  // said": a person ending what stands before the comma is the speaker set
  // off, or a phrase with no clause; a clause may end with someone ("The
  // frustration could send voters to Donald Trump, Bernie Sanders said").
  if (a_.mention_at[e - 1] >= 0 && e - 1 > b) {
    const Mention& last = a_.mentions[static_cast<size_t>(a_.mention_at[e - 1])];
    if (last.type == EntityType::Person) {
      // (Nor after a quotation: `"... decrease," shop owner Hayriye Evren,
      // told Associated Press` has the name for the quotation's speaker.)
      bool clause = false, quoted = false;
      for (uint32_t t = b; t < last.first; ++t) {
        clause = clause || tag::is_finite(a_.tags[t].pos) || a_.tags[t].pos == tag::Pos::MD;
        quoted = quoted || (T(t).kind == TokenKind::CloseQuote &&
                            ((t > b && a_.tok(t - 1) == ",") || a_.tok(t + 1) == ","));
      }
      if (last.entity == speaker || !clause || quoted) return;
    }
  }
  // A quotation that opened before the sentence (split inside it) is the
  // quotation's, not reported content.
  for (uint32_t t = b; t < e; ++t)
    if (T(t).kind == TokenKind::CloseQuote && t > 0 && a_.quote_at[t - 1] >= 0 &&
        a_.seg.quotes[static_cast<size_t>(a_.quote_at[t - 1])].open_tok < b)
      return;
  // Content with a reporting verb of its own is found through that verb
  // ("Zelenskiy has insisted that ..., a position he reaffirmed"); not a
  // participle with its agent ("the tariffs announced by Trump on Monday
  // are illogical, Ebrard said").
  for (uint32_t t = b; t < e; ++t) {
    // (Not a party and state after a name: "Sen. Bernie Sanders (I-Vt.)
    // remains committed ..., his top aide said."; nor a body's acronym:
    // "Norvik Bank Financial Advisors (NBFA) will be sold, ... said".)
    if (a_.tok(t) == "(" && t + 2 < e && T(t + 1).all_upper && a_.tok(t + 2) == ")") {
      t += 2;
      continue;
    }
    if (a_.tok(t) == "(" && t > b && a_.mention_at[t - 1] >= 0 &&
        a_.mentions[static_cast<size_t>(a_.mention_at[t - 1])].type == EntityType::Person) {
      uint32_t close = t + 1;
      while (close < e && close - t < 8 && a_.tok(close) != ")" && a_.tok(close) != "(") ++close;
      if (close < e && a_.tok(close) == ")") {
        t = close;
        continue;
      }
    }
    if (a_.tok(t) == ")" || a_.tok(t) == "(") return;
    if (cue_at_[t] < 0 || a_.quote_at[t] >= 0) continue;
    // (A noun the tagger reads is none: "The data is a strong report, he said.")
    if (a_.tags[t].pos == tag::Pos::NN && t > b && T(t - 1).kind == TokenKind::Word &&
        a_.tags[t - 1].pos == tag::Pos::JJ)
      continue;
    const Cue& inner = cues_[static_cast<size_t>(cue_at_[t])];
    // ("Donald Trump is on solid ground attacking Bill Clinton, Fiorina
    // said": a participle after the clause's own verb is part of it.)
    // (Nor "with the economy adding 151,000 jobs": a participle after a
    // noun, inside the clause.)
    if (inner.verb->gerund && t > b + 1 && a_.tok(t - 1) != "," &&
        (inner.verb->frame == VerbFrame::NounPhrase ||
         (T(t - 1).kind == TokenKind::Word && tag::is_noun(a_.tags[t - 1].pos))) &&
        has_finite_verb(b, t))
      continue;
    const uint32_t after = inner.last;
    if (after < e && a_.is(after, "by") && t > b && T(t - 1).kind == TokenKind::Word &&
        a_.tags[t - 1].pos != tag::Pos::MD && !is_be(a_.lower(t - 1)))
      continue;
    // A verb with only an object or a phrase after it reports nothing
    // here ("He may add to his senior staff, he said"). (A body that
    // reported the sentence is its source all the same: "Manafort
    // acknowledged that ..., The Washington Post reported.")
    if (reports_before(inner, e) && !(c.verb->lemma == "report" && speaker >= 0 &&
                                      a_.facts.entities[static_cast<size_t>(speaker)].type ==
                                          EntityType::Organization))
      return;
  }
  // A pronoun speaker stands right after the comma ("..., he said"), not
  // at the end of a relative clause ("a position he reaffirmed").
  uint32_t v = c.first;
  while (v > k && is_verb_filler(a_.lower(v - 1))) --v;
  if (v > k + 1 && !a_.wl(v - 1).pronoun.empty()) return;
  add_indirect(speaker, b, e, s, 0.7);
}

void StatementFinder::indirect_speech() {
  int sentence_speaker = -1;
  uint32_t current_sentence = UINT32_MAX;
  for (const Cue& c : cues_) {
    a_.check_budget();
    const auto& s = a_.sentence_of(c.first);
    if (auto used = used_cue_.find(c.first); used != used_cue_.end()) {
      // `“...,” he said, adding that ...`: the quotation's speaker goes on.
      current_sentence = a_.seg.sentence_of[c.first];
      sentence_speaker = used->second;
      continue;
    }
    if (c.modal || c.verb->frame == VerbFrame::Quote) continue;
    if (question_by_agent(c, s)) continue;
    // "Clinton was supported by 42 percent", "a report released last year":
    // a passive participle reports nothing its subject said.
    if (!c.verb->gerund && c.verb->frame != VerbFrame::According) {
      uint32_t k = c.first;
      while (k > s.first && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
             (a_.is(k - 1, "not") || a_.is(k - 1, "also") || a_.is(k - 1, "being") ||
              is_ly_adverb(a_.lower(k - 1))))
        --k;
      if (k > s.first && is_be(a_.lower(k - 1)) && k < c.last && a_.is(c.last, "by")) continue;
      // "Ebbers, who is accused of overseeing a fraud", "reporters were
      // told that ...": the subject of a passive that takes an object or
      // a listener is what was acted on, not who spoke.
      // So is that of any other: "The Aviator was declared best film".
      if (k > s.first && is_be(a_.lower(k - 1)) && c.verb->form != c.verb->lemma) continue;
    }
    if (a_.seg.sentence_of[c.first] != current_sentence) {
      current_sentence = a_.seg.sentence_of[c.first];
      sentence_speaker = -1;
    }
    const SpeechVerb& v = *c.verb;
    // "As reported by The Washington Post, ...", "..., as reported by AP":
    // a report with its agent after "by" reads as "according to" does
    // (an adverb may stand before the verb: "As first reported by").
    uint32_t as_at = c.first > s.first ? c.first - 1 : c.first;
    if (as_at > s.first && (a_.is(as_at, "first") || is_ly_adverb(a_.lower(as_at)))) --as_at;
    if (!v.gerund && as_at < c.first && a_.is(as_at, "as") && c.last + 1 < s.last && a_.is(c.last, "by")) {
      const int speaker = subject_right(c.last + 1, s.last);
      if (speaker >= 0) content_around_source(speaker, as_at, c.last + 1, as_at == s.first, s);
      continue;
    }
    // "The nationwide campaign, first reported by The Washington Post, is a
    // key element of ...": a report with its agent set off by commas after
    // the subject; the sentence around it is the agent's.
    if (!v.gerund && as_at > s.first + 1 && as_at < c.first && a_.tok(as_at) == "," &&
        v.lemma == "report" && c.last + 1 < s.last && a_.is(c.last, "by")) {
      const uint32_t close = source_phrase_end(c.last + 1, s);
      const int speaker = subject_right(c.last + 1, close);
      // (The sentence's verb right after: "is", "would", "suggested".)
      if (speaker >= 0 && close + 1 < s.last && a_.tok(close) == "," && T(close + 1).kind == TokenKind::Word &&
          (tag::is_finite(a_.tags[close + 1].pos) || is_be(a_.lower(close + 1))))
        add_indirect_around(speaker, s.first, as_at, close + 1, content_end(close + 1, s), s, 0.7);
      continue;
    }
    if (v.frame == VerbFrame::According) {
      // (The source ends at its comma: in "according to Chinese state
      // press reports, small carmaker Nanjing Auto is ..." the carmaker is
      // what was reported on.)
      const uint32_t source_end = std::min(s.last, source_phrase_end(c.last, s) + 1);
      int speaker = subject_right(c.last, source_end);
      if (speaker < 0) speaker = described_source_after(c.last, source_end);
      if (speaker < 0) continue;
      // "..., but according to those present, it was embarrassing": after a
      // conjunction the source opens the clause it reports.
      // (A comma may stand between: "because, according to Trump, the
      // media would ...".)
      const uint32_t conj = c.first > s.first + 2 && a_.tok(c.first - 1) == "," ? c.first - 2 : c.first - 1;
      bool after_conjunction =
          c.first > s.first + 1 && (a_.is(conj, "but") || a_.is(conj, "and") || a_.is(conj, "yet") ||
                                    a_.is(conj, "because") || a_.is(conj, "although") ||
                                    a_.is(conj, "while"));
      uint32_t comma = c.last;
      while (comma < s.last && comma - c.last < 12 && a_.tok(comma) != ",") ++comma;
      after_conjunction = after_conjunction && comma + 1 < s.last && a_.tok(comma) == ",";
      // (With the comma, only before a clause of its own: not "and,
      // according to Reuters, once told analysts ...", a verb sharing the
      // sentence's subject.)
      if (after_conjunction && conj + 1 < c.first)
        after_conjunction = clause_opens_at(comma + 1, s) || is_subject_pronoun(a_.lower(comma + 1));
      // "Since last November, according to Human Rights Watch, security
      // forces have killed ...": after a fronted adverbial (a phrase of a
      // preposition or subordinator, with no verb of its own) the source
      // opens the clause it reports, as at the sentence's start.
      bool after_adverbial =
          c.first > s.first + 2 && a_.tok(c.first - 1) == "," && comma + 1 < s.last &&
          a_.tok(comma) == "," && T(s.first).kind == TokenKind::Word &&
          (is_preposition(a_.lower(s.first)) || is_subordinator(a_.lower(s.first)));
      for (uint32_t k = s.first + 1; after_adverbial && k + 1 < c.first; ++k)
        after_adverbial = a_.tok(k) != "," && T(k).kind != TokenKind::OpenQuote &&
                          !tag::is_finite(a_.tags[k].pos) && cue_at_[k] < 0;
      content_around_source(speaker, c.first, c.last,
                            c.first == s.first ||
                                (c.first > s.first && a_.tok(c.first - 1) == "\"") ||
                                after_conjunction || after_adverbial,
                            s);
      continue;
    }
    int speaker = -1;
    double conf = 0.8;
    // "Donald Trump is stressing ...", "Mr. Clarke was proposing ...": a
    // gerund after a form of "be" is the sentence's verb.
    bool progressive = false;
    if (v.gerund) {
      uint32_t k = c.first;
      while (k > s.first && T(k - 1).kind == TokenKind::Word && !T(k - 1).upper &&
             is_verb_filler(a_.lower(k - 1)) && !is_be(a_.lower(k - 1)))
        --k;
      progressive = k > s.first && is_be(a_.lower(k - 1));
    }
    if (v.gerund && progressive) {
      speaker = subject_left(c.first, s.first);
    } else if (v.gerund) {
      // ", saying ..." continues the sentence's speaker; "While saying ...,
      // he ..." takes the main clause's subject.
      // ", falsely suggesting": an adverb may stand between.
      uint32_t g = c.first;
      while (g > s.first + 1 && T(g - 1).kind == TokenKind::Word && !T(g - 1).upper &&
             is_ly_adverb(a_.lower(g - 1)))
        --g;
      // (`“founded ISIS,” saying`: the comma inside the closing mark.)
      bool set_off =
          g > s.first &&
          (a_.tok(g - 1) == "," || is_dash(a_.tok(g - 1)) ||
           (T(g - 1).kind == TokenKind::CloseQuote && g > s.first + 1 && a_.tok(g - 2) == ","));
      // "..., spurning its aspirations ... and rejecting proposals that ...":
      // a participle coordinated with one set off by a comma is set off too.
      if (!set_off && g > s.first + 3 && (a_.is(g - 1, "and") || a_.is(g - 1, "or")))
        for (uint32_t k = g - 2; k > s.first && g - k < 25; --k) {
          if (a_.tok(k) == "," && T(k + 1).kind == TokenKind::Word && !T(k + 1).upper &&
              a_.lower(k + 1).size() > 4 && a_.lower(k + 1).ends_with("ing")) {
            set_off = true;
            g = k + 1;  // the first participle stands for both
            break;
          }
          if (a_.tok(k) == "," || T(k).kind == TokenKind::OpenQuote || cue_at_[k] >= 0) break;
        }
      // (So is one right after a reporting verb: "he said adding that ...".)
      set_off = set_off || (g == c.first && g > s.first && cue_at_[g - 1] >= 0 &&
                            !cues_[static_cast<size_t>(cue_at_[g - 1])].verb->gerund);
      if (set_off) speaker = sentence_speaker;
      // "..., with Sen. John McCain calling it a “Chinese menu”", "with
      // the American Federation of Teachers calling her ...": the name
      // between "with" and the participle is its subject.
      if (speaker < 0 && !set_off && g == c.first && g > s.first + 2) {
        if (const int m = a_.mention_at[g - 1]; m >= 0) {
          const Mention& mm = a_.mentions[static_cast<size_t>(m)];
          uint32_t f = mm.first;
          while (f > s.first && mm.first - f < 6 && T(f - 1).kind == TokenKind::Word &&
                 (a_.wx(f - 1).title != TitleRole::None || a_.is(f - 1, "the") || a_.is(f - 1, "former") ||
                  (T(f - 1).upper && !a_.is(f - 1, "with"))))
            --f;
          // (Not a demonym, "with Britons requesting ...", and not "with
          // China adding 178 million new PCs": "adding" says words only
          // before "that" or a quotation.)
          const bool adds_words = v.lemma != "add" || (c.last < s.last && (a_.is(c.last, "that") ||
                                                                          T(c.last).kind == TokenKind::OpenQuote));
          if (mm.last == g && mm.entity >= 0 && mm.source != MentionSource::Pronoun &&
              mm.source != MentionSource::Demonym && adds_words && is_speaker_type(mm.entity) &&
              f > s.first && a_.is(f - 1, "with"))
            speaker = mm.entity;
        }
      }
      // "X is being sued by his ex-girlfriend ..., claiming he broke a
      // promise": after a passive, the agent after "by" speaks (when it is
      // named; an unnamed one leaves the statement unattributed).
      bool passive_agent = false;
      if (speaker < 0 && set_off) {
        for (uint32_t k = g - 1; k > s.first + 1 && g - k < 15; --k) {
          if (!a_.is(k, "by") || a_.tags[k - 1].pos != tag::Pos::VBN) continue;
          // Only a verb of accusing or suing ("criticised by", "sued by"),
          // not "interviewed by", "asked by", "joined by".
          bool accusing = a_.is(k - 1, "sued");
          if (const auto* verbs = a_.wl(k - 1).verbs)
            for (const SpeechVerb* sv : *verbs)
              accusing = accusing || sv->frame == VerbFrame::NounPhrase;
          if (!accusing) break;
          passive_agent = true;
          for (uint32_t j = k + 1; j < g - 1; ++j)
            if (const int m = a_.mention_at[j]; m >= 0) {
              const Mention& mm = a_.mentions[static_cast<size_t>(m)];
              if (mm.entity >= 0 && mm.source != MentionSource::Demonym &&
                  mm.source != MentionSource::Pronoun && is_speaker_type(mm.entity)) {
                speaker = mm.entity;
                break;
              }
            }
          break;
        }
        if (passive_agent && speaker < 0) continue;
      }
      // "improve public services without asking people to pay more taxes":
      // what was done without saying it was not said.
      if (g > s.first && a_.is(g - 1, "without")) continue;
      // "Obama responded to a mother by saying his refusal ...", "told the
      // AP after hinting that ...", "while saying that": the main clause's subject.
      if (speaker < 0 && g > s.first + 2 &&
          (a_.is(g - 1, "by") || a_.is(g - 1, "in") || a_.is(g - 1, "after") ||
           a_.is(g - 1, "before") || a_.is(g - 1, "while") || a_.is(g - 1, "upon") ||
           a_.is(g - 1, "when"))) {
        speaker = clause_subject(s, g - 1);
        // `“Thank you,” Cruz replied, before adding that ...`: set off by a
        // comma, the phrase goes on from the sentence's speaker.
        // So does one right after the quotation's own verb: `“...,” Ebrard
        // said before pointing out that ...`.
        if (speaker < 0 && (a_.tok(g - 2) == "," || used_cue_.count(g - 2) > 0))
          speaker = sentence_speaker;
      }
      // ", saying ..." and "– saying ...".
      if (speaker < 0 && g > s.first + 2 && set_off) speaker = clause_subject(s, g);
      // "Trump unleashed a series of tweets early Friday saying that ...",
      // "issued a statement Monday calling for ...": the text's author,
      // the subject of the clause that put it out.
      for (uint32_t k = g; speaker < 0 && k > s.first + 1 && g - k < 5; --k) {
        std::string_view w = a_.lower(k - 1);
        if (T(k - 1).kind != TokenKind::Word || w == "and" || w == "but") break;
        if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
        if (a_.lex.lowered(w).document_noun || w == "message" || w == "video" || w == "ad" ||
            w == "email" || w == "e-mail") {
          // Not "a Donald Trump tweet attacking ...": that text has its own author.
          const bool owned = k >= 2 && (a_.mention_at[k - 2] >= 0 ||
                                        T(k - 2).kind == TokenKind::Possessive);
          if (!owned) speaker = clause_subject(s, k - 1);
          break;
        }
      }
      if (speaker < 0 && c.first <= s.first + 2) speaker = main_subject(s, c.last);
      conf = 0.7;
    } else {
      speaker = subject_left(c.first, s.first);
      // "The losses would outstrip the gains, said Batchelder."
      // (`..., said X`, and `... "a quoted end," said X`.)
      // (A subject of a word or two only when the attribution splits its
      // clause: "Trump, said Sunshine, does not forgive".)
      if (speaker < 0 && v.frame != VerbFrame::NounPhrase && c.first > s.first + 1 &&
          (a_.tok(c.first - 1) == "," ||
           (T(c.first - 1).kind == TokenKind::CloseQuote && a_.tok(c.first - 2) == ","))) {
        // The speaker right after the verb: "said Batchelder", "said Sen. X".
        uint32_t n = c.last;
        while (n < s.last && n - c.last < 6 && a_.mention_at[n] < 0 &&
               T(n).kind == TokenKind::Word &&
               (a_.wx(n).title != TitleRole::None || a_.is(n, "the")))
          ++n;
        // "said analyst Dossym Satpayev", "says political scientist X": a
        // description of lower-case nouns and adjectives right before a
        // person's name.
        if (n < s.last && a_.mention_at[n] < 0) {
          uint32_t d = n;
          while (d < s.last && d - n < 4 && T(d).kind == TokenKind::Word && !T(d).upper &&
                 a_.mention_at[d] < 0 && cue_at_[d] < 0 &&
                 (tag::is_noun(a_.tags[d].pos) || a_.tags[d].pos == tag::Pos::JJ))
            ++d;
          if (d > n && d < s.last && a_.mention_at[d] >= 0 &&
              a_.mentions[static_cast<size_t>(a_.mention_at[d])].type == EntityType::Person &&
              a_.mentions[static_cast<size_t>(a_.mention_at[d])].source != MentionSource::Pronoun)
            n = d;
        }
        int inverted = n < s.last && a_.mention_at[n] >= 0 ? subject_right(n, s.last) : -1;
        uint32_t speaker_end = n;
        bool described = false;
        // "..., said Chartered Professional Accountants of Canada’s chief
        // economist, David-Alexandre Brassard.": a description with no verb,
        // a comma and a person's name closing the sentence.
        if (inverted < 0 && n < s.last) {
          uint32_t k = n;
          while (k < s.last && k - n < 14 && a_.tok(k) != "," &&
                 T(k).kind != TokenKind::OpenQuote && T(k).kind != TokenKind::CloseQuote &&
                 !tag::is_verb(a_.tags[k].pos) && a_.tags[k].pos != tag::Pos::MD)
            ++k;
          if (k > n && k + 1 < s.last && a_.tok(k) == "," && a_.mention_at[k + 1] >= 0) {
            const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[k + 1])];
            if (m.first == k + 1 && m.type == EntityType::Person && m.entity >= 0 &&
                m.source != MentionSource::Pronoun &&
                (m.last == s.last || (m.last + 1 == s.last && T(m.last).kind == TokenKind::Punct)))
              inverted = m.entity, speaker_end = m.last, described = true;
          }
        }
        // The inverted speaker closes the clause: "said Batchelder." or
        // "said Sen. X, a Democrat", not "said the United States should ...".
        if (inverted >= 0 && !described) {
          // A possessive inside the speaker's phrase ("NBC's Dante Chinni")
          // when the person it leads to is the speaker.
          auto possessed_speaker = [&](uint32_t p) {
            const uint32_t f = past_role_words(p + 1, std::min(s.last, p + 5));
            return f < s.last && a_.mention_at[f] >= 0 &&
                   a_.mentions[static_cast<size_t>(a_.mention_at[f])].entity == inverted;
          };
          uint32_t e = n;
          while (e < s.last && (a_.mention_at[e] >= 0 || a_.wx(e).title != TitleRole::None ||
                                a_.wl(e).description_head ||
                                (possessive_at(e) && possessed_speaker(e))))
            e = a_.mention_at[e] >= 0
                    ? a_.mentions[static_cast<size_t>(a_.mention_at[e])].last
                    : e + 1;
          // "says Dossym Satpayev in Almaty.", "said Ann Rook of the Brookings
          // Institution.": a place or body after a preposition closes it too.
          if (e + 1 < s.last && (a_.is(e, "in") || a_.is(e, "at") || a_.is(e, "of") || a_.is(e, "from"))) {
            uint32_t f = e + 1;
            if (a_.is(f, "the") && f + 1 < s.last) ++f;
            const uint32_t name = f;
            while (f < s.last && f - name < 6 && T(f).kind == TokenKind::Word && T(f).upper) ++f;
            if (f > name && (f >= s.last || T(f).kind == TokenKind::Punct ||
                             T(f).kind == TokenKind::CloseQuote))
              e = f;
          }
          if (e < s.last && T(e).kind != TokenKind::Punct && T(e).kind != TokenKind::CloseQuote)
            inverted = -1;
          speaker_end = e;
        }
        if (inverted < 0) continue;
        // "The tone of the campaign, said Mr Milburn, would be more
        // conversational": the attribution splits a reported sentence whose
        // subject stands before it and whose verb follows; the sentence is
        // the statement, as with "The museum, Mr. Bush said, celebrated".
        // (Past an appositive: "said Ann Rook, the minister, will ...".)
        // (Or with an office and no article: "says Tom Lund, historian at
        // the library, is ...".)
        if (speaker_end + 2 < s.last && a_.tok(speaker_end) == "," &&
            (a_.is(speaker_end + 1, "the") || a_.is(speaker_end + 1, "a") ||
             a_.is(speaker_end + 1, "an") ||
             (!T(speaker_end + 1).upper && (a_.wl(speaker_end + 1).description_head ||
                                            a_.wx(speaker_end + 1).title != TitleRole::None)))) {
          uint32_t k = speaker_end + 2;
          while (k < s.last && k - speaker_end < 10 && T(k).kind == TokenKind::Word &&
                 !tag::is_verb(a_.tags[k].pos))
            ++k;
          if (k < s.last && a_.tok(k) == ",") speaker_end = k;
        } else if (speaker_end + 2 < s.last && a_.tok(speaker_end) == "," && a_.is(speaker_end + 1, "who")) {
          // "said Sunshine, who remains friendly with her former boss,
          // doesn't ...": past a relative clause about the speaker.
          uint32_t k = speaker_end + 2;
          while (k < s.last && k - speaker_end < 14 && a_.tok(k) != "," &&
                 (T(k).kind == TokenKind::Word || T(k).kind == TokenKind::Possessive ||
                  T(k).kind == TokenKind::Number))
            ++k;
          if (k < s.last && a_.tok(k) == ",") speaker_end = k;
        }
        bool split = speaker_end + 1 < s.last && a_.tok(speaker_end) == "," &&
                     T(speaker_end + 1).kind == TokenKind::Word &&
                     tag::is_finite(a_.tags[speaker_end + 1].pos);
        for (uint32_t k = s.first; split && k + 1 < c.first; ++k)
          split = !(tag::is_verb(a_.tags[k].pos) || a_.tags[k].pos == tag::Pos::MD ||
                    T(k).kind == TokenKind::OpenQuote || T(k).kind == TokenKind::CloseQuote);
        // (The text leaves the attribution out, as for "The museum, Mr.
        // Bush said, celebrated": "The tone of the campaign would be ...".)
        if (split)
          add_indirect_around(inverted, s.first, c.first - 1, speaker_end + 1, content_end(speaker_end + 1, s), s,
                              0.7);
        else if (c.first > s.first + 3)
          content_before(c, inverted, s);
        continue;
      }
      // "He praised ... and commended Poland": the coordinated verb shares the subject.
      // ("... but, in a written submission to the court, rejected ...": past
      // an aside set off by commas after the conjunction.)
      uint32_t conj = c.first;
      if (c.first > s.first + 3 && a_.tok(c.first - 1) == ",")
        for (uint32_t k = c.first - 2; k > s.first + 1 && c.first - k < 16; --k) {
          if (T(k).kind != TokenKind::Word && T(k).kind != TokenKind::Number &&
              T(k).kind != TokenKind::Possessive) {
            if (a_.tok(k) == "," && (a_.is(k - 1, "and") || a_.is(k - 1, "but"))) conj = k;
            break;
          }
          if (tag::is_finite(a_.tags[k].pos) || cue_at_[k] >= 0) break;
        }
      if (speaker < 0 && (after_conjunction(c.first, s.first) || conj < c.first)) {
        speaker = sentence_speaker;
        if (speaker < 0) {
          speaker = clause_subject(s, conj);
          conf = 0.7;
        }
        // "such as when Ted Cruz knocked Rubio on trade and called him a
        // “moderate”": the verb before the conjunction, in a clause the
        // sentence does not open with, has the name right before it.
        // (The clause's first verb: in "believes Mourinho is suited ... and
        // says" the name is the subject of a clause inside. Not a clause of
        // "if" or "unless", which did not happen; nor "blasted in a shot",
        // a verb of speech before a preposition.)
        if (speaker < 0 && after_conjunction(c.first, s.first) &&
            !(c.verb->frame == VerbFrame::NounPhrase && c.last < s.last && is_preposition(a_.lower(c.last)))) {
          uint32_t open = c.first - 1;
          while (open > s.first && c.first - open < 16 && a_.tok(open - 1) != "," && a_.tok(open - 1) != ";" &&
                 T(open - 1).kind != TokenKind::OpenQuote && T(open - 1).kind != TokenKind::CloseQuote &&
                 !is_subordinator(a_.lower(open - 1)))
            --open;
          const bool hypothetical =
              open > s.first && (a_.is(open - 1, "if") || a_.is(open - 1, "unless") || a_.is(open - 1, "whether"));
          for (uint32_t k = open + 1; k + 1 < c.first && !hypothetical; ++k) {
            if (!tag::is_finite(a_.tags[k].pos)) continue;
            const int m = a_.mention_at[k - 1];
            if (m >= 0 && a_.mentions[static_cast<size_t>(m)].last == k &&
                a_.mentions[static_cast<size_t>(m)].type == EntityType::Person &&
                a_.mentions[static_cast<size_t>(m)].source != MentionSource::Pronoun)
              speaker = a_.mentions[static_cast<size_t>(m)].entity;
            break;
          }
        }
      }
    }
    if (speaker < 0) continue;
    sentence_speaker = speaker;
    uint32_t b = c.last;
    // "..., he said adding that ...": the participle right after the verb
    // reports what follows, for the same speaker; the verb, what came before.
    if (!v.gerund && b < s.last && cue_at_[b] >= 0 &&
        cues_[static_cast<size_t>(cue_at_[b])].verb->gerund) {
      content_before(c, speaker, s);
      continue;
    }
    // `“Absolutely,” he said when asked by a reporter if ...`, "said while
    // visiting Ohio": a time clause of a participle after the verb is the
    // circumstance of the speech, not what was said.
    if (!v.gerund && v.frame != VerbFrame::NounPhrase && b + 1 < s.last &&
        (a_.is(b, "when") || a_.is(b, "while") || a_.is(b, "after") || a_.is(b, "before") ||
         a_.is(b, "upon")) &&
        (a_.tags[b + 1].pos == tag::Pos::VBN || a_.tags[b + 1].pos == tag::Pos::VBG)) {
      // (Unless "that" opens the content after it: "said while visiting
      // Ohio that the plan would fail".)
      uint32_t that = 0;
      for (uint32_t k = b + 2; k < s.last && k - b < 12 && that == 0 && a_.tok(k) != ","; ++k)
        if (a_.is(k, "that") && !demonstrative_that(c, k, s)) that = k;
      if (that == 0) continue;
      b = that;
    }
    if (v.frame == VerbFrame::NounPhrase) {
      b = c.first;
    } else {
      // "said — on Twitter, as it happens — that Trump raised ...": past an aside set off by dashes.
      if (uint32_t k = a_.after_dash_aside(b, s.last, 20); k != 0) b = k;
      // "said repeatedly that ...": past an -ly adverb between the verb
      // and "that".
      if (b + 1 < s.last && T(b).kind == TokenKind::Word && !T(b).upper &&
          a_.tags[b].pos == tag::Pos::RB && is_ly_adverb(a_.lower(b)) && a_.is(b + 1, "that"))
        ++b;
      if (v.frame == VerbFrame::Tell) {
        // "Sideways tells the story of two men ...", "told a joke", "told
        // the truth": what is told is a story, not a listener and a report.
        {
          uint32_t o = b;
          if (o < s.last && (a_.is(o, "the") || a_.is(o, "a") || a_.is(o, "his") ||
                             a_.is(o, "her") || a_.is(o, "their") || a_.is(o, "its")))
            ++o;
          if (o < s.last && told_thing(a_.lower(o))) continue;
        }
        // Skip the listener and time: "told reporters (in Brussels) (Wednesday) (that)".
        uint32_t k = b;
        uint32_t that = UINT32_MAX;
        for (; k < s.last && k - b < 8; ++k) {
          // (Not "told the BBC at that time that ...": a demonstrative of a time.)
          if (a_.is(k, "that") &&
              !(k + 1 < s.last &&
                (is_period_noun(a_.lower(k + 1)) || a_.is(k + 1, "time") || a_.is(k + 1, "day") ||
                 a_.is(k + 1, "point") || a_.is(k + 1, "moment") || a_.is(k + 1, "stage")))) {
            that = k;
            break;
          }
          if (T(k).kind == TokenKind::OpenQuote) break;
          // (Nor past an infinitive right after the listener: in "asked
          // Rosneft to repay a loan that Yugansk had secured" the
          // infinitive is what was asked.)
          if (infinitive_after_listener(b, k)) break;
        }
        if (that != UINT32_MAX) {
          b = that + 1;
        } else if (k < s.last && infinitive_after_listener(b, k)) {
          b = k;  // past the listener: "asked the council to drop ..."
        } else {
          // The listener: a name ("The Huffington Post", "Fox News"), one
          // word ("reporters"), or "a"/"an", capitalized words and a noun
          // ("a Senate panel", "an Iowa audience", "a news conference").
          uint32_t head = 0;
          if (b + 2 < s.last && (a_.is(b, "a") || a_.is(b, "an"))) {
            uint32_t h = b + 1;
            while (h < s.last && h - b < 5 && T(h).kind == TokenKind::Word && T(h).upper) ++h;
            if (h < s.last && T(h).kind == TokenKind::Word && !T(h).upper && a_.is(h, "news")) ++h;
            auto common_noun = [&](uint32_t k) {
              return k < s.last && T(k).kind == TokenKind::Word && !T(k).upper &&
                     (a_.tags[k].pos == tag::Pos::NN || a_.tags[k].pos == tag::Pos::NNS);
            };
            if (common_noun(h)) {
              head = common_noun(h + 1) ? h + 2 : h + 1;  // "a press conference"
              // "a meeting of the Metropolitan Police Authority", "a lunch
              // for political journalists": the listener's own phrase.
              if (head + 1 < s.last && (a_.is(head, "of") || a_.is(head, "for"))) {
                uint32_t k = head + 1;
                if (a_.is(k, "the") && k + 1 < s.last) ++k;
                const uint32_t from = k;
                while (k < s.last && k - from < 6 && T(k).kind == TokenKind::Word && T(k).upper) ++k;
                if (k == from) {
                  while (k < s.last && k - from < 3 && a_.tags[k].pos == tag::Pos::JJ) ++k;
                  if (k < s.last && a_.tags[k].pos == tag::Pos::NNS) ++k;
                  else k = from;
                }
                if (k > from) head = k;
              }
            }
          }
          if (head != 0) {
            b = head;
          } else {
            if (b + 1 < s.last && a_.is(b, "the") && a_.mention_at[b + 1] >= 0) ++b;
            if (int m = a_.mention_at[b]; m >= 0 && a_.mentions[static_cast<size_t>(m)].first == b) {
              b = a_.mentions[static_cast<size_t>(m)].last;
              // "told BBC Sport he did not ...", "told BBC News Online",
              // "told BBC Radio Five Live", "told BBC Two's Newsnight
              // programme": words after a body that hears name its section,
              // station or channel (not "told the BBC Mr Howard had ...",
              // "told the BBC Liverpool were ...").
              if (a_.mentions[static_cast<size_t>(m)].type == EntityType::Organization) {
                static const WordList kSection = {"Sport", "Sports", "Online", "Live", "News", "Radio",
                                                  "TV",    "Television", "One", "Two", "Three", "Four",
                                                  "Five"};
                uint32_t k = b;
                bool section = true;
                while (k < s.last && k - b < 4 && T(k).kind == TokenKind::Word && T(k).upper &&
                       a_.mention_at[k] < 0) {
                  section = section && kSection.contains(a_.tok(k));
                  ++k;
                }
                if (k > b && (section || (k < s.last && T(k).kind == TokenKind::Possessive))) b = k;
                // "told BBC Wales he had agreed ...", "told BBC Scotland
                // that": a nation or region after the body names its
                // station when a clause opens right after it (in "told the
                // BBC Liverpool were ..." the club is the clause's subject,
                // in "told the BBC US policy ..." the country opens it).
                if (k == b && b + 1 < s.last) {
                  const int pm = a_.mention_at[b];
                  const std::string_view next = a_.lower(b + 1);
                  if (pm >= 0 && a_.mentions[static_cast<size_t>(pm)].first == b &&
                      a_.mentions[static_cast<size_t>(pm)].last == b + 1 &&
                      (a_.mentions[static_cast<size_t>(pm)].type == EntityType::Country ||
                       a_.mentions[static_cast<size_t>(pm)].type == EntityType::Place) &&
                      (is_subject_pronoun(next) || next == "that" || next == "it" || next == "there"))
                    ++b;
                }
              }
            } else if (b + 1 < s.last && (a_.is(b, "the") || a_.is(b, "his") || a_.is(b, "her") ||
                                          a_.is(b, "their") || a_.is(b, "its")) &&
                       !T(b + 1).upper && tag::is_noun(a_.tags[b + 1].pos)) {
              // "asked the court for new evidence": past the listener's noun
              // (and a noun of a compound: "the select committee").
              b += 2;
              if (b < s.last && !T(b).upper && tag::is_noun(a_.tags[b].pos) && a_.mention_at[b] < 0) ++b;
            } else {
              ++b;
            }
          }
          // "told the BBC programme Go Digital how ...", "told BBC Radio 4's
          // Today programme": the outlet's programme is the listener too.
          // ("Radio 4's": one token, or a number and a possessive.)
          const bool number_possessive =
              b < s.last && T(b).kind == TokenKind::Number &&
              (a_.tok(b).ends_with("'s") || a_.tok(b).ends_with("\xe2\x80\x99s"));
          if (b + 1 < s.last && T(b).kind == TokenKind::Number &&
              T(b + 1).kind == TokenKind::Possessive)
            ++b;
          // The programme's name: capitalized words, with "at", "with", "of"
          // or "the" between two ("The World at One", "Breakfast with Frost").
          auto past_name = [&](uint32_t k) {
            while (k < s.last && k - c.last < 14 && T(k).kind == TokenKind::Word &&
                   (T(k).upper ||
                    ((a_.is(k, "at") || a_.is(k, "with") || a_.is(k, "of") || a_.is(k, "the")) &&
                     k + 1 < s.last && T(k + 1).upper && T(k - 1).upper)))
              ++k;
            return k;
          };
          bool named = false;  // "BBC Radio 4's Today programme": named before the noun
          if (b < s.last && (T(b).kind == TokenKind::Possessive || number_possessive)) {
            const uint32_t after = past_name(b + 1);
            named = after > b + 1;
            b = after;
          }
          if (b < s.last && (a_.is(b, "programme") || a_.is(b, "program") || a_.is(b, "show") ||
                             a_.is(b, "podcast"))) {
            ++b;
            if (!named) b = past_name(b);  // "the BBC programme Go Digital"
          } else if (b > c.last && b < s.last && !T(b).upper && (T(b - 1).upper || a_.is(b - 1, "the")) &&
                     ((a_.is(b, "news") && b + 1 < s.last && a_.is(b + 1, "agency")) ||
                      a_.is(b, "website") || a_.is(b, "newspaper") || a_.is(b, "paper") ||
                      a_.is(b, "magazine") || a_.is(b, "channel") || a_.is(b, "station") ||
                      a_.is(b, "radio") || a_.is(b, "television"))) {
            // "told the BBC News website", "told the newspaper", "told the
            // Reuters news agency", and past the outlet's name after a
            // demonym: "told the Argentine newspaper Clarin".
            const uint32_t noun = b;
            b += a_.is(b, "news") ? 2 : 1;
            if (a_.wx(noun - 1).demonym >= 0) {
              if (const uint32_t after = past_name(b);
                  after > b && after < s.last && T(after).kind == TokenKind::Word && !T(after).upper)
                b = after;
            }
          }
          if (b < s.last && b > c.last + 1 && a_.is(b, "that") && !demonstrative_that(c, b, s)) ++b;
          // ("he told the court in his filing.": a phrase of the medium, no
          // comma, closes the sentence.)
          bool medium = false;
          if (b + 1 < s.last && (a_.is(b, "in") || a_.is(b, "during") || a_.is(b, "at"))) {
            uint32_t k = b + 1;
            while (k < s.last && k - b < 8 && T(k).kind == TokenKind::Word && cue_at_[k] < 0 &&
                   !tag::is_finite(a_.tags[k].pos) && !a_.is(k, "that"))
              ++k;
            medium = k > b + 1 && (k >= s.last || a_.tok(k) == "." || a_.tok(k) == "?" || a_.tok(k) == "!");
          }
          while (b < s.last) {
            if (period_phrase_at(b, s.last)) {  // "told reporters this week"
              b += 2;
              continue;
            }
            if (!(a_.is(b, "in") || a_.is(b, "on") || is_weekday_or_time(a_.tok(b)) ||
                  (a_.mention_at[b] >= 0 && b > c.last && a_.is(b - 1, "in"))))
              break;
            ++b;
          }
          // "Sanders remains committed to the race, Tad Devine told The
          // Huffington Post.": nothing after the listener; what was told
          // stands before, as with "said" (also ", and could rise ...", the
          // content going on). Not "told us - from the Baltic ...", "asked
          // him, in effect, if ...": what was told follows.
          const bool ends = b >= s.last || a_.tok(b) == "." || a_.tok(b) == "?" ||
                            a_.tok(b) == "!" || a_.tok(b) == ";" || medium;
          const bool goes_on =
              b + 1 < s.last && a_.tok(b) == "," && (a_.is(b + 1, "and") || a_.is(b + 1, "but"));
          if (ends || goes_on) {
            content_before(c, speaker, s);
            continue;
          }
          // "As Clinton told the Daily News, tax relief is ...": what follows.
          if (b + 1 < s.last && a_.tok(b) == "," && as_attribution(c, s)) {
            add_indirect(speaker, b + 1, content_end(b + 1, s), s, 0.7);
            continue;
          }
        }
      } else if (b < s.last && a_.is(b, "that") && !demonstrative_that(c, b, s)) {
        ++b;
      } else if (const uint32_t that = v.lemma != "say" ? listener_then_that(b, s) : 0;
                 that != 0 && !demonstrative_that(c, that, s)) {
        // "warned the MPs' committee that binding judges ...", "reiterated
        // its belief that ...": past the listener or the speech noun, what
        // follows "that". (Not after "said", which takes neither: "said
        // the claim that they had drafted it was wrong".)
        b = that + 1;
      } else if (v.infinitive && a_.is(b, "to") && opens_infinitive(b + 1)) {
        // "vowed to harshly punish ...": the infinitive, "to" included, is
        // what was promised.
      } else if (b < s.last && T(b).kind == TokenKind::Word && !approximate_number(b) &&
                 (is_preposition(a_.lower(b)) || is_weekday_or_time(a_.tok(b)) ||
                  period_phrase_at(b, s.last) || later_phrase_end(b, s.last) > b) &&
                 !(b + 1 < s.last && T(b + 1).kind == TokenKind::Possessive)) {
        // ("said Thursday's speeches have ...": a possessive weekday opens the clause.)
        // "said in a statement that ...", "reaffirmed Wednesday after ...",
        // "said a week later that ...": only a later "that" opens reported
        // content.
        // (A speech noun is no verb: "said in her opening remarks that".)
        uint32_t k = b;
        while (k < s.last && k - b < 14 && !a_.is(k, "that") &&
               (cue_at_[k] < 0 || (k > b && tag::is_noun(a_.tags[k].pos) && !T(k - 1).upper &&
                                   T(k - 1).kind == TokenKind::Word)))
          ++k;
        // "said after the convention he would not ...": with no "that", a
        // subject pronoun opens the reported clause.
        bool pronoun_opens = false;
        // "said on Sunday it had no evidence that ...": past a time phrase,
        // a pronoun and its verb open the clause before a later "that".
        // (Past other words the "that" opens it: "said in a letter he sent
        // that ...".)
        if (k < s.last && a_.is(k, "that")) {
          const uint32_t t = after_time_words(b, s);
          if (t > b && t < k && t + 1 < s.last && (is_subject_pronoun(a_.lower(t)) || a_.is(t, "it")) &&
              (tag::is_finite(a_.tags[t + 1].pos) || a_.tags[t + 1].pos == tag::Pos::MD))
            k = t - 1, pronoun_opens = true;
        }
        if (!pronoun_opens && (k >= s.last || !a_.is(k, "that"))) {
          // "said in politics it takes time": so does "it" or "there"
          // before a finite verb.
          auto opens_at = [&](uint32_t h) {
            const std::string_view w = a_.lower(h);
            // ("he’s the only candidate": the contraction is a token of its own.)
            if (is_subject_pronoun(w))
              return h + 1 < s.last &&
                     (T(h + 1).kind == TokenKind::Word || T(h + 1).kind == TokenKind::Possessive);
            if ((w != "it" && w != "there") || h + 1 >= s.last) return false;
            return tag::is_finite(a_.tags[h + 1].pos);
          };
          // (Not past a verb: "said in a statement the directors believed
          // it was ..." has the clause open earlier.)
          uint32_t h = b + 1;
          while (h < s.last && h - b < 8 && T(h).kind == TokenKind::Word && cue_at_[h] < 0 &&
                 !opens_at(h) && !tag::is_finite(a_.tags[h].pos))
            ++h;
          if (h < s.last && h - b < 8 && T(h).kind == TokenKind::Word && opens_at(h))
            k = h - 1, pronoun_opens = true;  // content opens at the pronoun
          // "said on Monday the bill would pass": past a time phrase, a
          // clause with its own verb.
          if (uint32_t t = after_time_words(b, s); !pronoun_opens && t > b && clause_opens_at(t, s))
            k = t - 1, pronoun_opens = true;
        }
        if (!pronoun_opens && (k >= s.last || !a_.is(k, "that"))) {
          // "..., Mr. Obama said in his interview.": the tail closes the sentence.
          if (tail_only(b, s)) {
            content_before(c, speaker, s);
          } else if (const uint32_t conj = conjoined_report(b, s); conj != 0) {
            // "X created the tool, a spokeswoman said on Saturday, and it
            // has activated it five times": the clause joined after the
            // attribution reports on; one statement around it.
            // ("..., Lund said on Monday, and he added that ...": a clause
            // with a report of its own is that report's.)
            bool own = false;
            for (uint32_t t = conj + 1; t < s.last && !own; ++t)
              own = cue_at_[t] >= 0 || T(t).kind == TokenKind::OpenQuote;
            const size_t before = a_.facts.statements.size();
            content_before(c, speaker, s);
            if (!own && a_.facts.statements.size() > before) {
              const uint32_t e = content_end(conj + 1, s);
              StatementFact& st = a_.facts.statements.back();
              if (e > conj + 1 && !overlaps_direct(a_.span(conj, e))) {
                st.text += ' ';
                st.text += a_.words(conj, e);
                st.span.end = T(e - 1).span.end;
              }
            }
          }
          continue;
        }
        b = k + 1;
      } else if (uint32_t that = aside_then_that(b, s); that != 0) {
        // "continues to insist, most recently in an interview, that ...",
        // "said, however, it was ...", "added, that ...".
        b = that + 1;
      } else if (b + 1 < s.last && a_.tok(b) == "," && as_attribution(c, s)) {
        // "As Comey noted, people involved could still be ...": what follows.
        add_indirect(speaker, b + 1, content_end(b + 1, s), s, 0.7);
        continue;
      } else if (b < s.last && a_.tok(b) == "," && c.first > s.first + 2 &&
                 parenthetical(c, s)) {
        // "The museum, Mr. Bush said, celebrated ...": the attribution sits
        // inside the reported sentence, which is the statement. After a
        // fronted adverbial ("In the end, he said, the vote was close") the
        // statement is what follows the attribution.
        // The statement's text leaves the attribution out: "The museum
        // celebrated ..." (and a conjunction opening the sentence: "But,
        // she said, ...").
        uint32_t from = s.first;
        if ((a_.is(from, "but") || a_.is(from, "and") || a_.is(from, "yet")) && from + 2 < c.first &&
            T(from + 1).kind == TokenKind::Word)
          ++from;
        std::string_view first = a_.lower(from);
        if (is_preposition(first) || is_subordinator(first)) {
          uint32_t comma = from;
          while (comma < c.first && a_.tok(comma) != ",") ++comma;
          bool one_comma = true;
          for (uint32_t t = comma + 1; t < c.first; ++t) one_comma = one_comma && a_.tok(t) != ",";
          if (one_comma) from = b + 1;
        }
        const uint32_t aside = subject_run_start(c, s) - 1;  // the comma before the speaker
        // ("..., Spicer said, adding, “...”", "..., Eurotunnel said, but
        // warned that ...": a participle or a second verb of the speaker's
        // after the attribution goes on from it; the sentence ends before it.)
        const uint32_t next = b + 2 < s.last && (a_.is(b + 1, "but") || a_.is(b + 1, "and")) ? b + 2 : b + 1;
        if (cue_at_[next] >= 0 && (next > b + 1 || cues_[static_cast<size_t>(cue_at_[next])].verb->gerund)) {
          add_indirect(speaker, from, aside, s, 0.7);
          continue;
        }
        // (What follows the aside ends where its own clause does; from the
        // sentence's start, the aside would end it.)
        add_indirect_around(speaker, from, aside, b + 1, content_end(b + 1, s), s, 0.7);
        continue;
      } else if (b < s.last && (a_.tok(b) == "," || a_.tok(b) == ":" || T(b).kind == TokenKind::Punct)) {
        // `said,` / `said.`: the attribution of what came before it in the
        // sentence ("The losses would outstrip the gains, Batchelder said.").
        const size_t before = a_.facts.statements.size();
        if (a_.tok(b) != ":") content_before(c, speaker, s);
        else if (b + 1 == s.last) block_after_colon(speaker, b + 1, s);
        // "Rucker Culpepper, who runs ..., said, Trump has been ...": nothing
        // reported before, so a clause after the comma or colon is a
        // quotation whose marks were lost.
        if (a_.facts.statements.size() == before && (a_.tok(b) == "," || a_.tok(b) == ":") &&
            clause_follows(b + 1, s))
          add_indirect(speaker, b + 1, content_end(b + 1, s), s, 0.6);
        continue;
      }
    }
    if (b >= s.last) {
      // "..., Lindsey Graham Says" ending a headline with no period.
      if (v.frame != VerbFrame::NounPhrase && b == c.last) content_before(c, speaker, s);
      continue;
    }
    // "While saying the US remains committed ..., he challenged": stop at the comma.
    uint32_t e = content_end(b, s);
    if (&v == &kCallVerb || &v == &kCallingVerb) {
      // "what Gingrich called “...”": the quotation is the statement
      // (named_in_free_relative), or part of a report around it.
      if (T(c.last).kind == TokenKind::OpenQuote) continue;
      // "called Clinton, his rival, an ISIS “co-founder,” and ...": what the
      // object was called ends at the first comma outside a quotation.
      uint32_t k = called_names_something(c.first);
      while (k < e && !((a_.tok(k) == "," || a_.tok(k) == ";") && a_.quote_at[k] < 0)) {
        // `a “horrible witness,” and then`: the comma closing the quotation.
        if (T(k).kind == TokenKind::CloseQuote && k > 0 && a_.tok(k - 1) == ",") {
          ++k;
          break;
        }
        ++k;
      }
      e = k;
    } else if (v.frame == VerbFrame::NounPhrase) {
      // "denounced the annexation, which ...": the object ends at the first
      // comma that does not go on listing names ("rejects X, Nato membership").
      // Nor past "and" and a second verb of the subject's (a finite one
      // by its tag): "touted the machine as the Walkman of the 21st
      // Century and has sold more than 800,000 units".
      uint32_t k = b + 1;
      while (k < e && a_.tok(k) != ";" &&
             !(a_.tok(k) == "," && k + 1 < e && a_.mention_at[k + 1] < 0 &&
               !object_goes_on(k, b, e)) &&
             !(k > c.last && (a_.is(k, "and") || a_.is(k, "but")) && k + 1 < e && !T(k + 1).upper &&
               (a_.tags[k + 1].pos == tag::Pos::VBD || a_.tags[k + 1].pos == tag::Pos::VBZ)))
        ++k;
      e = k;
    }
    // "While saying ..., he challenged"; "While she’s said she believes X,
    // she voted no": a report inside a fronted clause ends at its comma.
    // So does one inside a free relative: "the gap between what Trump says
    // his plan would do, and what it would do, ..." ends at "do".
    const bool free_relative = in_free_relative(c, s);
    bool fronted = (v.gerund && c.first <= s.first + 2) || free_relative;
    // ("But while Sella admitted he liked ..., he said ...": past a
    // conjunction opening the sentence.)
    const uint32_t opener = s.first + 1 < c.first && (a_.is(s.first, "but") || a_.is(s.first, "and") ||
                                                      a_.is(s.first, "yet"))
                                ? s.first + 1
                                : s.first;
    if (!fronted && T(opener).kind == TokenKind::Word && is_subordinator(a_.lower(opener))) {
      fronted = true;
      for (uint32_t k = opener; k < c.first && fronted; ++k) fronted = a_.tok(k) != ",";
    }
    if (fronted) {
      uint32_t k = b;
      while (k < e && a_.tok(k) != "," &&
             !(free_relative && (a_.is(k, "and") || a_.is(k, "but") || a_.is(k, "or"))))
        ++k;
      e = k;
    }
    // "commended Poland for ..., calling it “a model for the continent”":
    // a gerund that goes on from the speaker's report in the same sentence
    // is part of that one statement (GOLD.md); alone it is a statement.
    if (&v == &kCallingVerb && extends_last(speaker, c.first, e, s)) continue;
    // "Reiterating Trump's call for a major increase ..., Hegseth stated":
    // a participle whose object is someone's own report ("X's call for",
    // "X's claim that") repeats that report, which is X's (owned_reports).
    if (v.gerund && owned_report_at(b, s)) continue;
    // "Google added a new feature to its search engine", "Ask Jeeves has
    // added the ability to save ...": "added" reports a clause, and an
    // object with no finite verb of its own is a thing added, not words.
    // (Quoted words are words: `added such talk “fans the flames”`.)
    // (So does "wrote": "He wrote a book called ..." is no report, unless
    // what was written is a text that speaks, "wrote an op-ed urging
    // Congress to ...", "wrote a letter to Zucker asking that ...".)
    // (And "agree": "UK Athletics agrees new kit deal", "has agreed a
    // new deal with adidas" is a deal made, not words.)
    // (And "recall" by a body or of a number of things: "GM is recalling
    // nearly 200,000 vehicles" takes cars back. A person recalling what
    // happened tells it: "Biden recalled weekly breakfasts with Clinton".)
    const bool product_recall =
        v.lemma == "recall" && speaker >= 0 &&
        (a_.facts.entities[static_cast<size_t>(speaker)].type == EntityType::Organization ||
         approximate_number(b) || T(b).kind == TokenKind::Number);
    // ("wrote lyrics and played guitar": a verb right after "and" is the
    // subject's second act, no clause of the object's.)
    auto clause_verb = [&] {
      for (uint32_t k = b; k < e; ++k)
        if (has_finite_verb(k, k + 1) &&
            !(k > b && (a_.is(k - 1, "and") || a_.is(k - 1, "or") || a_.is(k - 1, "but"))))
          return true;
      return false;
    };
    if ((v.lemma == "add" || v.lemma == "agree" || product_recall ||
         (v.lemma == "write" && !writes_a_report(b, e))) &&
        !clause_verb() && !has_quote_mark(b, e) && !a_.is(b, "to"))
      continue;
    // "He wrote Ring of Fire with June Carter Cash, the future wife of ...":
    // a title written is a work, not words reported (a capitalized word
    // that is no name, weekday or month opens it; "wrote Tuesday that ..."
    // and quoted words report).
    if (const uint32_t o = c.last; v.lemma == "write" && o < e && T(o).kind == TokenKind::Word &&
        T(o).upper && a_.mention_at[o] < 0 && !is_weekday_or_time(a_.tok(o)) &&
        !has_quote_mark(b, e)) {
      bool that = false;
      for (uint32_t k = o; k < e && !that; ++k) that = a_.is(k, "that");
      if (!that) continue;
    }
    // "Italy defended man on man", "defended well": a side defending in a
    // match; what is defended in words has an article, an owner or a name
    // ("defended his decision", "defended the plan", "defended Smith"), or
    // goes on past its first noun ("defended tax cuts", "defended
    // goalkeeper Jerzy Dudek").
    if (const uint32_t o = c.last; v.lemma == "defend" && o < e && T(o).kind == TokenKind::Word &&
        a_.mention_at[o] < 0 && !T(o).upper && !has_quote_mark(b, e) &&
        (a_.tags[o].pos == tag::Pos::NN || a_.tags[o].pos == tag::Pos::RB ||
         a_.tags[o].pos == tag::Pos::JJ) &&
        !(o + 1 < e && (tag::is_noun(a_.tags[o + 1].pos) || a_.mention_at[o + 1] >= 0)))
      continue;
    add_indirect(speaker, b, e, s, conf);
  }
}

// In [b, e) a document noun ("letter", "op-ed", reference_nouns.tsv) or a
// speech verb of its own: what was written reports something.
bool StatementFinder::writes_a_report(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k)
    if (cue_at_[k] >= 0 || a_.wl(k).document_noun) return true;
  return false;
}

// "a book called ...", "an essay titled ...": a participle that names a
// thing (has_quote_mark, has_finite_verb).
bool StatementFinder::naming_participle(uint32_t k) const {
  return a_.is(k, "called") || a_.is(k, "titled") || a_.is(k, "entitled") || a_.is(k, "named");
}

// (Not a title's marks: "wrote a book called “...”", "an essay titled “...”".)
bool StatementFinder::has_quote_mark(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k)
    if (T(k).kind == TokenKind::OpenQuote && !(k > b && naming_participle(k - 1))) return true;
  return false;
}

// A verb with a tense in [b, e), or a past form the tagger may read as a
// participle ("the company now planned to", "Labour fought all forms").
// (Not a participle that names: "a book called ...", "an essay titled ...".)
bool StatementFinder::has_finite_verb(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    if (tag::is_finite(a_.tags[k].pos)) return true;
    if (a_.tags[k].pos == tag::Pos::VBN && !naming_participle(k)) return true;
  }
  return false;
}

bool StatementFinder::question_by_agent(const Cue& c, const text::Sentence& s) {
  if (c.verb->lemma != "ask" || c.verb->gerund || c.last + 1 >= s.last || !a_.is(c.last, "by"))
    return false;
  const int speaker = subject_right(c.last + 1, std::min(s.last, c.last + 6));
  if (speaker < 0) return true;  // an unnamed asker ("by a reporter") reports nothing
  // The question opens after the agent's name and a time ("by Ingraham on
  // Thursday about ..."); a comma first ("by host Bill Maher, who ...") ends
  // the look.
  uint32_t from = c.last + 1;
  for (uint32_t k = from; k < s.last && k - c.last < 8; ++k)
    if (const int m = a_.mention_at[k];
        m >= 0 && a_.mentions[static_cast<size_t>(m)].entity == speaker) {
      from = a_.mentions[static_cast<size_t>(m)].last;
      break;
    }
  uint32_t open = UINT32_MAX;
  for (uint32_t k = from; k < s.last && k - from < 6; ++k) {
    if (T(k).kind != TokenKind::Word) break;
    std::string_view w = a_.lower(k);
    if (w == "whether" || w == "if" || w == "about" || w == "what" || w == "why" || w == "how" ||
        w == "who" || (w == "to" && opens_infinitive(k + 1))) {
      open = k;
      break;
    }
    if (!(w == "on" || w == "in" || is_weekday_or_time(a_.tok(k)))) break;
  }
  if (open == UINT32_MAX) return true;
  // A fronted question ("Asked by X whether ..., she said") ends at its comma.
  uint32_t e = content_end(open, s);
  if (c.first <= s.first + 1)
    for (uint32_t k = open; k < e; ++k)
      if (a_.tok(k) == "," && a_.quote_at[k] < 0) {
        e = k;
        break;
      }
  add_indirect(speaker, open, e, s, 0.7);
  return true;
}

uint32_t StatementFinder::source_phrase_end(uint32_t from, const text::Sentence& s) const {
  uint32_t k = from;
  // (Not a comma inside a name: "according to figures from the Ministry
  // of Economy, Trade and Industry (METI), the decline ...".)
  while (k < s.last && (a_.tok(k) != "," || a_.mention_at[k] >= 0)) ++k;
  // "according to Dennis B. Ross, another former envoy, was ...": past
  // an appositive or relative clause on the source, set off by commas.
  if (k + 2 < s.last && T(k + 1).kind == TokenKind::Word &&
      (is_determiner(a_.lower(k + 1)) || a_.is(k + 1, "another") || a_.is(k + 1, "who") ||
       a_.is(k + 1, "which") || a_.wl(k + 1).description_head ||
       a_.wx(k + 1).title == TitleRole::Head)) {
    // (An appositive has no verb and a word for someone in it: not "the
    // plan, which ..., will fail".)
    const bool relative = a_.is(k + 1, "who") || a_.is(k + 1, "which");
    bool someone = relative;
    uint32_t c = k + 1;
    while (c < s.last && c - k < 14 && a_.tok(c) != "," && T(c).kind != TokenKind::OpenQuote &&
           (relative || (!tag::is_verb(a_.tags[c].pos) && a_.tags[c].pos != tag::Pos::MD))) {
      someone = someone || a_.wl(c).description_head || a_.wx(c).title == TitleRole::Head;
      ++c;
    }
    if (someone && c + 1 < s.last && a_.tok(c) == ",") k = c;
  } else if (k + 2 < s.last && a_.mention_at[k + 1] >= 0) {
    // "according to its Paris lawyer, Emmanuel Gaillard of Shearman and
    // Sterling, the claim is ...": past the source's name set off by commas.
    const Mention& m = a_.mentions[static_cast<size_t>(a_.mention_at[k + 1])];
    uint32_t c = m.last;
    if (m.first == k + 1 && (m.type == EntityType::Person || m.type == EntityType::Organization) &&
        c + 1 < s.last && (a_.is(c, "of") || a_.is(c, "at"))) {
      ++c;
      while (c < s.last && c - m.last < 8 && T(c).kind == TokenKind::Word &&
             (T(c).upper || a_.is(c, "and") || a_.is(c, "the")))
        ++c;
    }
    if (m.first == k + 1 && c + 1 < s.last && a_.tok(c) == "," &&
        (m.type == EntityType::Person || m.type == EntityType::Organization))
      k = c;
  }
  return k;
}

uint32_t StatementFinder::open_bracket_before(uint32_t t, const text::Sentence& s) const {
  int depth = 0;
  for (uint32_t k = t; k > s.first; --k) {
    if (a_.tok(k - 1) == ")") ++depth;
    if (a_.tok(k - 1) == "(" && depth-- == 0) return k - 1;
  }
  return UINT32_MAX;
}

bool StatementFinder::bracket_holds_source(uint32_t k, const text::Sentence& s) const {
  for (uint32_t j = k + 1; j < s.last && a_.tok(j) != ")" && a_.tok(j) != "("; ++j)
    if (const int ci = cue_at_[j]; ci >= 0 && cues_[static_cast<size_t>(ci)].verb->frame == VerbFrame::According)
      return true;
  return false;
}

void StatementFinder::content_around_source(int speaker, uint32_t open, uint32_t from, bool opens,
                                            const text::Sentence& s) {
  if (opens) {  // "According to X, CONTENT."
    const uint32_t k = source_phrase_end(from, s);
    add_indirect(speaker, k + 1, content_end(k + 1, s), s, 0.8);
  } else {  // "CONTENT, according to X." and "CONTENT, according to X, CONTENT."
    uint32_t e = open;
    while (e > s.first && a_.tok(e - 1) == ",") --e;
    // "... strangers (the actual number is closer to 15 percent, according
    // to Factcheck.org)": inside brackets, the bracketed words only.
    if (const uint32_t b = open_bracket_before(open, s); b != UINT32_MAX) {
      add_indirect(speaker, b + 1, e, s, 0.8);
      return;
    }
    // "But the next day, according to Roffman, Trump made further demands",
    // "most Americans, according to the report, still believe ...": the
    // sentence goes on after the source, the statement is both parts
    // (after a fronted subordinate clause, "While most were ..., according
    // to X, two were ...", the main clause alone).
    const uint32_t k = source_phrase_end(from, s);
    auto finite_in = [&](uint32_t f, uint32_t l) {
      for (uint32_t t = f; t < l; ++t)
        if (tag::is_finite(a_.tags[t].pos) || is_be(a_.lower(t))) return true;
      return false;
    };
    if (e > s.first && k + 1 < s.last && a_.tok(k) == "," && a_.tok(open - 1) == "," &&
        T(k + 1).kind == TokenKind::Word && !a_.is(k + 1, "who") && !a_.is(k + 1, "which")) {
      uint32_t b = s.first;
      if ((a_.is(b, "but") || a_.is(b, "and") || a_.is(b, "yet")) && b + 1 < e) ++b;
      const uint32_t end = content_end(k + 1, s);
      const bool verb_opens_after = tag::is_finite(a_.tags[k + 1].pos) || is_be(a_.lower(k + 1));
      const bool clause_after = finite_in(k + 1, end);
      // (A subordinate clause up to the source: its own verb, no comma.)
      bool subordinate = is_subordinator(a_.lower(b)) && finite_in(b, e) &&
                         !is_subordinator(a_.lower(k + 1)) && !a_.is(k + 1, "that");
      for (uint32_t t = b; t < e && subordinate; ++t) subordinate = a_.tok(t) != ",";
      if (subordinate && clause_after && !verb_opens_after) {
        add_indirect(speaker, k + 1, end, s, 0.8);
        return;
      }
      // (Not after a whole clause: "House prices fell 0.4%, according to
      // Nationwide, their biggest fall since 2001" reports the first part.)
      if (!(verb_opens_after || (!finite_in(b, e) && clause_after))) {
        add_indirect(speaker, s.first, e, s, 0.8);
        return;
      }
      add_indirect_around(speaker, b, e, k + 1, end, s, 0.8);
      return;
    }
    add_indirect(speaker, s.first, e, s, 0.8);
  }
}

bool StatementFinder::extends_last(int speaker, uint32_t first, uint32_t e,
                                   const text::Sentence& s) {
  if (a_.facts.statements.empty() || e <= first) return false;
  StatementFact& last = a_.facts.statements.back();
  if (last.speaker != speaker || last.kind != StatementKind::Indirect ||
      last.sentence.begin != s.span.begin || first == 0 || a_.tok(first - 1) != "," ||
      last.span.end > T(first - 1).span.begin || a_.first_token_at(last.span.end) != first - 1)
    return false;
  last.span.end = T(e - 1).span.end;
  last.text = std::string(last.span.of(a_.text));
  return true;
}

}  // namespace speech_detail

}  // namespace newskg::extract
