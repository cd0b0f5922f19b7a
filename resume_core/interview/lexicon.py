"""The words the clause reader knows by heart: fillers, adverbs, verbs that are not actions, irregular pasts.

Shared by `clauses` (reading a sentence) and `bullets` (writing "after moving it" for "after I moved it").
"""

from __future__ import annotations

FILLERS = {"yes", "yeah", "yep", "yup", "so", "well", "um", "uh", "umm", "erm", "ok", "okay", "right", "honestly",
            "basically", "actually", "oh", "sure", "and", "then", "also", "like", "hmm", "anyway", "plus", "but",
            "no", "mostly", "mainly", "first", "firstly", "second", "secondly", "finally", "later"}
ADVERBS = {"also", "then", "really", "basically", "just", "actually", "personally", "mostly", "first", "later",
            "eventually", "finally", "even", "still", "always", "usually", "often", "mainly", "myself", "together",
            "quickly", "successfully", "single-handedly", "initially", "recently", "once", "directly"}
# Words that open an adverbial phrase before the subject ("Every month I ...", "At Fidelity I ...").
ADVERBIAL = {"at", "in", "on", "for", "during", "after", "before", "every", "each", "last", "this", "that", "over",
              "within", "since", "by", "from", "using", "with", "through", "across", "around", "about", "back",
              "early", "later", "once", "twice", "one", "two", "three", "most", "some", "nearly", "almost", "then"}
SUBORDINATE = {"when", "while", "because", "although", "though", "if", "since", "once", "as", "until", "whenever"}
NOT_ACTION = {"think", "guess", "mean", "believe", "know", "don't", "didn't", "dont", "didnt", "not", "remember",
               "feel", "felt", "hope", "suppose", "wish", "want", "wanted", "like", "liked", "love", "loved",
               "can't", "cannot", "cant", "wasn't", "weren't", "never", "am", "'m", "thought", "guessed",
               "would", "should", "might", "may", "must", "need", "needed", "get", "got", "joined",
               "left", "came", "went", "go", "say", "said", "told", "asked", "enjoyed"}
GERUND_SUBJECT = {"had", "have", "has", "was", "were", "is", "are", "went", "grew", "fell", "rose", "took", "got",
                   "became", "dropped", "doubled", "halved", "increased", "decreased", "improved"}
STATIVE = {"had", "have", "has", "was", "were", "is", "are", "'s", "’s"}
MODAL = {"could", "can", "would", "were", "was"}
DISTINCTION = {"first", "top", "promoted", "named", "voted", "selected", "chosen", "awarded", "elected", "nominated",
                "recognised", "recognized", "asked", "invited"}  # "I was first on the scene", "I was promoted to"
CREDENTIAL = {"certified", "licensed", "qualified", "registered", "accredited", "chartered"}
GOT_OBJECT = {"my", "a", "an", "the", "our", "their", "every", "all", "two", "three", "four", "five"}
PARTICIPLE = {"made", "built", "done", "led", "written", "taught", "run", "grown", "won", "brought", "set", "cut",
               "put", "found", "shipped", "sold", "kept", "held", "given", "spent", "saved", "helped", "designed"}
IRREGULAR_PAST = {"built", "made", "led", "wrote", "taught", "ran", "grew", "won", "brought", "set", "cut", "put",
                   "found", "sold", "kept", "held", "gave", "spent", "took", "drove", "began", "did", "rebuilt",
                   "rewrote", "redid", "oversaw", "undertook", "fed", "hired", "met", "sent", "shut", "split",
                   "thought", "bought", "caught", "dealt", "drew", "fought", "flew", "hit", "let", "lent", "paid",
                   "read", "rode", "sought", "shot", "stood", "struck", "swept", "spoke", "upheld", "withdrew",
                   "handled", "trained", "worked", "helped", "opened", "coached", "mentored"}
ING_PAST = {"making": "made", "doing": "did", "running": "ran", "building": "built", "leading": "led",
             "writing": "wrote", "teaching": "taught", "selling": "sold", "keeping": "kept", "holding": "held",
             "giving": "gave", "taking": "took", "driving": "drove", "getting": "got", "growing": "grew",
             "winning": "won", "bringing": "brought", "setting": "set", "cutting": "cut", "putting": "put",
             "finding": "found", "spending": "spent", "being": "was", "seeing": "saw", "having": "had"}
GERUND = {past: ing for ing, past in ING_PAST.items() if past not in {"was", "had"}}
GERUND.update({"rewrote": "rewriting", "redid": "redoing", "rebuilt": "rebuilding", "ran": "running", "left": "leaving",
               "began": "beginning", "gave": "giving"})
