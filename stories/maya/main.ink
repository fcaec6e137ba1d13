# id: maya
# vignette: 4
# title: Maya: a subpoena in a custody case
# summary: A subpoena for therapy records in a custody case, from the first demand to a court order, a request for a custody opinion and an off-the-record call.
# version: 1.0.0
# reviewed: 2026-11-01
# content_note: A separation and a contested custody case over a seven-year-old child
# content_note: Subpoenas, a court order and pressure to release therapy records
# content_note: An attorney asks about a parent's drinking (no drinking is described)
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing; when the separation began heading for court, you went over the part about court orders again.
# setting: Setting: Private practice
# setting: HIPAA: Covered entity
# setting: Privilege: The state recognises psychotherapist–patient privilege (every state has a form of it; federal courts since Jaffee v. Redmond, 518 U.S. 1 (1996))
# setting: Court: State family court (unnamed state)
# setting: Mental health at issue: Whether seeking custody puts a parent's mental health "at issue" is for the court and varies by state (Texas, for example, excepts suits affecting the parent–child relationship, Health & Safety Code §611.006(a)(6))
# setting: Your role: Maya's treating therapist; you keep a chart and, separately, process notes
# jurisdictions: Deadlines for answering a subpoena, how objections are made, patient-litigant exceptions (whether a parent's mental health is "at issue" in a custody case) and the rules for children's records all vary by state. What applies in this scenario's state may not apply in yours.
# jurisdictions: Whether a court order alone can reach psychotherapy notes depends on state privilege law and the order's wording; HIPAA alone does not shield them from an order. Records from a federally assisted substance use disorder programme need Part 2 consent or a Part 2 court order, never a subpoena alone.
# jurisdictions: Check your state law, licensing board, employer policy, and an attorney or risk line.
# objective: Know that a subpoena is not a court order: never release records on one alone, and never ignore one.
# objective: Tell the client, assert privilege on her behalf, and consult.
# objective: Release only on written authorisation or a court order, and only what it covers.
# objective: Know what a motion to quash, a protective order and in camera review do.
# objective: Protect psychotherapy notes: they are never simply part of "the records".
# objective: As a treating therapist, decline the custody-evaluator role.

-> s1

