"""Seeded synthetic corpus for `make bench`, in PolicyGuide's own content format.

`generate(root, n, seed, real_content)` writes

    root/content/            a PolicyGuide content folder (content/README.md describes it):
        policies/policy-NNNNNN/policy.md   n policies, about 7.7 KB each
        checklists/*.md                    a few checklists citing policy headings
        site.yml, glossary.yml, wording/escalation.mustache   copied from the real content
    root/hugo/               the same Markdown bodies as a minimal Hugo site
    root/bodies.md           every body (policies and checklists) concatenated: the input of
                             the cmark-gfm floor

Everything comes from one random.Random(seed): the same (n, seed) always gives byte-identical
files. Only the Python standard library is used.

Run on its own to write one corpus:  python3 Benchmarks/corpus.py OUT_DIR N [SEED]
"""

import os
import random
import shutil
import sys

TARGET_BYTES = 7700          # mean size of one policy.md
TARGET_JITTER = 700          # each policy's target is uniform in TARGET_BYTES ± this

# Words of the real policies (content/policies/*/policy.md), frozen here so the corpus does
# not change when the real content does.
WORDS = """the and child for not that will process with plan are has their should children escalation care
this social been protection resolution have any where practice dispute appropriate may worker being
review resolve quality from within service issue time significant level they planning authority
which issues consider stage matter information disagreement concerns about management professional
placement needs managers line formal case young work through other family completed after who
safety rights provision poor local legal identified following conference change subject
responsible relevant referral raised place out only delay decision before there resolved progress
proceedings manager make made ensure chair assurance all then statutory procedure person must
meetings looked independent criteria concern action worries welfare timescales timescale than same
request provide necessary most more meet life initiating form each does date assessment agency
accordance working what visits supervision states standards stages services role requirements
report relation record raise possible making informal help health file expectations example duty
decisions clear can arrangements areas allocated agreed agencies wishes whether when transition
timely taking such story source routes responding resources recorded provided progressed plans
permanency people parents outcomes need into informed inform include inadequate implementation
impact identify his her guidance further feelings families failed days could contact consideration
completion circumstances chapter changes chairs cases both assessments advocate addressed added
without well way view using under teams take summarised seek section response respect
representation reports remain relating regulation regarding referred refer purpose proposed
procedures problems power positive policy point period over obtaining note manual lack keep
interest instigates initial individual human how held good framework failure face evidence during
discussion continue consultation consult concurrent completing complaint categories cannot bypass
but between best assist arising approach agreement advice able updated two try taken table support
step signs sharing setting serious seniority senior seeking school risks right reviewing reasonable
reached provides professionals principles pre persons part parent paramount next negotiation named
multi missing manner lines levels leads lead key informing informally including improve implement
impacting home head group forward first final expected evident every escalate equivalent education
duties due drawn disputes disagreements directly delays court core consulted considers considered
communication carer available audit attempt around applied another also address actions""".split()

# Terms of the real glossary, so glossary marking has realistic work to do.
TERMS = ["IRO", "CP Chair", "Cafcass", "LAC", "PEP", "working days", "Liquid Logic",
         "Signs of Safety", "Section 20", "dispute resolution process", "SW", "PM", "DCS"]

PLACES = """Ashford Barnfield Castleton Dunmore Eastleigh Fairhaven Glenmoor Harrowfield Ironbridge
Kingsmere Longford Millbrook Northgate Oakham Pendle Queensbury Redcliffe Stanmore Thornbury
Upton Valemouth Westbury Yarwood Ashcombe Brackley Coldharbour Dunstable Elmstead Foxley
Greenhithe Hollins Kirkby Lydford Marston Newbold Ottery Penrith Ravensworth Selby Tadley""".split()

AUTHORITY_KINDS = ["London Borough of", "County Council of", "City of", "Metropolitan Borough of",
                   "Royal Borough of", "Council of"]

