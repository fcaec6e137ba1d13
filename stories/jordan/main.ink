# id: jordan
# vignette: 2
# title: Jordan: a threat against his supervisor
# summary: A third-party threat in community mental health, from an angry remark to a report of a gun, a named victim and a date, and a call from the client's employer.
# version: 1.0.0
# reviewed: 2026-11-01
# profile: ca Modelled on California (mandatory duty to protect)
# profile: tx Modelled on Texas (permissive disclosure; draft verdicts pending clinical-legal review)
# content_note: Threats of serious violence against a named person, and a handgun (no method detail)
# content_note: Police involvement and an emergency evaluation
# content_note: Workplace conflict, and an employer asking about a client
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to his own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Community mental-health clinic
# setting: HIPAA: Covered entity
# setting: State: Unnamed; modelled on California
# setting: Statute: Mirrors Cal. Civ. Code §43.92. The duty arises when the patient communicates a serious threat of physical violence against a reasonably identifiable victim, and is discharged by reasonable efforts to communicate the threat to the victim(s) and to a law-enforcement agency.
# setting: Case law: Follows Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004): a family member's report made to advance treatment counts as a patient communication, and the duty arises if it leads you to believe or predict a serious risk of grave bodily injury.
# setting: Your role: Licensed therapist at the clinic; Jordan's therapist
# setting@tx: State: Unnamed; modelled on Texas
# setting@tx: Statute: Mirrors Texas Health & Safety Code §611.004(a)(2) (verify). It only permits disclosure, and only to medical or law-enforcement personnel, not to victims; it creates no duty to warn.
# setting@tx: Case law: Follows Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999), which declined a common-law duty to warn.
# jurisdictions: Duty-to-warn law varies widely. A 2014 JAAPL survey counted 23 states with a statutory duty, 11 with a duty by case law, 11 permissive jurisdictions (including DC) and 6 silent (verify current counts). What applies in this scenario's state may not apply in yours.
# jurisdictions: Texas, for example, declined a common-law duty (Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999)); its statute (Health & Safety Code §611.004(a)(2)) only permits disclosure, and only to medical or law-enforcement personnel, not to victims (verify).
# jurisdictions: California renamed its duty a "duty to protect" from 1 January 2013 (SB 1134, Stats. 2012 ch. 149), with no substantive change. Check your state law, licensing board, employer policy, and an attorney or risk line.
# jurisdictions@tx: In the California-modelled version of this vignette, the statute mirrors Cal. Civ. Code §43.92: a serious threat of physical violence against a reasonably identifiable victim creates a duty, discharged by reasonable efforts to communicate the threat to the victim and to a law-enforcement agency. That state follows Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004), so a family member's report can trigger the duty. California renamed it a "duty to protect" from 1 January 2013 (SB 1134, Stats. 2012 ch. 149), with no substantive change.
# jurisdictions@tx: A 2014 JAAPL survey counted 23 states with a statutory duty, 11 with a duty by case law, 11 permissive jurisdictions (including DC) and 6 silent (verify current counts). The Texas sections this profile is modelled on may have been amended (verify). What applies in this scenario's state may not apply in yours: check your state law, licensing board, employer policy, and an attorney or risk line.
# jurisdictions@tx: The verdicts under this Texas-modelled profile are a draft derived from the content brief; a clinical-legal reviewer has not yet signed them off (verify).
# objective: Separate venting from a serious threat.
# objective: Apply Tarasoff, the state's statute and, where the state follows it, Ewing v. Goldstein: a family member's report can trigger the duty.
# objective: Know what discharges the duty under a California-modelled statute (warning the victim and the police) and what only helps (hospitalisation); know what a permissive, Texas-modelled statute allows, and to whom.
# objective: Disclose the minimum: only what each recipient needs.

VAR profile = "ca"

-> s1

