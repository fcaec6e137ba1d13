// A vignette to copy: `cp -r stories/_template stories/<your-case>` and edit.
// Folders starting with '_' never appear in the catalogue. Read stories/README.md first.
# id: template
# vignette: 9
# title: Template: replace with the client's name and the dilemma
# summary: One line for the catalogue: the setting and what the trainee decides.
# version: 1.0.0
# reviewed: none
# content_note: What the case contains that may distress a trainee (one tag each)
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: the kind of practice
# setting: HIPAA: covered entity, or not
# setting: State law: unnamed state modeled on X; what it requires or permits
# setting: Your role: the trainee's role
# jurisdictions: How this differs elsewhere, in two or three lines, ending with what to check ("Check your state's current statute.").
# objective: What the trainee should learn.

-> scene_one

=== scene_one ===
Set the scene in a few short paragraphs. Each line is one paragraph.
"Client lines go in quotes," she says.
* [A narrative choice: how you open. #id: template-s1-open]
    A line or two of what follows.
* [Another way in. #id: template-s1-listen]
    A line or two of what follows.
- She tells you something that raises the question.
What do you do? #decision: V9.D9.1 Title of the first decision
// Options appear in the order written here and are labeled 1, 2, 3 on screen. Vary where the best
// one sits, keep every option within 20 % of the decision's mean length, and let no option argue
// for itself ("because", "so that"...): the reasons go in the rationale.
* [Call the police and give them her name and address. #id: V9.D9.1.b #action: disclose #verdict: error #kind: over #critical #rationale: Why this is wrong, from the brief, and what to do instead. #cite: The citation from the brief]
    What happens next.
* [Ask her what she meant, and about any plan or means. #id: V9.D9.1.a #action: hold #verdict: best #rationale: Why this is right, from the brief. #cite: The citation from the brief]
    What happens next.
* [Reassure her, note "no concerns", and move on to work. #id: V9.D9.1.c #action: hold #verdict: error #kind: process #rationale: Whether the call was right, then what was wrong with the way. #cite: The citation from the brief]
    What happens next, told without punishing the trainee.
- -> scene_two

=== scene_two ===
Later, the facts change.
What now? #decision: V9.D9.2 Title of the second decision
* [Keep it between you, and see her again next week. #id: V9.D9.2.b #action: hold #verdict: error #kind: under #critical #rationale: Why holding now under-protects. #cite: The citation from the brief]
    What happens next.
* [Tell the one person who must know, tomorrow morning. #id: V9.D9.2.c #action: disclose #verdict: acceptable #rationale: Why it is acceptable, and what makes it not best. #cite: The citation from the brief]
    What happens next.
* [Tell the one person who must know, and only the minimum. #id: V9.D9.2.a #action: disclose #verdict: best #rationale: Why this disclosure is warranted, to whom, and how little. #cite: The citation from the brief]
    What happens next.
- A closing passage.
-> END