CRITERIA = """Allocation of social worker; Failure to meet statutory requirements; Non completion of
conference decisions; Participation of the child and family; Endorsement of protection plan;
Signs of safety practice framework; Statutory visits not completed; Pre-proceedings plan;
Case management review panel; Delay in provision of service; Care plan not progressed;
Permanency planning delayed; Placement stability; Health assessments overdue; Education and
personal education plan; Contact arrangements not reviewed; Life story work not started;
Pathway plan not in place; Legal planning meeting not held; Recommendations of the review not
implemented; Records not up to date; Core group meetings not held; Child's wishes and feelings
not recorded; Advocacy not offered; Transition to adult services; Placement with parents
regulations; Family time arrangements; Missing from care episodes; Exploitation risk not
assessed; Sibling assessment outstanding; Court directions not met; Assessment of connected
persons; Delegated authority not agreed; Leaving care entitlements; Identity and cultural
needs; Disability and additional needs; Supervision of the social worker; Quality of
assessment; Strategy discussion not convened; Multi-agency plan not shared""".replace("\n", " ").split("; ")

CRITERIA_ITEMS = """No allocated social worker; No up to date care plan; No up to date PEP (LAC only);
No health assessment within timescale (LAC only); No permanency plan at the second review;
Visits not within statutory timescales; Reports not shared before the conference;
No pathway plan at sixteen (LAC only); Placement plan not signed; Delegated authority not
recorded (LAC only); Chronology not up to date; Core group not held within ten working days""".replace("\n", " ").split("; ")

OFFICERS = ["Team manager", "Practice manager", "Service manager", "Head of service",
            "Assistant director", "Director of children's services", "Team manager and service manager",
            "Principal social worker", "Designated safeguarding lead", "Executive lead"]

TASKS = """Discuss the concern with the social worker; Record the informal discussion on the case file;
Agree a timescale for a response; Check the care plan and the last review decisions;
Note the child's wishes and feelings; Tell the child and family about the escalation where
appropriate; Copy the escalation to the team manager; Diarise the response date; Consider
whether the concern should go to the next stage; Check whether an advocate has been offered;
Confirm who holds case responsibility; Share the outcome with the child's network""".replace("\n", " ").split("; ")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def slug(text):
    """PolicyGuide's anchor rule (Sources/PolicyModel/Slug.swift): lower case, ASCII letters and
    digits kept, runs of spaces, tabs and hyphens become one hyphen, everything else dropped."""
    out, pending = [], False
    for ch in text.lower():
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            if pending and out:
                out.append("-")
            pending = False
            out.append(ch)
        elif ch in " -\t":
            pending = True
    return "".join(out) or "section"


class Anchors:
    """Unique heading anchors in document order: a repeated heading gets -1, -2 (like GitHub)."""

    def __init__(self):
        self.seen = {}
        self.all = []

    def add(self, text):
        base = slug(text)
        if base in self.seen:
            anchor = "%s-%d" % (base, self.seen[base])
            self.seen[base] += 1
        else:
            anchor = base
            self.seen[base] = 1
        self.all.append((text, anchor))
        return anchor


