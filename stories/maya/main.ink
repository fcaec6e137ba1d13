# id: maya
# vignette: 4
# title: Maya: subpoenas and testimony in a custody case
# summary: A subpoena for therapy records in a custody case, from the first demand to a court order and testimony on the witness stand.
# version: 2.0.0
# reviewed: none
# content_note: A separation and a contested custody case over a seven-year-old
# content_note: Subpoenas, a court order and testimony
# content_note: A question about a parent's drinking (no drinking is described)
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing; when the separation began heading for court, you went over the part about court orders again.
# setting: Setting: Private practice
# setting: HIPAA: Covered entity
# setting: Privilege: The state recognizes psychotherapist–patient privilege (every state has a form of it; federal courts since Jaffee v. Redmond, 518 U.S. 1 (1996))
# setting: Court: State family court (unnamed state)
# setting: Mental health at issue: Whether seeking custody puts a parent's mental health "at issue" is for the court and varies by state (Texas, for example, excepts proceedings affecting the parent–child relationship, Health & Safety Code §611.006(a)(6))
# setting: Your role: Maya's treating psychologist; you keep a chart and, separately, process notes
# jurisdictions: Deadlines for answering a subpoena, how objections are made, patient-litigant exceptions (whether a parent's mental health is "at issue" in a custody case) and the rules for children's records all vary by state. Some state licensing rules (Texas's rules for professional counselors, for example) expressly bar custody recommendations from anyone who has not done a custody evaluation. Whether an order alone can reach psychotherapy notes depends on state privilege law and the order's wording. Records from a federally assisted SUD program need Part 2 consent or a Part 2 court order, never a subpoena alone. Check your state's current law.
# objective: Distinguish a subpoena from a court order, and list the steps for answering a subpoena without releasing records.
# objective: Explain why HIPAA satisfactory assurances permit but never compel release, and when they fail.
# objective: Keep records unaltered once a legal demand arrives.
# objective: Comply with a court order within its scope and to the named recipient, while narrowing it through counsel.
# objective: Testify within a judge's ruling, and decline a custody opinion as a treating therapist.

-> s1