=== s1 ===
Maya is 36. For eight months you have seen her for individual therapy for anxiety, which began as her marriage was ending.
She and her ex-spouse, Sam, are separated and share the care of their son, Eli, who is seven. You have never met Eli or Sam.
You keep two kinds of record for Maya. Her chart holds session dates, her diagnosis, the treatment plan and brief progress notes. Your process notes, your own working notes on what happens in sessions, are kept separately, in a locked drawer. HIPAA calls these psychotherapy notes and protects them more strongly than the chart.
Two months ago, when Maya told you the separation was heading for family court, you went back over what a court could and could not demand from therapy.
On Monday morning a process server hands your receptionist an envelope with your name on it.
Inside is a subpoena duces tecum: a legal demand to hand over documents. Like many subpoenas, it was issued by an attorney, not a judge; this one is signed by Sam's attorney, Daniel Hale, and no judge has reviewed it.
It demands "any and all records" concerning Maya, to be delivered to his office within 10 days.
It looks official: the court's name across the top, a case number, the deadline in bold.
You read it twice. There is no court order with it. Nothing shows that Maya has been told about it. There is no protective order either: an order from a judge that limits who may see records and what they may be used for, for example by sealing them.
You think of what Maya has told you in this room. What she says in therapy is covered by privilege: an evidence rule that lets Maya, as the client, keep those communications out of court. She can give it up; until she does, or a judge orders otherwise, it falls to you to assert it for her.
What do you do with the subpoena? #decision: V4.D4.1 A subpoena issued by the other side's attorney
* [Send Sam's attorney a short treatment summary instead of the full record, as a compromise that answers the subpoena but keeps most of the file back. #id: V4.D4.1.d #action: disclose #verdict: error #kind: over #rationale: A summary feels like restraint, but restraint only limits a lawful basis, and there is none yet. The subpoena is signed by an attorney, not a judge; Maya has authorised nothing and has not even been told. With no lawful basis yet, minimum necessary does not apply: it never creates a basis, it only limits one. Anything sent now, however short, is a disclosure without a ground.]
    You write two paragraphs: dates of treatment, her diagnosis, the goals you have been working on and how she is progressing. It goes in the post that afternoon.
    A week later Maya's attorney, Grace Okafor, calls you. "You sent them a summary? Maya never consented to that, and no judge has ordered anything."
    When you tell Maya, she is quiet for a long time. "I thought it stayed between us unless a judge said otherwise."
    You call the risk line at your malpractice insurer. With the attorney's help there, you send a written response to the subpoena: nothing further will be released without Maya's written authorisation or a court order.
    -> s2
* [Release nothing for now. Diary the 10-day deadline, tell Maya about the subpoena today and suggest she call her attorney, call your risk line or a health-law attorney, and send a written response before the deadline. #id: V4.D4.1.a #action: hold #verdict: best #rationale: An attorney's subpoena is a legal demand, not a court order, and on its own it never authorises release. It cannot be ignored either. Releasing nothing, keeping the deadline, telling Maya promptly so her attorney can act, getting legal advice and answering in writing on time protects her privilege and your position. HIPAA permits a response to a subpoena only with satisfactory assurances, and even then state privilege law comes first. #cite: APA 4.01; APA 4.05; ACA B.2.d; NASW 1.07(j); HIPAA 164.512(e)(1)(ii); state privilege law]
    You write the deadline in your diary and call Maya at lunchtime. "I've received a subpoena for your records. I haven't sent anything, and I won't without your written permission or a judge's order. Please talk to your attorney today."
    She takes a breath. "OK. I'll call her now."
    The attorney on your malpractice insurer's risk line helps you draft a short letter to Sam's attorney: you have received the subpoena, the records are privileged, and you will not release anything without Maya's written authorisation or a court order. It goes out by recorded delivery with three days to spare.
    You note each step in your records: the subpoena, the call to Maya, the advice you took and the letter.
    -> s2
* [Put the subpoena in Maya's file and take no further action: it is not a court order, so it has no force until a judge signs something. #id: V4.D4.1.c #action: hold #verdict: error #kind: process #rationale: It is true that a subpoena is not a court order, but it is still a legal demand that needs a response. Ignoring it risks sanctions and forfeits the chance to assert privilege for Maya. Telling her, getting advice and answering in writing on time would have protected her without releasing anything.]
    The envelope goes into the file. The ten days pass.
    On the twelfth day a letter arrives from Sam's attorney: you have not responded, and he will ask the court to compel you and to award costs.
    You call the risk line at your malpractice insurer. The attorney there tells you that a response was due, that silence puts you at risk of sanctions, and that it has left Maya's privilege unasserted.
    You call Maya that afternoon. "You've had this for nearly two weeks?" She calls her attorney, Grace Okafor, while you send a written response the same day.
    -> s2
* [Copy the whole file, chart and process notes, and post it to Sam's attorney before the deadline: it is signed, has a case number and looks official. #id: V4.D4.1.b #action: disclose #verdict: error #kind: over #critical #rationale: Looking official is not the same as being authorised. An attorney's subpoena is not a court order. HIPAA's permission to respond to a subpoena does not override state privilege, which comes first, and Maya had neither consented nor been told. Psychotherapy notes are not part of "the records" at all: releasing them needs her specific authorisation. Sending everything breached her privilege and her confidentiality in one step. #cite: APA 4.01; APA 4.05; ACA B.2.d; NASW 1.07(j); HIPAA 164.512(e)(1)(ii); state privilege law]
    You copy everything, the chart and the process notes together, and post it that afternoon.
    Four days later Maya's attorney, Grace Okafor, calls. Sam's attorney has mentioned "the therapy file" to her. Maya had not known there was a subpoena.
    At Grace Okafor's request, Sam's attorney sends the copies back, sealed, while the court decides whether any of it should have been released. No one can say who read what in the meantime.
    Maya sits in the waiting room for a long time before her next session. "Those notes were the things I've never said to anyone else."
    You call the risk line at your malpractice insurer, and from then on you take each step with their advice.
    -> s2

=== s2 ===
Maya's attorney, Grace Okafor, has advised her not to consent to any release of her records. Grace Okafor will file a motion to quash: a request asking the court to cancel the subpoena, or at least to limit it.
Maya tells you this at the start of her session, twisting the strap of her bag. "Is that going to get you into trouble?"
* [Explain, in plain words, what happens next with her records. #id: maya-s2-explain]
    You tell her that her attorney will argue the motion, that the judge will decide it, and that you will tell her about anything that reaches you.
    She nods slowly. "So it's the judge who decides. Not Sam's lawyer."
* [Ask her what worries her most about it. #id: maya-s2-worry]
    "That someone reads about my worst weeks and decides I'm not fit to look after my own son."
    You tell her that you understand why that frightens her, and that you will tell her about anything that reaches you.
- She is quiet for a moment. "Sam isn't a bad parent. We both want more time with Eli, and now it's lawyers. I suppose Sam's lawyer is just doing what mine is doing."
Two days later Sam's attorney writes to you again.
The letter encloses what HIPAA calls satisfactory assurances. In plain words, that is proof that the client was told about the subpoena and could object, or that a protective order is being sought; here, papers showing that Maya was notified and given the chance to object. Under HIPAA, satisfactory assurances permit a covered entity to release records; they never compel it.
The letter asks you to produce the records by the end of the week. Maya's motion to quash has been filed and is waiting to be heard.
Your file is as it was the day the subpoena arrived. Some of the early process notes are rough: written in haste, with your own half-formed impressions in the margins.
How do you respond? #decision: V4.D4.2 Maya refuses consent; a motion is pending
* [Send the records: counsel has now supplied the HIPAA satisfactory assurances of notice that the subpoena lacked. #id: V4.D4.2.b #action: disclose #verdict: error #kind: over #critical #rationale: HIPAA permits release with satisfactory assurances; it never requires it. With Maya's objection still pending before the court, these assurances do not even hold, because assurances of notice depend on the time to object having passed with no objection, or on the objections having been resolved (164.512(e)(1)(iii)). And state privilege comes first: more protective state law wins over HIPAA, and Maya, who holds the privilege, has refused consent. #cite: HIPAA 164.512(e)(1)(ii) and (iii); HIPAA 160.203(b); state privilege law]
    You send the file to Sam's attorney with a short cover letter.
    Grace Okafor hears about it from the other side the following week. She calls you, and her voice is very even. "My client's objection was pending. You knew that."
    She asks Sam's attorney to return the copies, sealed, until the motion is decided, and he agrees. The hearing on the motion goes ahead as planned.
    Maya does not mention it in her next session. She says less than usual.
    -> s3
* [Before you answer, go through the file and tidy it: rewrite the roughest early process notes and shred the ones you no longer need. #id: V4.D4.2.c #action: hold #verdict: error #kind: process #critical #rationale: Altering or destroying records after a legal demand is spoliation, and it may be unlawful, whatever the motive. It can harm Maya's case and expose you to serious legal consequences. Once a demand arrives, the records stay exactly as they are, and your reply goes through counsel. #cite: APA 6.01; ACA B.6.a]
    You spend an evening on it: three early pages rewritten, two shredded.
    When you next speak with the risk-line attorney you mention it. There is a pause. "Stop. Don't touch anything else."
    She explains what altering records after a legal demand can mean, and has you write down exactly what you changed and when. That note goes into the file, and Maya's attorney has to be told.
    With her help, your written reply goes out: nothing will be released without Maya's written authorisation or a court order, and privilege is asserted on Maya's behalf.
    -> s3
* [With your risk-line attorney's guidance, reply in writing that nothing will be released without Maya's written authorisation or a court order, and that you assert privilege on her behalf. Leave the records exactly as they are, and document each step. #id: V4.D4.2.a #action: hold #verdict: best #rationale: Maya holds the privilege; she has refused consent and her motion to quash is pending. Until she authorises release or a judge orders it, you assert privilege for her, in writing and with counsel's guidance. Keeping the records intact matters as much as withholding them, and documenting the advice and the reply completes the step. #cite: APA 4.01; APA 4.05; ACA B.2.d; NASW 1.07(j); HIPAA 164.512(e)(1)(ii); state privilege law]
    The risk-line attorney helps you keep the letter short: you have received the assurances; Maya has not authorised release; you assert privilege on her behalf; you will release records only on her written authorisation or a court order.
    You send a copy to Grace Okafor, leave the file exactly as it is, and note the advice and the letter in your records.
    Sam's attorney replies in a single line: the matter will be for the judge.
    -> s3

=== s3 ===
Three weeks later the judge rules on Maya's motion.
The subpoena is not quashed outright. Instead, the judge signs an order: you are to produce records "relevant to parenting capacity" for in camera review. In camera review means the judge reads the records privately, in chambers, and decides what, if anything, the parties and their attorneys get to see.
This is a court order, signed by a judge.
The order does not say what "relevant to parenting capacity" covers. It does not mention process notes.
Grace Okafor emails you a copy. An hour later Sam's attorney's office emails too, asking for a copy of whatever you send to the court.
What do you do with the order? #decision: V4.D4.3 A court order for in camera review
* [Comply within the order's scope: send the records it covers to the court, sealed and marked confidential. Through counsel, ask for the scope to be clarified, for the process notes to be excluded or reviewed separately and for a protective order, and tell Maya what you are sending. #id: V4.D4.3.a #action: disclose #verdict: best #rationale: A judge's order is a lawful basis for release, and it permits only what it covers. Sending the covered records to the court alone, sealed and marked confidential, keeps to the in camera process. Asking through counsel to clarify an unclear scope, to exclude the psychotherapy notes or have them reviewed separately, and for a protective order narrows the order through proper channels. Telling Maya keeps her informed of what is leaving and why. #cite: HIPAA 164.512(e)(1)(i); ACA B.2.d; NASW 1.07(j); APA 4.05(b)]
    You call Maya before anything goes out and tell her what the order says and what you plan to do.
    Through Grace Okafor, and with your own attorney's advice, you ask the court what the order covers and ask for the process notes to be kept out or looked at separately, and for a protective order. The court's answer limits it to the chart; the process notes stay with you unless the judge asks for them separately, and a protective order limits the use of anything released to this case.
    You send the chart to the court in a sealed envelope marked confidential. You reply politely to Sam's attorney's office that the records have gone to the court, as the order directs.
    You document what you sent, to whom, why, and that Maya knew.
    -> s4
* [Send the whole file to both attorneys as well as the court: chart, process notes and billing records, so that nobody can say you held anything back. #id: V4.D4.3.c #action: disclose #verdict: error #kind: over #critical #rationale: The order covers records relevant to parenting capacity, for the judge to read privately. Sending the whole chart, the process notes and billing to both attorneys goes beyond its scope, to the wrong recipients, and defeats the protection that in camera review exists to give. Psychotherapy notes are never simply part of "the records". #cite: HIPAA 164.512(e)(1)(i); ACA B.2.d; NASW 1.07(j); APA 4.05(b)]
    Both attorneys receive a thick envelope the next day.
    Grace Okafor asks the court to have the attorneys' copies returned and sealed. Sam's attorney does not oppose it. The judge goes on with the review using the court's copy.
    At her next session Maya asks whether Sam's lawyer read the notes about her worst nights. You have to tell her you don't know.
    -> s4
* [Write to the court that you cannot in conscience produce therapy records, and send nothing. #id: V4.D4.3.b #action: hold #verdict: error #kind: under #rationale: A valid order from a judge is a legal mandate, and defying it risks contempt. The ethics codes do not ask you to defy an order: they ask you to narrow it through proper channels, by seeking clarification, a protective order and separate treatment of psychotherapy notes, and then to comply with what it covers.]
    Your letter goes to the court. A week later the court writes back: the order stands, and it sets a new date for production.
    Your own attorney is blunt. "You can ask to narrow an order. You can't decline it."
    With her help, and through Grace Okafor, you ask for the scope to be clarified and for the process notes to be considered separately. You then send the chart to the court, sealed, and tell Maya what went. The review goes ahead a month later than planned.
    -> s4

=== s4 ===
A month later Grace Okafor calls you. The custody hearing has been set.
Maya has signed a specific release allowing you to speak with her attorney about her treatment.
"You know Maya better than anyone involved in this," Grace Okafor says. "I'd like a letter from you saying she should have primary custody of Eli. And if it comes to it, I may need you to testify."
You think about what you actually know. You have seen Maya, weekly, for eight months. You have never met Eli or Sam, and you have never seen either parent with Eli.
What do you tell her? #decision: V4.D4.4 Maya's lawyer asks for a custody recommendation
* [Write the letter: Maya has signed a release, and eight months of sessions give you a good sense of her as a parent. #id: V4.D4.4.b #action: disclose #verdict: error #kind: over #rationale: Maya's release covers the disclosure, but consent does not cure the role conflict. As her treating therapist you have never evaluated Eli, Sam, or how each parent and Eli are together, so a custody opinion exceeds your data. It can harm the child, and it opens your whole record to cross-examination.]
    You write a page recommending that Maya have primary custody of Eli.
    A week later Sam's attorney gives notice that he will cross-examine you on it: your training in custody evaluation, your contact with Eli and with Sam (none), and the contents of your file.
    Grace Okafor calls, less pleased than you expected. "The letter may hurt more than it helps." She asks the court to appoint a custody evaluator.
    -> s5
* [Decline to give a custody recommendation, explaining that you have never evaluated Eli, Sam or how they are together. Offer instead, under Maya's release, facts from treatment (dates, attendance, diagnosis, goals and progress), and suggest a court-appointed custody evaluator. #id: V4.D4.4.a #action: hold #verdict: best #rationale: As treating therapist you have assessed only Maya. You never evaluated the child, the other parent or their interaction, so a recommendation on custody would exceed your data and confuse two roles. With Maya's specific release you may give facts: dates, attendance, diagnosis, goals and progress. The custody question belongs to a court-appointed evaluator. #cite: APA 3.05; APA 3.06; APA 9.01(b); APA custody-evaluation guidelines (2022); ACA E.13.c (verify); AAMFT Standard VII (verify number)]
    "I can't say who Eli should live with," you tell her. "I've never met him, or Sam, or seen either of them with him. What I can give you, under Maya's release, is facts from her treatment."
    There is a pause. "All right. Send me the facts. And I'll ask the court to appoint a custody evaluator."
    You write a short factual letter: the dates of treatment, her attendance, her diagnosis, the goals you agreed and her progress. It says nothing about who should have Eli. You note the request and your reply in the file.
    -> s5
* [Decline the letter, and tell her you will have nothing to do with the court case at all: no information, and no appearance, even if you are subpoenaed to testify. #id: V4.D4.4.c #action: hold #verdict: error #kind: process #rationale: Declining the recommendation is right; refusing all contact with the court is not. If you are validly subpoenaed to testify, you appear, assert privilege, and answer only as far as a waiver or an order allows.]
    Grace Okafor pauses. "If you're validly subpoenaed, you'll have to come."
    The next day your risk-line attorney tells you the same: a valid subpoena to testify has to be answered. You would appear, assert privilege, and answer only as far as Maya's waiver or the court's order allows.
    You call Grace Okafor back and say so. She tells you she will ask the court to appoint a custody evaluator rather than rely on you.
    -> s5

=== s5 ===
Two weeks before the hearing, your phone rings in the gap between two sessions. The screen shows a number you don't know.
* [Pick up. #id: maya-s5-pick-up]
    You answer, and a man's voice asks for you by name.
* [Let it go to voicemail and call back when you have a moment. #id: maya-s5-call-back]
    The message asks you to call back. You do, at the end of the afternoon, and the same man answers.
- It is Daniel Hale, Sam's attorney. He is friendly and unhurried.
"This is off the record, just between us. I'm trying to save everyone some time and money. Can you confirm Maya's your client?"
"And one quick question. Has drinking ever come up with her? It's come up in the case, and I'd rather put it to rest quietly than fight about it in court."
Drinking has never come up in Maya's sessions. Saying so would help her.
What do you say? #decision: V4.D4.5 Opposing counsel phones "off the record"
* [Tell him, since it can only help Maya, that she has never mentioned drinking in therapy. #id: V4.D4.5.c #action: disclose #verdict: error #kind: over #rationale: However much it helps her, answering is still a disclosure of what was said in therapy, without her written authorisation or a court order. Calling it "off the record" changes nothing, and it can erode Maya's privilege.]
    "That's helpful, thank you," he says, and rings off.
    A few days later he writes to Grace Okafor: since Maya's therapist has already discussed what Maya does and doesn't talk about in therapy, he will argue that privilege should not shut out further questions.
    Grace Okafor calls you. "Please don't discuss my client with the other side. Not even to help her."
    -> ending
* [Confirm that Maya is your client, but tell him you can't say anything else. #id: V4.D4.5.b #action: disclose #verdict: error #kind: over #rationale: Confirming that someone is a client is itself a disclosure, made here without written authorisation or a court order. "Nothing else" still gave something away.]
    "Thanks. That's all I needed for now," he says.
    In his next letter to Grace Okafor he mentions that you confirmed the treatment relationship by phone.
    Grace Okafor asks you, evenly, to refer any further calls from the other side to her.
    -> ending
* [Say you can neither confirm nor deny that Maya is a client, that you would need written authorisation or a court order to discuss anyone, and that he should contact her attorney. Then document the call. #id: V4.D4.5.a #action: hold #verdict: best #rationale: Confidentiality is the default, and "off the record" changes nothing. Without written authorisation or a court order you cannot confirm that someone is a client, let alone discuss them. Referring him to her attorney sends the question where it belongs, and documenting the call records what was asked and what you said. #cite: APA 4.01; ACA B.1.b–c; NASW 1.07(a)–(b); AAMFT 2.2; HIPAA 164.502(a)]
    "I can neither confirm nor deny that anyone is a client here. I'd need written authorisation or a court order to discuss anyone, and questions about a case should go to the person's attorney."
    He doesn't push. "Understood. I had to ask."
    You note the date, the time, who called, what he asked and what you said. At Maya's next session you tell her about the call.
    -> ending

=== ending ===
The court appoints a custody evaluator, who will meet Maya, Sam and Eli, and see Eli with each parent. Whatever the judge decides about Eli's time with each of them will rest on that work and on the evidence, not on a treating therapist's opinion.
You bring your records up to date: the subpoena and your responses, the advice you took, the court's order, what went to whom and why, and what Maya was told at each step.
Maya comes back the following week. The separation is still hard, and the anxiety has not gone. But the hour in your room is hers again, and the work goes on from here.
-> END