def policy_id(i):
    return "policy-%06d" % i


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.short = False   # two-route policies use shorter paragraphs to stay near the target size

    # --- text ------------------------------------------------------------------------------

    def words(self, k):
        r = self.rng
        return [r.choice(WORDS) for _ in range(k)]

    def sentence(self, lo=8, hi=22):
        r = self.rng
        if self.short:
            lo, hi = min(lo, 6), min(hi, 14)
        w = self.words(r.randint(lo, hi))
        if r.random() < 0.35:
            w.insert(r.randrange(len(w)), r.choice(TERMS))
        if r.random() < 0.12:
            i = r.randrange(len(w))
            w[i] = "**%s**" % w[i]
        elif r.random() < 0.08:
            i = r.randrange(len(w))
            w[i] = "*%s*" % w[i]
        elif r.random() < 0.02:
            i = r.randrange(len(w))
            w[i] = "~~%s~~" % w[i]
        s = " ".join(w)
        return s[0].upper() + s[1:] + r.choice([".", ".", ".", ";", "."])

    def paragraph(self, lo=2, hi=5, links=None):
        r = self.rng
        if self.short:
            lo, hi = min(lo, 2), min(hi, 2)
        parts = [self.sentence() for _ in range(r.randint(lo, hi))]
        if links:
            for link in links:
                i = r.randrange(len(parts))
                parts[i] = parts[i][:-1] + " (see %s)." % link
        return " ".join(parts)

    # --- structure -------------------------------------------------------------------------

    def skeleton(self, i):
        """Front matter facts and the ordered heading list of policy i (anchors included), so
        links from any policy can point at headings that exist."""
        r = self.rng
        place = "%s %s" % (r.choice(PLACES), r.choice(PLACES))
        authority = "%s %s %d" % (r.choice(AUTHORITY_KINDS), place, i)
        two = r.random() < 0.5
        routes = []
        if two:
            routes.append(dict(id="cp", title="Children subject to a child protection plan",
                               raisedBy="[cp-chair]", section="Children subject to a child protection plan"))
            routes.append(dict(id="lac", title="Looked after children", raisedBy="[iro]",
                               section="Looked after children"))
        else:
            kind = r.choice(["lac", "multi-agency", "cp"])
            routes.append({"lac": dict(id="lac", title="Looked after children", raisedBy="[iro]"),
                           "cp": dict(id="cp", title="Children subject to a child protection plan",
                                      raisedBy="[cp-chair]"),
                           "multi-agency": dict(id="multi-agency", title="Disagreements between agencies",
                                                raisedBy="[multi-agency, iro]")}[kind])
        anchors = Anchors()
        parts = []   # per route: (section heading or None, [(level, text)])
        if not two:
            title = "%s escalation policy" % place
            anchors.add(title)
        for route in routes:
            hs = []
            if "section" in route:
                anchors.add(route["section"])
            n = 1
            def h(level, text):
                hs.append((level, text))
                anchors.add(text)
            lvl = 2
            for name in r.sample(["Purpose", "Scope", "Principles", "Informal resolution",
                                  "What issues will be raised as an escalation",
                                  "Complaints", "Referral to Cafcass"], r.randint(1, 2) if two else r.randint(2, 3)):
                h(lvl, "%d. %s" % (n, name)); n += 1
            stages = "%d. Timescales for responding to the formal escalation" % n
            h(lvl, stages); n += 1
            criteria = "%d. Criteria for initiating an escalation" % n
            h(lvl, criteria); n += 1
            crit_titles = r.sample(CRITERIA, r.randint(3, 4) if two else r.randint(4, 6))
            for t in crit_titles:
                h(lvl + 1, t)
            group = None
            if r.random() < 0.4:
                group = "Failure to meet statutory requirements in %s" % route["id"]
                h(lvl + 1, group)
            h(lvl, "%d. Before raising an escalation" % n); n += 1
            h(lvl, "%d. Further guidance" % n); n += 1
            h(lvl, "%d. Recording and review" % n); n += 1
            route["stages"] = stages
            route["criteria"] = criteria
            parts.append(dict(route=route, headings=hs, crit_titles=crit_titles, group=group))
        y = r.choice([2024, 2025, 2026])
        m = r.randint(1, 10 if y == 2026 else 12)
        return dict(id=policy_id(i), place=place, authority=authority, two=two, routes=routes,
                    parts=parts, anchors=anchors.all, updated=(y, m),
                    title=(title if not two else None))

    def link_to(self, skeletons, own):
        """A Markdown link to a heading of another policy, relative to policies/<id>/policy.md."""
        r = self.rng
        j = r.randrange(self.n)
        if j == own:
            j = (j + 1) % self.n
        sk = skeletons[j]
        text, anchor = r.choice(sk["anchors"])
        return "[%s, %s](../%s/policy.md#%s)" % (sk["place"], text, sk["id"], anchor)

    def stages_table(self, route):
        r = self.rng
        word = r.choice(["Stage", "Level"])
        rows = []
        if r.random() < 0.3:
            rows.append(("Informal", r.choice(OFFICERS[:2]), "Timescale agreed between IRO and SW/PM"))
        count = r.randint(3, 4)
        budget = 20
        for k in range(1, count + 1):
            remaining = count - k
            if k == count and r.random() < 0.3:
                rows.append(("%s %d" % (word, k), "Escalation to Cafcass", "At any time"))
                break
            kind = r.random()
            if kind < 0.15:
                ts = "24 hours"
            else:
                d = r.randint(2, max(2, min(10, budget - 2 * remaining)))
                budget -= d
                ts = ("%d working days" % d) if kind < 0.85 else ("%d days" % d)
                if r.random() < 0.1:
                    ts += "; within 24 hours if the issue relates to child protection"
            rows.append(("%s %d" % (word, k), OFFICERS[min(k + r.randint(0, 2), len(OFFICERS) - 1)], ts))
        out = ["| Stage | Responsible officer | Timescale |", "|---|---|---|"]
        out += ["| %s | %s | %s |" % row for row in rows]
        return "\n".join(out)

    def policy(self, i, skeletons):
        r = self.rng
        sk = skeletons[i]
        self.short = sk["two"]
        target = TARGET_BYTES + r.randint(-TARGET_JITTER, TARGET_JITTER)
        doc_title = sk["title"] or "Escalation policy for children subject to child protection plans and looked after children"
        y, m = sk["updated"]
        fm = ["---",
              "authority: %s" % sk["authority"],
              "title: %s" % doc_title,
              'source: "%s (PDF), %s intranet"' % (doc_title, sk["authority"]),
              "version: Updated %s %d" % (MONTHS[m - 1], y),
              "updated: %d-%02d" % (y, m),
              "routes:"]
        for route in sk["routes"]:
            fm.append("  - id: %s" % route["id"])
            fm.append("    title: %s" % route["title"])
            fm.append("    raisedBy: %s" % route["raisedBy"])
            if "section" in route:
                fm.append('    section: "%s"' % route["section"])
            fm.append('    stages: "%s"' % route["stages"])
            fm.append('    criteria: "%s"' % route["criteria"])
            if r.random() < 0.3:
                fm.append('    bypass: "The IRO may bypass any stage and progress the dispute to the level s/he considers most appropriate."')
        fm.append("---")

        # Blocks as a list of strings; padding paragraphs go into each route's "Further guidance".
        body = []
        pad_slots = []
        if sk["title"]:
            body += ["# %s" % sk["title"], self.paragraph(2, 3)]
        for part in sk["parts"]:
            route = part["route"]
            if "section" in route:
                body += ["# %s" % route["section"], self.paragraph(2, 4)]
            for level, text in part["headings"]:
                if level == 3:
                    continue   # criteria headings are written under the criteria heading
                body.append("## %s" % text)
                if text == route["stages"]:
                    body.append(self.paragraph(1, 2))
                    body.append(self.stages_table(route))
                    body.append(self.paragraph(1, 2))
                elif text == route["criteria"]:
                    body.append(self.paragraph(1, 1))
                    for t in part["crit_titles"]:
                        body += ["### %s" % t, self.paragraph(1, 3)]
                    if part["group"]:
                        items = r.sample(CRITERIA_ITEMS, r.randint(2, 4))
                        body += ["### %s" % part["group"], "\n".join("- %s;" % it for it in items)]
                elif text.endswith("Before raising an escalation"):
                    body.append(self.paragraph(1, 2))
                    body.append("\n".join("- [%s] %s" % (r.choice([" ", " ", "x"]), t)
                                          for t in r.sample(TASKS, r.randint(3, 6))))
                elif text.endswith("Further guidance"):
                    body.append(self.paragraph(2, 4, links=[self.link_to(skeletons, i)]))
                    pad_slots.append(len(body))
                elif text.endswith("Recording and review"):
                    body.append(self.paragraph(1, 3, links=[self.link_to(skeletons, i)
                                                            for _ in range(r.randint(1, 2))]))
                    body.append("\n".join("%d. %s" % (k + 1, self.sentence(6, 14))
                                          for k in range(r.randint(2, 4))))
                else:
                    body.append(self.paragraph(2, 4))
                    kind = r.random()
                    if kind < 0.4:
                        body.append("\n".join("- %s" % self.sentence(6, 16) for _ in range(r.randint(2, 5))))
                    elif kind < 0.55:
                        body.append("> " + self.sentence(10, 20) + " (IRO Handbook, para 6.2)")
                    elif kind < 0.65:
                        body.append("See https://www.gov.uk/government/publications/iro-handbook for the statutory guidance.")
        own = [a for _, a in sk["anchors"]]
        body.append("The sections above are summarised in [%s](#%s)." % ("the first section", own[0]))

        fm_text = "\n".join(fm) + "\n"
        size = len(fm_text.encode()) + sum(len(b.encode()) + 2 for b in body)
        extra = {}
        k = 0
        while size < target - 250:   # stop about half a paragraph early: the mean lands on target
            p = self.paragraph(2, 4, links=[self.link_to(skeletons, i)] if r.random() < 0.3 else None)
            extra.setdefault(pad_slots[k % len(pad_slots)], []).append(p)
            size += len(p.encode()) + 2
            k += 1
        blocks = []
        for idx, b in enumerate(body):
            blocks += extra.get(idx, [])
            blocks.append(b)
        text = "\n\n".join(blocks) + "\n"
        return fm_text + "\n" + text, "\n\n".join(blocks) + "\n", doc_title

    def checklists(self, skeletons):
        r = self.rng
        out = []
        names = [("significant-changes", "Significant changes: tell the IRO or CP Chair"),
                 ("conference-readiness", "Ready for the conference"),
                 ("review-triggers", "What triggers a review")]
        for order, (cid, title) in enumerate(names, 1):
            lines = []
            for s in range(r.randint(3, 5)):
                lines.append("## %s\n" % " ".join(self.words(3)).capitalize())
                items = []
                for _ in range(r.randint(6, 12)):
                    j = r.randrange(self.n)
                    sk = skeletons[j]
                    text, anchor = r.choice(sk["anchors"])
                    items.append("- [ ] %s ([%s, %s](../policies/%s/policy.md#%s))"
                                 % (self.sentence(5, 14)[:-1], sk["place"], text, sk["id"], anchor))
                lines.append("\n".join(items) + "\n")
            body = "Every item quotes its policy word for word.\n\n" + "\n".join(lines)
            fm = ('---\ntitle: %s\naudience: Social workers and team managers\nsummary: %s\norder: %d\n---\n\n'
                  % (yaml_quote(title), yaml_quote(self.sentence(6, 12)), order))
            out.append((cid, title, fm, body))
        return out