=== s1 ===
Maya is 36. For eight months you have seen her for individual therapy for anxiety, which began as her marriage was ending.
She and her ex-spouse, Sam, are separated and share the care of their son, Eli, who is seven. You have never met Eli or Sam.
You are Maya's treating psychologist, and you keep two kinds of record for her. Her chart holds session dates, her diagnosis, the treatment plan and brief progress notes. Your process notes, your own working notes on what happens in sessions, are kept separately, in a locked drawer. HIPAA calls these psychotherapy notes and protects them more strongly than the chart.
At intake you explained where confidentiality ends, court orders included. Two months ago, when Maya told you the separation was heading for family court, you went back over that part with her.
On Monday morning a process server hands your receptionist an envelope with your name on it.
Inside is a subpoena duces tecum: a legal demand to hand over documents. This one was issued by an attorney, not a judge: it is signed by Sam's attorney, Daniel Hale, and no judge has reviewed it.
It demands "any and all records" concerning Maya, to be delivered to his office within 10 days.
It looks official: the court's name across the top, a case number, the deadline in bold.
You read it twice. There is no court order with it. Nothing shows that Maya has been told about it. There is no protective order either: an order from a judge that limits who may see records and what they may be used for, for example by sealing them.
You think of what Maya has told you in this room. What she says in therapy is covered by privilege: an evidence rule that lets Maya, as the client, keep those communications out of court. She can give it up; until she does, or a judge rules otherwise, it falls to you to assert it for her.
What do you do with the subpoena? #decision: V4.D4.1 A subpoena issued by the other side's attorney
* (d4_1_c) [File the subpoena in Maya's chart today with a dated note that it is not a court order, and take no further step until a judge signs an order. #id: V4.D4.1.c #action: hold #verdict: error #kind: process #rationale: Releasing nothing is right; ignoring the subpoena is not. It is still a legal demand that needs a timely response: silence risks sanctions and a motion to compel, and may be argued to waive your own objections. Maya's privilege is hers, but it goes unasserted at the moment it matters. Tell her, get advice, answer in writing. #cite: ACA B.2.d; NASW 1.07(j); APA 4.05]
    You write the note, date it, and file the subpoena in the chart. The ten days pass.
    On day twelve a letter arrives from Sam's attorney: you have not responded, and he will ask the court to compel you and to award costs.
    You call the risk line at your malpractice insurer, and then you call Maya.
    "You've had this for nearly two weeks?" She calls her attorney, Grace Okafor, straight away.
    With the risk-line attorney's help you respond in writing the same day: the records are privileged, and nothing will be released without Maya's written authorization or a court order.
    -> s2
* (d4_1_d) [Send Sam's attorney only a one-page treatment summary, not the whole record, before the deadline; tell Maya what you sent, and why. #id: V4.D4.1.d #action: disclose #verdict: error #kind: over #rationale: A summary feels like restraint, but minimum necessary only limits a lawful basis, and there is none yet: no authorization, no court order. Telling Maya afterward doesn't create one. Instead: release nothing, tell Maya first, and answer the subpoena in writing with advice. #cite: HIPAA 164.502(b); HIPAA 164.512(e)(1)(ii); APA 4.04(a); ACA B.2.d]
    You write one page: dates of treatment, her diagnosis, the goals you have been working on and how she is progressing. It goes in the mail that afternoon.
    You call Maya and tell her what you sent, and why. She is quiet for a long time. "I thought it stayed between us unless a judge said otherwise."
    The next day her attorney, Grace Okafor, calls you. "You sent them a summary? No judge has ordered anything."
    You call the risk line at your malpractice insurer. With the attorney's help there, you write to Sam's attorney: nothing further will be released without Maya's written authorization or a court order.
    -> s2
* (d4_1_a) [Release nothing yet; calendar the deadline and tell Maya today; then call your risk line, and respond in writing before the deadline passes. #id: V4.D4.1.a #action: hold #verdict: best #rationale: An attorney-issued subpoena is a legal demand, not a court order: on its own it does not authorize releasing privileged records, and it cannot be ignored. Telling Maya promptly lets her attorney act; legal advice and a timely written response protect her privilege and your position. HIPAA permits a response to a subpoena only with satisfactory assurances or a qualified protective order, and state privilege comes first. #cite: APA 4.01; APA 4.05; ACA B.2.d; NASW 1.07(j); HIPAA 164.512(e)(1)(ii); state privilege law]
    You mark the deadline on your calendar and call Maya at lunchtime. "I've received a subpoena for your records. I haven't sent anything, and I won't without your written permission or a judge's order."
    She takes a breath. "OK. I'll call my attorney."
    Maya calls her attorney, Grace Okafor, that afternoon.
    The attorney on your malpractice insurer's risk line helps you write to Sam's attorney: the records are privileged, and nothing will be released without Maya's written authorization or a court order. It goes by certified mail with three days to spare.
    You note each step in the chart: the subpoena, the call to Maya, the advice you took and the letter.
    -> s2
* (d4_1_b) [Copy the chart and the process notes and send them to Sam's attorney by certified mail before the deadline, with a cover letter citing the subpoena. #id: V4.D4.1.b #action: disclose #verdict: error #kind: over #critical #rationale: Looking official is not the same as being authorized. An attorney's subpoena is not a court order; HIPAA's permission to respond does not override state privilege; Maya had neither consented nor been told; and psychotherapy notes need her specific authorization. Privilege and confidentiality are breached in one step. Instead: release nothing, tell Maya, get advice, and answer in writing before the deadline. #cite: APA 4.01; ACA B.2.d; NASW 1.07(j); HIPAA 164.508(a)(2); HIPAA 164.512(e)(1)(ii); state privilege law]
    You copy everything, the chart and the process notes together, write a short cover letter citing the subpoena, and send it by certified mail that afternoon.
    Four days later Maya's attorney, Grace Okafor, calls. Sam's attorney has mentioned "the therapy file" to her. Maya had not known there was a subpoena.
    At Grace Okafor's request, Sam's attorney returns the copies, sealed, while the court decides. No one can say who read what in the meantime.
    Maya sits in the waiting room for a long time before her next session. "Those notes were the things I've never said to anyone else."
    You call the risk line at your malpractice insurer, and from then on you take each step with their advice.
    -> s2

=== s2 ===
On her attorney's advice, Maya has refused to consent to any release of her records. Grace Okafor has filed a motion to quash: a request asking the court to cancel the subpoena.
Maya tells you this at the start of her session, twisting the strap of her bag. "Is that going to get you into trouble?"
* [Explain, in plain words, what happens next with her records. #id: maya-s2-explain]
    You tell her that her attorney will argue the motion, that the judge will decide it, and that you will tell her about anything that reaches you.
    She nods slowly. "So it's the judge who decides. Not Sam's lawyer."
* [Ask her what worries her most about it. #id: maya-s2-worry]
    "That someone reads about my worst weeks and decides I'm not fit to look after my own son."
    You tell her that you understand why that frightens her, and that you will tell her about anything that reaches you.
- She is quiet for a moment. "Sam isn't a bad parent. We both want more time with Eli, and now it's lawyers. I suppose Sam's lawyer is just doing what mine is doing."
Two days later Sam's attorney writes to you again.
{s1.d4_1_b: The copies you sent him are back with you, still sealed. }The letter encloses papers showing that Maya was notified of the subpoena and given the chance to object. He calls them HIPAA "satisfactory assurances", and asks you to produce the records by Friday.
Maya's motion to quash has been filed and is waiting to be heard.
Your file is as it was the day the subpoena arrived. Some of the early process notes are rough: written in haste, half-formed, with your own first impressions in the margins.
How do you respond? #decision: V4.D4.2 Maya refuses consent; a motion is pending; counsel sends "satisfactory assurances"
* (d4_2_c) [Replace the roughest early process notes with clean typed copies, shred the handwritten originals, and then, through counsel, reply in writing that you assert privilege. #id: V4.D4.2.c #action: hold #verdict: error #kind: process #critical #rationale: Asserting privilege is right; altering and destroying records after a legal demand is not, whatever the motive. It is spoliation, may be unlawful, can harm Maya's case, and exposes you to serious legal consequences. Once a demand arrives, the records stay exactly as they are. #cite: APA 6.01; ACA A.1.b]
    You spend an evening on it: the roughest early pages typed out clean, the handwritten originals through the shredder.
    When you next speak with the risk-line attorney you mention it. There is a pause. "Stop. Don't touch anything else."
    She has you write down exactly what you changed and when. That note goes into the file, and Maya's attorney has to be told.
    With her help, your written reply goes out: you assert privilege on Maya's behalf, and nothing will be released without her written authorization or a court order.
    -> s3
* (d4_2_a) [With counsel's help, reply in writing that nothing goes out without Maya's authorization or a court order; assert privilege; alter nothing. #id: V4.D4.2.a #action: hold #verdict: best #rationale: Maya holds the privilege; she has refused consent and her motion to quash is pending. Until she authorizes release or a judge orders it, you assert privilege for her, in writing and with counsel's guidance. Keeping the records exactly as they are matters as much as withholding them; document the advice and the reply. #cite: APA 4.01; ACA B.2.d; NASW 1.07(j); HIPAA 164.512(e)(1)(ii); HIPAA 164.512(e)(1)(iii); state privilege law]
    The risk-line attorney helps you keep the letter short: you have received the papers; Maya has not authorized release; you assert privilege on her behalf; nothing will be released without her written authorization or a court order.
    You copy Grace Okafor, leave the file exactly as it is, and note the advice and the reply in the chart.
    Sam's attorney replies in one line: the matter will be for the judge.
    -> s3
* (d4_2_b) [Send the records with a cover letter citing HIPAA's satisfactory assurances; copy Maya's attorney on the letter, and tell Maya exactly what went. #id: V4.D4.2.b #action: disclose #verdict: error #kind: over #critical #rationale: Satisfactory assurances permit release; they never require it. Here they don't even hold: assurances of notice depend on the time to object having passed with no objection, or on objections having been resolved, and Maya's motion is pending. State privilege comes first, and Maya, who holds it, has refused. Instead: with counsel's help, answer in writing that nothing goes out without her authorization or a court order. #cite: HIPAA 164.512(e)(1)(ii); HIPAA 164.512(e)(1)(iii); 45 CFR 160.203(b); state privilege law]
    You send the records to Sam's attorney with a cover letter citing the assurances, copy Grace Okafor on the letter, and at her next session tell Maya exactly what went.
    Grace Okafor calls the day her copy arrives, her voice very even. "My client's objection was pending. You knew that."
    At her request the copies come back to you, sealed, until the motion is decided.
    Maya says less than usual at her next session.
    -> s3

=== s3 ===
Three weeks later the judge rules on Maya's motion.
The subpoena is not simply quashed. Instead, the judge signs an order: you are to produce records "relevant to parenting capacity" for in camera review. In camera review means the judge reads the records privately, in chambers, and decides what, if anything, the parties and their attorneys get to see.
This is a court order, signed by a judge.
The order does not say what "relevant to parenting capacity" covers. It does not mention process notes.
Grace Okafor emails you a copy. An hour later Sam's attorney's office emails too, asking for a copy of whatever you send to the court.
The attorney from your insurer's risk line, who has advised you since the first subpoena, now acts for you in the matter.
What do you do with the order? #decision: V4.D4.3 A court order for in camera review
* (d4_3_a) [Send the covered records to the court alone, sealed; through counsel, seek a clearer scope and keep process notes out; document what went. #id: V4.D4.3.a #action: disclose #verdict: best #rationale: A judge's order is a lawful basis, and it permits only what it covers: records relevant to parenting capacity, to the court, for the judge to read privately. Through counsel, clarify an unclear scope, ask that psychotherapy notes be excluded or reviewed separately, and seek a protective order; answer the other side's request for a copy by pointing to the order; tell Maya what is going and why. #cite: HIPAA 164.512(e)(1)(i); ACA B.2.d; NASW 1.07(j); APA 4.05(b)]
    You call Maya before anything goes out and tell her what the order says, what you will send and why.
    Through your attorney and Grace Okafor, you ask the court what the order covers, ask for the process notes to be kept out or looked at separately, and ask for a protective order.
    The court limits the order to the chart. The process notes stay with you unless the judge asks for them separately, and a protective order limits the use of anything released to this case.
    You send the chart to the court in a sealed envelope. To Sam's attorney's office you reply that the records have gone to the court, as the order directs.
    You document what went, to whom and why.
    -> s4
* (d4_3_c) [Send the whole file, including process notes and billing, to the court and to both attorneys, and document every page you enclosed. #id: V4.D4.3.c #action: disclose #verdict: error #kind: over #critical #rationale: Beyond the order's scope and to the wrong recipients: the order covers records relevant to parenting capacity, for the judge to read privately. Sending everything to both attorneys defeats the protection in camera review exists to give; psychotherapy notes are never simply part of "the records". Instead: send only the covered records, sealed, to the court, and through counsel ask to clarify scope. #cite: HIPAA 164.512(e)(1)(i); ACA B.2.d; NASW 1.07(j)]
    You list every page, then send three thick envelopes: one to the court, one to each attorney.
    Grace Okafor asks the court to have the attorneys' copies returned and sealed.
    At her next session Maya asks whether Sam's lawyer read the notes about her worst nights. You have to say you don't know.
    -> s4
* (d4_3_b) [Through counsel, write to the court that you cannot in conscience produce therapy records; assert privilege for Maya again, tell her, and send nothing. #id: V4.D4.3.b #action: hold #verdict: error #kind: under #critical #rationale: Going through counsel and asserting privilege are right; declining the order is not. A valid order from a judge is a legal mandate, and defying it risks contempt. The codes do not ask you to defy an order: they ask you to narrow it through proper channels (clarification, a protective order, separate treatment of psychotherapy notes), then comply with what it covers. #cite: ACA B.2.d; NASW 1.07(j); APA 4.05(b)]
    You tell Maya what you intend. Your attorney sends the letter at your insistence.
    The court writes back: the order stands, with a new date for production.
    Your attorney is blunt. "You can ask to narrow an order. You can't decline it."
    You do it properly, a month late: through your attorney and Grace Okafor you ask for the scope to be clarified and for the process notes to be considered separately, send the chart to the court, sealed, and tell Maya what went.
    -> s4

=== s4 ===
Six weeks later a second subpoena arrives. This one requires you to testify at the custody hearing. Your attorney goes through it with you: it is valid, and you will appear.
Grace Okafor tells you that the court has said it will rule on privilege objections question by question.
At her next session you tell Maya about the subpoena.
* [Ask how she is feeling about the hearing. #id: maya-s4-feeling]
    "Like a room full of strangers is going to decide what kind of parent I am." She tries to smile. "And you'll be one of the people in the room."
* [Ask whether she has questions about your part in it. #id: maya-s4-questions]
    She thinks. "Will you have to tell them what I've said in here?"
    You tell her that you will assert privilege for her, and that the judge will decide each question.
- The hearing is on a Thursday morning. You wait on a bench outside the courtroom with your attorney until the clerk calls your name.
On the stand, Sam's attorney, Daniel Hale, asks about Maya's diagnosis, when her treatment began, how often she comes, whether she is making progress, and what she talks about in sessions. Then: "Has drinking ever come up in your sessions with her?"
You assert privilege on Maya's behalf.
The judge rules. Maya's diagnosis, the dates of treatment, her attendance and her progress must be answered. The objection is sustained as to anything Maya has said in sessions.
Then Maya's own attorney, Grace Okafor, stands. "In your professional opinion, should Maya have primary custody of Eli?"
You have seen Maya weekly for eight months. You have never met Eli or Sam, and you have never seen either parent with Eli.
Drinking has never come up in Maya's sessions. Saying so would help her, and Sam's attorney may ask again.
How do you go on? #decision: V4.D4.6 On the witness stand after the judge's ruling
* (d4_6_c) [Answer the ordered questions; then give your opinion that Maya should have primary custody, describing the progress you have seen her make in therapy. #id: V4.D4.6.c #action: disclose #verdict: error #kind: over #rationale: The ordered answers were right; the opinion was not. A custody recommendation from a treating therapist exceeds your role and your data, can harm the child, and opens your record to cross-examination, even when the client's own attorney asks. #cite: APA 3.05; APA 9.01(b); ACA E.13.c; APA Guidelines for Child Custody Evaluations in Family Law Proceedings (2022)]
    You answer the ordered questions: the diagnosis, the dates, her attendance, her progress. Then you tell the court that, in your opinion, Maya should have primary custody of Eli, and describe the progress you have seen her make.
    On cross-examination Sam's attorney asks about your training in custody evaluation, and about your contact with Eli and with Sam. None.
    Grace Okafor looks less pleased than you expected.
    -> ending
* (d4_6_a) [Decline to answer any question about Maya, even now, after the judge's ruling, citing your ethical duty of confidentiality, and stand on that objection. #id: V4.D4.6.a #action: hold #verdict: error #kind: under #critical #rationale: Asserting privilege first was right; refusing after the judge has ruled is not. A ruling from the bench is a legal mandate: refusal risks contempt and protects no one. The codes ask you to limit disclosure through proper channels, then comply with what is ordered. #cite: ACA B.2.d; NASW 1.07(j); APA 4.05(b)]
    "I can't answer questions about Maya," you say. "My ethical duty of confidentiality doesn't allow it."
    The judge warns you that you may be held in contempt, and adjourns for an hour.
    In the hallway your attorney explains the options. When court resumes, you answer the ordered questions: the diagnosis, the dates, her attendance, her progress.
    When Grace Okafor puts her question again, you say you can't give a custody opinion: you have never evaluated Eli, Sam or the family.
    -> ending
* (d4_6_d) [Answer the ordered questions and, when Sam's attorney asks again about drinking, add briefly that it has never come up in Maya's sessions with you. #id: V4.D4.6.d #action: disclose #verdict: error #kind: over #rationale: The judge sustained the objection to what Maya says in sessions. Volunteering that drinking has never come up discloses session content beyond the ruling, however much it helps her; decline and wait for the judge. #cite: ACA B.2.d; NASW 1.07(j); state privilege law]
    You answer the ordered questions: the diagnosis, the dates, her attendance, her progress.
    Later Sam's attorney comes back to it. "Just so the court is clear: drinking has never come up?"
    "It has never come up in Maya's sessions with me," you say.
    Sam's attorney argues that you have now opened the door to what Maya does and does not talk about in therapy. Grace Okafor has to fight that on her feet.
    -> ending
* (d4_6_b) [Answer only what the judge has ordered, briefly and factually, and say you can't give a custody opinion having never evaluated Eli, Sam or the family. #id: V4.D4.6.b #action: disclose #verdict: best #rationale: Once the judge has ruled, answering what the ruling covers is required, and refusing risks contempt. Answer those questions briefly and factually, and nothing more: the objection to session content was sustained. A custody opinion is outside a treating therapist's role and data (you have never evaluated Eli, Sam or their relationships), so say so, and leave the question to a court-appointed evaluator. If a new question reaches privileged material, assert privilege and wait for a ruling. #cite: ACA B.2.d; NASW 1.07(j); APA 4.05(b); APA 3.05; APA 9.01(b); ACA E.13.c; APA Guidelines for Child Custody Evaluations in Family Law Proceedings (2022)]
    You answer the ordered questions briefly: the diagnosis, the dates of treatment, her attendance, her progress.
    To Grace Okafor you say, "I can't give a custody opinion. I've never evaluated Eli, or Sam, or the family."
    Grace Okafor nods and sits down.
    -> ending

=== ending ===
The court appoints a custody evaluator, who will meet Maya, Sam and Eli, and see Eli with each parent.
You bring your records up to date: the subpoenas and your responses, the advice you took, the court's orders, your testimony, what went to whom and why, and what Maya was told at each step. {s2.d4_2_c: The note of exactly what you changed in the early process notes, and when, stays in the file.}
Maya comes back the following week. The separation is still hard, and the anxiety has not gone. But the hour in your room is hers again, and the work goes on from here.
-> END