=== s1 ===
Jordan is 33 and works as a technician in the laboratory of the city hospital.
He came to you for anger and for sleep that has fallen apart since he was passed over for promotion. His supervisor, Chris, made the decision.
He has no history of violence, and nothing in your work together has suggested psychosis.
Today he drops into the chair and rubs his eyes.
* [Ask how he has been sleeping. #id: jordan-s1-sleep]
    "Four hours, maybe. I lie there replaying Thursday's meeting."
* [Ask how the week at work has been. #id: jordan-s1-work]
    "Bad. We had a team meeting on Thursday."
- "Chris went through everyone's numbers out loud. Mine last."
"Then he looked straight at me and said the lab needs people who can handle pressure. In front of everyone."
Jordan's jaw tightens. "One more meeting like that and I'll kill him."
Then he laughs, and shakes his head.
How do you respond? #decision: V2.D2.1 Hyperbole in session
* [Let it pass with a nod, and steer the conversation back to his sleep. #id: V2.D2.1.c #action: hold #verdict: error #kind: process #rationale: Letting the remark pass leaves it unexplored and undocumented. It may well be venting, but you cannot know without asking about meaning, history, weapons, intent and plan, and if it matters later there is no record of your judgement.]
    Jordan seems glad to move on. The rest of the session is about his sleep.
    Writing your note that evening, you realise you could not say whether the remark was venting: you never asked. The note does not mention it.
    At the start of his next session you go back to it. He looks surprised, then answers your questions: he has never been violent, he owns no weapon, he has no plan. "I was blowing off steam."
    This time you write down what you asked, what he said, and why you judge it venting.
    -> s2
* [Ask him what he meant, then explore any history of violence, whether he has access to weapons, and whether he has any intent or plan. Document your conclusion and your reasons. #id: V2.D2.1.a #action: hold #verdict: best #rationale: Exploring the meaning of the remark, his history, his access to weapons, and any intent or plan is how you separate venting from a serious threat of physical violence, which is the statute's trigger. Documenting why this is not a serious threat records your judgement. Nothing leaves the room. #cite: ACA B.2.a; Cal. Civ. Code §43.92]
    "When you say you'll kill him," you ask, "what do you mean?"
    "It's a thing people say." He rubs his face. "I've never hit anyone in my life. I don't own anything more dangerous than a kitchen knife."
    You ask whether he has any intention of hurting Chris, or any plan. "No. I want him to see he got it wrong. That's all."
    You tell him you take what he says seriously and that you will keep asking. After the session you document what you asked, what he answered, and why you judge it venting rather than a serious threat.
    -> s2
* [After the session, call Chris at the hospital to warn him about what Jordan said. #id: V2.D2.1.b #action: disclose #verdict: error #kind: over #rationale: No threat has been established: you heard one remark, laughed off, and asked nothing about it. Warning Chris is a disclosure without a ground, and it could cost Jordan his job and his therapy.]
    Chris thanks you, sounding shaken, and says he will have to tell HR.
    HR meets Jordan the next day. He keeps his job, with a note on his file.
    At his next session Jordan is brief and guarded. "I was joking. You knew I was joking."
    You acknowledge that you acted before you had asked him what he meant, and you go back over it properly: no history of violence, no weapon, no plan. He answers every question, in as few words as he can.
    -> s2

=== s2 ===
Two weeks after that session, on a Tuesday morning, Jordan texts the front desk to cancel his eleven o'clock appointment.
At half past nine the front desk puts a call through to you.
"This is Tess, Jordan's sister. I know you're his therapist. He doesn't know I'm calling."
"He bought a handgun on Saturday. He showed it to me. And he said Chris won't see next Friday." Her voice shakes. "He wasn't laughing."
"I'm telling you because I want him to get help before he does something he can't take back. Is he all right? What has he been saying to you?"
What do you do? #decision: V2.D2.2 The sister reports a gun, a named victim, and a date
* [Notify the police and try to reach Chris to warn him straight away, then call Jordan and tell him what you have done. #id: V2.D2.2.b #action: disclose #verdict: acceptable #rationale: Defensible given a weapon, a named victim and a date, and HIPAA presumes good faith when you rely on a credible report such as his sister's (164.512(j)(4)). Not best: a same-day check with Jordan is still possible, and it could confirm or rule out the threat before anything leaves therapy. #cite: HIPAA 164.512(j)(4) #verdict@tx: error #kind@tx: over #rationale@tx: Under the Texas-modelled profile, the statute only permits disclosure, and only to medical or law-enforcement personnel, not to victims, so trying to warn Chris yourself is a disclosure to the wrong person; HIPAA's good-faith presumption does not override more protective state law (45 CFR 160.203(b)) (verify). Notifying the police is a disclosure that statute permits, but a same-day check with Jordan was still possible. #cite@tx: Tex. Health & Safety Code §611.004(a)(2) (verify); 45 CFR 160.203(b)]
    You call the police and give the officer your role, Jordan's name, what his sister reported, the gun, Chris and Friday. The officer says they will follow up.
    You call the hospital laboratory and reach Chris. You tell him who made the threat, what was said, and that the police know. Nothing more.
    Then you call Jordan and tell him what you have done and why. "My own therapist," he says. But he agrees to come in at three, "to set the record straight".
    {profile == "tx":
        When you ring the clinic's risk adviser afterwards, she asks why you called Chris yourself rather than leaving it to the police.
    }
    -> s3
* [Thank her, note the call in Jordan's chart, and plan to raise it with him at next week's session. #id: V2.D2.2.d #action: hold #verdict: error #kind: under #critical #rationale: The threatened date may come before next week's session. A credible report of a gun, a named victim and a date needs action today: noting it and waiting leaves Jordan unassessed and Chris unprotected. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92 #rationale@tx: Under the Texas-modelled profile there is no duty to warn (Thapar v. Zezulka), so waiting is not a breach of a statutory duty. It is still poor practice that could cost a life: the threatened date may come before next week's session, a credible report of a gun, a named victim and a date needs assessment today, and the ethics codes treat a serious threat of violence to an identifiable person as an exception to confidentiality. #cite@tx: Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    You thank Tess, tell her you can't discuss anyone's care, and add the call to your notes for next week.
    Half an hour later she calls back. "I need to know someone's doing something. Friday is three days away."
    You take it to your clinical supervisor, who agrees it cannot wait. You call Jordan; after a long pause, he agrees to come in at three.
    -> s3
* [Listen and take down what she tells you, giving her no information. Then consult, and reach Jordan for an in-person assessment today; if you can't reach him or can't rule the threat out, notify the police and Chris today. #id: V2.D2.2.a #action: hold #verdict: best #rationale: In this scenario's state, which follows Ewing v. Goldstein, a family member's report made to advance treatment counts as a patient communication, so treat it as if Jordan had said it himself, and act today. Consult, reach Jordan for a same-day in-person assessment, and notify the police and Chris today if you can't reach him or can't rule the threat out. Take information from his sister; give her none. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92 #rationale@tx: Under the Texas-modelled profile, consulting and a same-day in-person assessment are still the best response to a credible report of a gun, a named victim and a date, and taking information from his sister while giving none keeps confidentiality. But the state declined a common-law duty (Thapar v. Zezulka), Ewing v. Goldstein is not its law (verify), and its statute only permits disclosure, to medical or law-enforcement personnel, not to victims: if you could not reach Jordan or rule the threat out, the call would go to the police or medical personnel, not to Chris (verify). #cite@tx: Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); Tex. Health & Safety Code §611.004(a)(2) (verify); ACA B.2.a]
    You ask Tess what exactly he said, and when, and where the gun is now. "With him, I think. He's never been like this. That's why I'm scared."
    When she asks again what he has told you, you say you can't share anything about anyone's care, and that you are glad she called.
    You go straight to your clinical supervisor. "Then we see him today," she says. "If we can't reach him, or can't rule it out, we make the calls today."
    You call Jordan. After a long pause, he agrees to come in at three.
    -> s3
* [Thank her, but take no further step: the words were reported by his sister, not said to you by Jordan. #id: V2.D2.2.c #action: hold #verdict: error #kind: under #critical #rationale: Dismissing the report because it did not come from Jordan is the miss. In this scenario's state, under Ewing v. Goldstein, a family member's report made to advance treatment counts as a patient communication, and the duty arises if it leads you to believe or predict a serious risk of grave bodily injury. A gun, a named victim and a date are that kind of report. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92 #rationale@tx: Under the Texas-modelled profile, Ewing v. Goldstein is not the state's law (verify), and there is no duty to warn (Thapar v. Zezulka), so dismissing the report is not a breach of a statutory duty. It is still poor practice that could cost a life: a credible report of a gun, a named victim and a date calls for assessment today, and the ethics codes treat a serious threat of violence to an identifiable person as an exception to confidentiality. #cite@tx: Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    You thank Tess and tell her you can't discuss anyone's care. You put nothing further in motion.
    At noon your clinical supervisor stops by about another case. When you mention the call, she puts her coffee down. "A gun, a name and a date. We need to see him today."
    You call Jordan. After a long pause, he agrees to come in at three.
    -> s3

=== s3 ===
Jordan arrives at three. He sits on the edge of the chair and doesn't take off his jacket.
* [Ask him to tell you, in his own words, about the last week. #id: jordan-s3-own-words]
    "Nothing's changed. Chris is still Chris." He looks at the window. "I've just stopped pretending."
* [Ask him directly whether he has a gun. #id: jordan-s3-ask-gun]
    He holds your eyes for a moment. "Yes. I bought one on Saturday. It's legal."
- You take it step by step, calmly and in plain words.
The gun is in his car, outside in the clinic car park. He knows where Chris parks at the hospital.
"Friday," he says. "Friday he'll learn."
You ask whether he intends to hurt Chris. He doesn't answer that directly. "He'll learn. That's all I'm saying."
You ask whether he would let Tess keep the gun for now, or hand it in until things settle. "No. It's mine. I'm keeping it."
He is clear, calm and oriented. He has a weapon, a named person, a place and a day, and he will not give up the gun.
What do you do? #decision: V2.D2.3 Armed, specific, imminent, and refuses to surrender the gun
* [Keep it inside therapy: increase to twice-weekly sessions focused on his anger, since a warning would end the therapy. #id: V2.D2.3.b #action: hold #verdict: error #kind: under #critical #rationale: Twice-weekly anger work, chosen because a warning would end therapy, is inadequate against an armed, specific, imminent threat. In this scenario's state the statute's duty has arisen, and only reasonable efforts to warn Chris and to notify the police discharge it. #cite: Tarasoff v. Regents, 17 Cal. 3d 425 (1976); §43.92; APA 4.05(b); ACA B.2.a, B.2.e; NASW 1.07(c); HIPAA 164.512(j)(1)(i) #rationale@tx: Under the Texas-modelled profile there is no duty to warn (Thapar v. Zezulka), so holding is not a breach of a statutory duty. It is still inadequate against an armed, specific, imminent threat and could cost a life: the ethics codes treat a serious threat of violence to an identifiable person as an exception to confidentiality, and the state's statute permits telling medical or law-enforcement personnel (verify). #cite@tx: Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); Tex. Health & Safety Code §611.004(a)(2) (verify); APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    You tell Jordan you'd like to see him twice a week for now, to work on the anger. "Fine," he says. "Doesn't change anything."
    He leaves at four.
    That evening Tess, hearing from Jordan that nothing has changed, calls the police herself. On Wednesday officers speak with Jordan at his home; the gun is in his car, and he is taken for an emergency evaluation. Chris is unhurt.
    You learn of it on Thursday, when the evaluating team calls you with Jordan's signed permission.
    -> s4
* [Send Jordan's full chart, your psychotherapy notes included, to the hospital's HR department, to Chris's team and to the police, so that everyone has the whole picture. #id: V2.D2.3.d #action: disclose #verdict: error #kind: over #critical #rationale: Wrong recipients, and far beyond what is needed. HR and Chris's team have no role in preventing the threat, and even the police need only the threat, the weapon, the timing and the places, not his history or diagnosis. Psychotherapy notes are kept apart from the chart and need a specific authorisation, with narrow exceptions. It can cost Jordan his job. #cite: APA 4.05(b); ACA B.2.a, B.2.e; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    You send the chart and the notes that afternoon.
    The police act within hours: officers speak with Jordan that evening, and he is taken for an emergency evaluation. Chris is unhurt.
    By the next morning, people in the laboratory are repeating things Jordan said in your sessions. HR places him on leave.
    When Jordan learns what was sent, and to whom, he asks the clinic's privacy officer for a full account. Still, he comes to his next session. "I don't know where else to take this."
    -> s4
* [Arrange an emergency evaluation so that Jordan can be hospitalised, and make no other calls. #id: V2.D2.3.c #action: disclose #verdict: error #kind: under #critical #rationale: Hospitalisation is protective, but Chris is never warned, and in this scenario's state the statute's safe harbour needs reasonable efforts to reach both the victim and a law-enforcement agency: one alone falls short. Admissions can be brief: in Ewing v. Goldstein the patient was discharged the next day and killed the victim the day after. #cite: Cal. Civ. Code §43.92; Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004) #verdict@tx: best #rationale@tx: Under the Texas-modelled profile there is no duty to warn (Thapar v. Zezulka), and the statute only permits disclosure, and only to medical or law-enforcement personnel, not to victims. An emergency evaluation leading to hospitalisation tells only medical personnel, which that statute permits (verify), and it protects Chris while Jordan is held: of these options, it is the most protective one that stays within the statute. Notifying the police would also be permitted (verify). Admissions can be brief: in Ewing v. Goldstein the patient was discharged the next day and killed the victim the day after, so the admitting team needs the threat, the weapon and the timing. #cite@tx: Tex. Health & Safety Code §611.004(a)(2) (verify); Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); APA 4.05(b); ACA B.2.a; HIPAA 164.512(j)(1)(i)]
    You tell Jordan you want him evaluated today, and you call the mobile crisis team. You give them the threat, the gun, Friday and the places, and then you tell Jordan exactly what you said. He says nothing.
    The crisis team takes him for an emergency evaluation, and he is admitted to the inpatient unit that evening.
    {profile == "tx":
        The admitting team know about the gun and about Friday, and they plan his discharge with both in mind.
        You talk it through with your clinical supervisor, then document the assessment, the options you weighed, what went to whom and why, and that Jordan was told.
    - else:
        The next afternoon the unit calls: Jordan has been discharged. Neither Chris nor the police have been told anything.
        You call your clinical supervisor, and within the hour you have notified the police and reached Chris, telling each only the threat, the gun, Friday and the places.
        Officers speak with Jordan at home that evening. Chris is unhurt.
    }
    -> s4
* [Warn Chris and notify the police now, telling each only your role, Jordan's name, the threat, the gun, the timing and the places. Consider an emergency evaluation, tell Jordan unless that would raise the danger, consult, and document. #id: V2.D2.3.a #action: disclose #verdict: best #rationale: In this scenario's state the statute's duty has arisen: Jordan himself has communicated a serious threat of physical violence against a reasonably identifiable victim. It is discharged by reasonable efforts to communicate the threat to the victim and to a law-enforcement agency, so both calls are needed, now. Share only your role, his name, the threat, the weapon, the timing and the places, with no diagnosis or history. Consider an emergency evaluation; tell Jordan unless that would raise the danger; consult; document. #cite: Tarasoff v. Regents, 17 Cal. 3d 425 (1976); §43.92; APA 4.05(b); ACA B.2.a, B.2.e; NASW 1.07(c); HIPAA 164.512(j)(1)(i) #verdict@tx: error #kind@tx: over #rationale@tx: Under the Texas-modelled profile, the statute only permits disclosure, and only to medical or law-enforcement personnel, not to victims. Notifying the police and considering an emergency evaluation stay within it; warning Chris yourself does not, so it is a disclosure to the wrong person, and HIPAA's permission does not override more protective state law (45 CFR 160.203(b)) (verify). Keeping to the minimum, telling Jordan, consulting and documenting are still right. #cite@tx: Tex. Health & Safety Code §611.004(a)(2) (verify); 45 CFR 160.203(b)]
    You judge that it is safer to tell Jordan now, in the room, than for him to find out later. "I believe Chris is in danger. I'm going to call the police and Chris now, and I'll tell them only what they need."
    He swears, then sits with his head in his hands. A colleague stays with him while you make the calls.
    To the police: your role, Jordan's name, the threat, the gun in his car, Friday, the hospital car park. Nothing about his diagnosis or his history. Then you reach Chris and tell him the same, and no more.
    Officers arrive within half an hour. After speaking with Jordan, they take him for an emergency evaluation, as you had asked them to consider.
    {profile == "tx":
        You call your clinical supervisor to talk it through. She asks why you called Chris yourself rather than leaving it to the police.
    - else:
        You call your clinical supervisor to talk it through.
    }
    You document the assessment, the options you weighed, what you shared with whom and why, and that Jordan was told.
    -> s4

=== s4 ===
Two weeks later Jordan is back in sessions with you. His employer has placed him on leave.
On Monday afternoon the front desk puts a call through.
"This is Sam, Jordan's team lead at the lab. He told me he's been seeing someone here."
"HR won't let him back until someone says he's safe. So is he? Safe to come back? And what did he actually say? People here are frightened, and I need to tell them something."
What do you say? #decision: V2.D2.4 Team lead asks if Jordan is "safe to come back" and what he said
* [Say you can neither confirm nor deny whether anyone is a client here, and that you would need written authorisation to say anything. Document the call, tell Jordan, and, if he wants, talk through a narrow release, leaving the safety question to an independent fitness-for-duty evaluator. #id: V2.D2.4.a #action: hold #verdict: best #rationale: Confidentiality is the default: neither confirm nor deny, and explain you would need written authorisation. Document the call and tell Jordan, so that he decides what his employer hears; if he wants, discuss a narrow release covering attendance and engagement. Whether he is safe to return is a question for an independent fitness-for-duty evaluator, not for his therapist. #cite: APA 4.01; APA 4.05(a); HIPAA 164.502(a), 164.508; ACA B.6.a]
    "I can neither confirm nor deny whether anyone is a client here, and I couldn't share anything without written authorisation." Sam sighs. "So I tell them nothing."
    You document the call. At Jordan's next session you tell him about it.
    He thinks it over, then asks you to confirm to HR that he attends and takes part, and nothing more. You draw up a release that says exactly that, and you explain that whether he is safe to go back is for an independent fitness-for-duty evaluator to assess, not for you.
* [With Jordan's signed release, write to his employer that he is safe to return to work. #id: V2.D2.4.d #action: disclose #verdict: error #kind: over #rationale: Consent does not cure the role conflict. As his therapist you are not a fitness-for-duty evaluator, and a prediction that he is safe goes beyond your data, as a custody recommendation from a treating therapist would.]
    You tell Sam you would need Jordan's permission. Jordan signs a release the same week; he wants to go back.
    You write a short letter saying he is safe to return. HR passes it to an occupational-health physician, who asks what assessment your prediction rests on.
    You realise you have put your name to a judgement you were never in a position to make. Jordan still has to see an independent evaluator.
* [Reassure Sam: tell him Jordan has been coming regularly, working hard on his anger, and making real progress. #id: V2.D2.4.b #action: disclose #verdict: error #kind: over #rationale: Reassuring the team lead with details of Jordan's progress is a disclosure without authorisation, and it answers a safety question you are not placed to answer.]
    Sam sounds relieved. "That's good to hear. I'll let people know he's doing the work."
    By the end of the week the lab knows Jordan is in therapy and how it is going. HR still asks for an independent evaluation before he returns.
    When Jordan hears what you said, he asks, quietly, what else you have told people.
* [Politely decline to discuss anyone's care and end the call. There is no need to unsettle Jordan by mentioning it. #id: V2.D2.4.c #action: hold #verdict: acceptable #rationale: Declining keeps confidentiality, which matters most here. But not telling Jordan takes away his chance to decide what, if anything, his employer hears. #cite: APA 4.01; APA 4.05(a); HIPAA 164.502(a), 164.508; ACA B.6.a]
    "I'm not able to discuss anyone's care," you say, and end the call. You document it, and say nothing to Jordan.
    A week later he mentions it himself. "Sam said he called you and you wouldn't tell him anything. Fine. But I'd have liked to know." He pauses. "I might have wanted him to hear something."
- -> ending

=== ending ===
Over the following weeks Jordan's sessions come back to the promotion, the anger underneath it, and sleep.
Chris is safe.
You bring your notes up to date: each assessment, the options you weighed, what went to whom and why, and what Jordan was told.
The work goes on from here.
-> END