HUGO_CONFIG = """baseURL = "http://example.org/"
title = "PolicyGuide benchmark"
disableKinds = ["sitemap", "RSS", "taxonomy", "term"]

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_LAYOUTS = {
    "_default/single.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n",
    "_default/list.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n",
    "index.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n",
}


def yaml_quote(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(root, n, seed, real_content):
    """Writes the corpus under root (which must not exist). Returns a summary dict."""
    g = Generator(n, seed)
    content = os.path.join(root, "content")
    hugo = os.path.join(root, "hugo")
    os.makedirs(os.path.join(content, "policies"))
    for name in ("site.yml", "glossary.yml", os.path.join("wording", "escalation.mustache")):
        os.makedirs(os.path.dirname(os.path.join(content, name)), exist_ok=True)
        shutil.copyfile(os.path.join(real_content, name), os.path.join(content, name))
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, "layouts", rel), text)
    write(os.path.join(hugo, "content", "_index.md"), "---\ntitle: PolicyGuide benchmark\n---\n")
    write(os.path.join(hugo, "content", "policies", "_index.md"), "---\ntitle: Policies\n---\n")
    write(os.path.join(hugo, "content", "checklists", "_index.md"), "---\ntitle: Checklists\n---\n")

    skeletons = [g.skeleton(i) for i in range(n)]
    total = 0
    with open(os.path.join(root, "bodies.md"), "w", encoding="utf-8", newline="\n") as bodies:
        for i in range(n):
            full, body, title = g.policy(i, skeletons)
            pid = skeletons[i]["id"]
            write(os.path.join(content, "policies", pid, "policy.md"), full)
            write(os.path.join(hugo, "content", "policies", pid + ".md"),
                  "---\ntitle: %s\n---\n\n%s" % (yaml_quote("%s: %s" % (skeletons[i]["authority"], title)), body))
            bodies.write(body + "\n")
            total += len(full.encode())
        g.short = False
        for cid, title, fm, body in g.checklists(skeletons):
            write(os.path.join(content, "checklists", cid + ".md"), fm + body)
            write(os.path.join(hugo, "content", "checklists", cid + ".md"),
                  "---\ntitle: %s\n---\n\n%s" % (yaml_quote(title), body))
            bodies.write(body + "\n")
    return dict(policies=n, policy_bytes=total, mean_bytes=total / n,
                edit_target=os.path.join(content, "policies", policy_id(n // 2), "policy.md"))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: corpus.py OUT_DIR N [SEED]")
    here = os.path.dirname(os.path.abspath(__file__))
    info = generate(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20261122,
                    os.path.join(here, "..", "content"))
    print(info)
