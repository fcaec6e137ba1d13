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
# setting: State law: unnamed state modelled on X; what it requires or permits
# setting: Your role: the trainee's role
# jurisdictions: How this differs elsewhere, in two or three lines. Keep every (verify) from the brief.
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
* [What the clinician does, with no hint of the verdict. #id: V9.D9.1.b #action: disclose #verdict: error #kind: over #rationale: Why this is wrong, from the brief. #cite: The citation from the brief]
    What happens next.
* [The best response. #id: V9.D9.1.a #action: hold #verdict: best #rationale: Why this is right, from the brief. #cite: The citation from the brief]
    What happens next.
* [A common miss. #id: V9.D9.1.c #action: hold #verdict: error #kind: process #critical #rationale: Why this could cost a life or cause serious legal harm. #cite: The best option's citation]
    What happens next, told without punishing the trainee.
- -> scene_two

=== scene_two ===
Later, the facts change.
What now? #decision: V9.D9.2 Title of the second decision
* [Keep the confidence. #id: V9.D9.2.b #action: hold #verdict: error #kind: under #critical #rationale: Why holding now under-protects. #cite: The citation from the brief]
    What happens next.
* [The best response: disclose the minimum to the right person. #id: V9.D9.2.a #action: disclose #verdict: best #rationale: Why this disclosure is warranted, to whom, and how little. #cite: The citation from the brief]
    What happens next.
* [Defensible but not best. #id: V9.D9.2.c #action: disclose #verdict: acceptable #rationale: Why it is acceptable, and what makes it not best. #cite: The citation from the brief]
    What happens next.
- A closing passage.
-> END
