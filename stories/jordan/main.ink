# id: jordan
# vignette: 2
# title: Jordan: a threat against his supervisor
# summary: A third-party threat in community mental health: an angry remark, a sister's report of a gun, a named victim and a date, the client's own threat, and a call from his employer.
# version: 2.0.0
# reviewed: none
# profile: ca Modeled on California (mandatory duty to protect)
# profile: tx Modeled on Texas (permissive disclosure), practice only until reviewed
# practice_only: tx
# content_note: Threats of serious violence against a named person, and a handgun (no method detail)
# content_note: Police involvement
# content_note: Workplace conflict and an employer asking about a client
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to his own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Community mental-health clinic
# setting: HIPAA: Covered entity
# setting: State: Unnamed; modeled on California
# setting: Statute: Mirrors Cal. Civ. Code §43.92: the duty arises when the patient communicates a serious threat of physical violence against a reasonably identifiable victim, and is discharged by reasonable efforts to communicate the threat to the victim(s) and a law-enforcement agency.
# setting: Case law: Follows Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004): a family member's report made to advance the patient's treatment counts as a patient communication, and the duty arises if it leads you to believe or predict a serious risk of grave bodily injury.
# setting: Firearm law: Mirrors Cal. Welf. & Inst. Code §8105(c), §8100(b) and §8102(a): when a patient communicates such a threat to a psychotherapist, the psychotherapist must report the patient's identity to local law enforcement within 24 hours, in the manner the state Department of Justice prescribes; the report starts a five-year firearm prohibition, which the patient may petition a court to lift, and officers who find a prohibited person with a firearm must take it. Notifying the police does not warn the victim for you: that stays with the psychotherapist.
# setting: Your role: Licensed therapist at the clinic; Jordan's therapist
# setting@tx: Setting: Community mental-health clinic
# setting@tx: HIPAA: Covered entity
# setting@tx: State: Unnamed; modeled on Texas
# setting@tx: Statute: Mirrors Tex. Health & Safety Code §611.004(a)(2), as amended in 2021: a professional may disclose confidential information only to medical, mental health, or law enforcement personnel, if the professional determines there is a probability of imminent physical injury by the patient to the patient or others. It permits, never requires (mirrors §611.002(b-1): no exception creates a duty to disclose), and victims are not on the list.
# setting@tx: Case law: Follows Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999), which declined a common-law duty to warn.
# setting@tx: Emergency detention: An unwilling adult can be detained for evaluation only by a peace officer without a warrant (mirrors §573.001: reason to believe the person has a mental illness and, because of it, a substantial risk of serious harm unless immediately restrained, with no time for a warrant; the officer may rely on a credible person's account) or on a magistrate's warrant on an adult's application (mirrors §§573.011–.012). An officer who detains someone this way may take a firearm found with him (mirrors §573.001(g)); the state has no "red flag" order that lets a court remove a firearm from someone who is neither detained nor charged with an offense.
# setting@tx: Your role: Licensed therapist at the clinic; Jordan's therapist
# setting@tx: Firearm law: -
# jurisdictions: Duty-to-protect law varies widely. Some states impose a duty by statute, some by case law, some only permit disclosure and a few give no guidance; surveys classify states differently, and laws change, so check your state's current statute. Texas declined a common-law duty (Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999)), and its statute (Health & Safety Code §611.004(a)(2)) only permits disclosure to medical, mental health or law-enforcement personnel, never to victims. Its statute was amended in 2021 (HB 549) to add mental health personnel and to say that none of its exceptions creates a duty to disclose (§611.002(b-1)). California renamed its duty a "duty to protect" from January 1, 2013 (SB 1134), with no substantive change, and separately requires the 24-hour firearm report (Welf. & Inst. Code §8105(c)).
# jurisdictions@tx: In the California-modeled version of this vignette, the statute mirrors Cal. Civ. Code §43.92: a serious threat against a reasonably identifiable victim creates a duty, discharged by reasonable efforts to reach the victim and a law-enforcement agency; a family member's report can trigger it (Ewing), and a 24-hour firearm report is also required. Duty-to-protect law differs across states and changes; check your state's current statute. The verdicts under this Texas-modeled profile have not been reviewed by a Texas-licensed attorney or clinician; results are practice only.
# objective: Separate venting from a serious threat by asking about meaning, history, weapons, intent and plan, and record the reasons.
# objective: Apply the profile's law to a family member's credible report (California model: Ewing; Texas model: permissive statute).
# objective: Select the disclosures each profile's law requires or permits (California model: the victim and the police, plus the 24-hour firearm report; Texas model: medical, mental health or law-enforcement personnel only, never the victim), update them when the client's own threat adds new facts, and explain why an evaluation alone falls short.
# objective: Limit each disclosure to what the recipient needs.
# objective: Answer an employer's inquiry without disclosing, and explain why a treating therapist does not certify fitness for duty.

VAR profile = "ca"

-> s1

=== s1 ===
At intake you explained to Jordan, in plain words, where confidentiality ends.
Jordan is 33 and works as a technician in the laboratory of the city hospital.
He came to you for anger, and for sleep that has fallen apart since he was passed over for promotion. His supervisor, Chris, made the decision.
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
* [Ask what he meant and about any past violence, access to weapons, intent or plan; record your conclusion and the reasons for it in his chart. #id: V2.D2.1.a #action: hold #verdict: best #rationale: Exploring meaning, history, weapons, intent and plan is how you separate venting from a serious threat of physical violence, the trigger for any duty or permission to disclose. Recording why you judge it venting documents your judgment. Nothing leaves the room. #cite: ACA B.2.a; APA 4.05(b); Cal. Civ. Code §43.92 #cite@tx: ACA B.2.a; APA 4.05(b); Tex. Health & Safety Code §611.004(a)(2)]
    "When you say you'll kill him," you ask, "what do you mean?"
    "It's a thing people say." He rubs his face. "I've never hit anyone in my life. I don't own anything more dangerous than a kitchen knife."
    You ask whether he has any intention of hurting Chris, or any plan. "No. I want him to see he got it wrong. That's all."
    No intent, no plan. After the session you write down what you asked, what he said, and why you judge it venting.
    -> s2
* [Nod, note the remark in his chart as venting, and steer the talk back to his sleep, his evenings, and how the coming week at the lab looks. #id: V2.D2.1.c #action: hold #verdict: error #kind: process #rationale: Holding may well have been right (it probably was venting), but you don't know: you never asked. A chart note calling it venting records a conclusion you did not reach, and if it matters later there is no assessment behind it. #cite: ACA B.2.a; ACA A.1.b]
    You nod, and ask how the coming week at the lab looks. Jordan seems glad to move on, and the rest of the session is about his sleep and his evenings.
    Writing the note that evening, you realize you could not say what he meant: you never asked.
    At his next session you go back to it. He looks surprised, then answers your questions: he has never been violent, he owns no weapon, he has no plan. "I was blowing off steam."
    Now the note has reasons: what you asked, what he said, and why you judge it venting.
    -> s2
* [After the session, call Chris at the hospital and tell him what Jordan said; at the next session, tell Jordan you made the call, and why. #id: V2.D2.1.b #action: disclose #verdict: error #kind: over #critical #rationale: No threat has been established: one remark, laughed off, and you asked nothing. Calling the client's supervisor is a disclosure without a ground, to his employer, and it can cost him his job and his therapy; telling Jordan afterward does not undo it. Ask first. #cite: APA 4.01; ACA B.1.c; NASW 1.07(c) #rationale@tx: No threat has been established: one remark, laughed off, and you asked nothing. Calling the client's supervisor is a disclosure without a ground, to his employer, and under this profile's statute a potential victim is not a permitted recipient even when a threat is real; telling Jordan afterward does not undo it. Ask first. #cite@tx: APA 4.01; ACA B.1.c; Tex. Health & Safety Code §611.004(a)(2)]
    After the session you call the hospital and reach Chris. He listens, shaken, and says he will have to tell HR.
    HR meets Jordan the next day. He keeps his job, with a note on his file.
    At his next session, before you can raise it, he is brief and guarded. "I was joking. You knew I was joking."
    You acknowledge that you acted before you had asked him what he meant, and you assess it properly this time: no history of violence, no weapon, no intent, no plan. He answers every question, in as few words as he can.
    -> s2

=== s2 ===
Two weeks later, on a Tuesday, Jordan texts the front desk at 8:50 to cancel his 11 am appointment.
You call him back. His phone goes to voicemail.
At 9:30 the front desk puts a call through to you.
"This is Tess, Jordan's sister. You're the one helping him." Her voice is tight. "I want him to get help before he does something."
"He bought a handgun on Saturday. He showed it to me. And he said Chris won't see Friday." A breath. "He wasn't laughing."
"I don't know where he is today."
"He doesn't know I'm calling. What has he been saying to you?"
What do you do? #decision: V2.D2.2 The sister reports a gun, a named victim and a date; Jordan can't be reached
* (d2_2_e) [Answer her question: tell Tess, in general terms, what Jordan has said about Chris in his sessions, and ask her to call you if he gets in touch. #id: V2.D2.2.e #action: disclose #verdict: error #kind: over #rationale: Her report is welcome; your answer is not hers to have. Nothing Jordan said in therapy goes to his sister without his authorization, and it does nothing to protect Chris: the protective calls go to the people who can act on the threat. Instead: take information, give none, and make those calls. #cite: APA 4.01; HIPAA 164.502(a); NASW 1.07(c) #cite@tx: APA 4.01; HIPAA 164.502(a); Tex. Health & Safety Code §611.004(a)(2)]
    You tell Tess, in general terms, that Jordan has talked in his sessions about Chris and the promotion, and about how angry he has been. You ask her to call you if he gets in touch.
    Tess is grateful, and frightened. And nobody who can act on the gun knows.
    Within the hour your supervisor hears of the call and has you make the protective calls at once.
    {profile == "tx":
        The call goes to the police only, with the threat, the gun and the date.
    - else:
        You call the police and then Chris, giving each only the threat, the gun and the date.
    }
    This time the delay cost nothing.
    -> s3
* [Thank Tess and explain that you can't discuss anyone's care; note in the chart that the report came from his sister, not from Jordan; take no further step. #id: V2.D2.2.c #action: hold #verdict: error #kind: under #critical #rationale: Dismissing it because it came from his sister is the miss. In this scenario's state, under Ewing, her report can trigger the duty, and a gun, a name and a date are exactly that kind of report. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92 #rationale@tx: This profile's statute creates no duty to disclose (it mirrors §611.002(b-1)), and there is no Ewing rule, so the error is against the ethics codes and the standard of care, not a statute. A credible report of a new gun, a named person and a date calls for action today: the statute permits telling the police when you judge physical injury imminent, and the codes treat a serious threat to an identifiable person as an exception to confidentiality. A missed protective disclosure can cost a life. #cite@tx: Tex. Health & Safety Code §611.002(b-1); Tex. Health & Safety Code §611.004(a)(2); APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    You thank Tess and tell her you can't discuss anyone's care. In the chart you note that the report came from his sister, not from Jordan. You put nothing further in motion.
    Late in the morning your supervisor stops by about another case. Hearing of the call, she puts her coffee down. "A gun, a name and a date. We act now."
    This time someone else caught it.
    {profile == "tx":
        Within the hour you notify the police only, with the threat, the gun and the date, and leave any warning to Chris to them.
    - else:
        Within the hour you notify the police and warn Chris, giving each only the threat, the gun and the date.
    }
    -> s3
* (d2_2_b) [Take down what Tess says and give her nothing. Consult, then notify the police and warn Chris today, giving each of them only the threat, the gun and the date. #id: V2.D2.2.b #action: disclose #verdict: best #rationale: In this scenario's state, following Ewing v. Goldstein, a family member's report made to advance the patient's treatment counts as a patient communication, and the duty arises if it leads you to believe or predict a serious risk of grave bodily injury. Tess called you because you are treating him, to get him help: a new handgun, a named victim, a date, a canceled session and no way to reach him is that kind of report. Reasonable efforts to reach both Chris and the police discharge the duty, and HIPAA presumes good faith when you rely on a credible report from someone with apparent knowledge. Give each only the threat, the weapon and the date; take information from Tess and give her none; do not tell Jordan who called. Whether a relative's report, rather than Jordan's own words, also triggers the 24-hour firearm report is not settled: raise it when you consult. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92; HIPAA 164.512(j)(1)(i); HIPAA 164.512(j)(4) #verdict@tx: error #kind@tx: over #rationale@tx: Right instinct, wrong recipient. Under this profile's statute you may disclose only to medical, mental health or law-enforcement personnel, and only when you judge physical injury imminent; Chris is not on that list, and HIPAA's permission to warn a target does not override more protective state law. Calling the police alone was the permitted step. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); 45 CFR 160.203(b)]
    You ask Tess what exactly he said, and when. When she asks again what he has told you, you say you can't discuss anyone's care, and that you are glad she called. Before she hangs up, you tell her she can call 911 herself if she sees danger.
    You take it straight to your supervisor; she agrees it has to be today.
    You call the police and give the officer your role, Jordan's name, the threat, the gun and the date. The officer says they will try Jordan's home.
    Then you reach Chris at the hospital and tell him the same, and no more. He goes quiet, then thanks you.
    {profile == "tx":
        Later, your supervisor asks why you called Chris yourself rather than leaving it to the police.
    }
    -> s3
* [Take down what Tess says and give her nothing. Consult, then notify the police today, giving only the threat, the gun and the date; leave Chris to them. #id: V2.D2.2.f #action: disclose #verdict: error #kind: under #rationale: Calling the police is right, but in this scenario's state the duty is discharged only by reasonable efforts to reach the victim too, and notifying the police does not warn Chris for you. Not critical: the people who can act on the gun now know. #cite: Cal. Civ. Code §43.92; Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004) #verdict@tx: best #rationale@tx: Under this profile's statute you may disclose only to medical, mental health or law-enforcement personnel, when you judge there is a probability of imminent physical injury; a new gun, a named person and a date three days away, with Jordan unreachable, supports that judgment. The police are the permitted recipient who can act on the weapon; whether and how Chris is warned is theirs to decide. Give only the threat, the weapon and the date; take information from Tess and give her none; consult; document. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); HIPAA 164.512(j)(1)(i)]
    You ask Tess what exactly he said, and when. When she asks again what he has told you, you say you can't discuss anyone's care, and that you are glad she called. Before she hangs up, you tell her she can call 911 herself if she sees danger.
    You take it straight to your supervisor, then call the police and give the officer your role, Jordan's name, the threat, the gun and the date. The officer says they will try Jordan's home.
    {profile != "tx":
        When you tell your supervisor the call is made, she asks whether anyone has tried to reach Chris. You call him within the hour, with only the threat, the gun and the date.
    }
    -> s3
* [Thank Tess, write up her call in full in Jordan's chart, and plan to raise it with your supervisor at Friday's case meeting and then with Jordan at his next session. #id: V2.D2.2.d #action: hold #verdict: error #kind: under #critical #rationale: The threatened date may come before any of those steps. A credible report of a gun, a named victim and a date needs action today; writing it up and planning to consult are not protective actions. #cite: Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Civ. Code §43.92; HIPAA 164.512(j)(1)(i) #rationale@tx: This profile's statute creates no duty to disclose (it mirrors §611.002(b-1)), so the error rests on the ethics codes and the standard of care: the threatened date may come before any of those steps, a credible report of a gun, a named person and a date needs action today, and the statute permits telling the police when you judge physical injury imminent. #cite@tx: Tex. Health & Safety Code §611.002(b-1); Tex. Health & Safety Code §611.004(a)(2); APA 4.05(b); ACA B.2.a]
    You thank Tess, and write up her call in full in Jordan's chart. You'll raise it with your supervisor at Friday's case meeting, and with Jordan at his next session.
    Half an hour later Tess calls back. "Friday is three days away."
    You take it to your supervisor, who agrees it cannot wait. This time someone else pushed.
    {profile == "tx":
        You notify the police only, with the threat, the gun and the date.
    - else:
        You notify the police and warn Chris, giving each only the threat, the gun and the date.
    }
    -> s3

=== s3 ===
By 1 pm the police have the threat, the gun and the date. Officers have been to Jordan's home and did not find him.
{profile == "tx":
    {s2.d2_2_b:
        You warned Chris yourself this morning.
    - else:
        Whether the police have contacted Chris is theirs to decide; you don't know.
    }
- else:
    Chris has been warned.
}
At 2:30 Jordan walks into the clinic without an appointment, angry and tense, and asks to see you. You see him at once.
{s2.d2_2_e:
    He doesn't sit down. "Tess says you told her what I say in here."
    You tell him you hear that, and that you will come back to it. He sits.
}
* [Ask him to tell you, in his own words, what has happened. #id: jordan-s3-own-words]
    "Nothing's changed. Chris is still Chris." He looks at the window. "I've just stopped pretending."
* [Ask him directly whether he has a gun. #id: jordan-s3-ask-gun]
    He holds your eyes for a moment. "Yes. I bought one on Saturday."
- You take it step by step, calmly and in plain words.
The gun is in his car, in the clinic parking lot. He knows where Chris parks at the hospital.
"Friday," he says. "Friday he'll learn."
You ask whether he would let Tess, or anyone, keep the gun for now. "No. It's mine. I'm keeping it."
He does not know the police are looking for him.
He is angry, but clear and oriented.
What do you do? #decision: V2.D2.3 Armed, specific, imminent, and refuses to give up the gun
* [Keep it in therapy: tell Jordan you'll see him twice a week from now on; consult your supervisor this week; document his refusal to give up the gun. #id: V2.D2.3.b #action: hold #verdict: error #kind: under #critical #rationale: Against an armed, specific, imminent threat, more therapy is not protection. The police have been looking for him since this morning and don't know he is here with the gun; his own threat now calls for reasonable efforts to reach Chris and the police with what he has said, and for the 24-hour firearm report. Consulting later and documenting the refusal record the risk without reducing it. #cite: Tarasoff v. Regents, 17 Cal. 3d 425 (1976); Cal. Civ. Code §43.92; Cal. Welf. & Inst. Code §8105(c); APA 4.05(b); ACA B.2.a #rationale@tx: This profile's statute creates no duty to disclose (it mirrors §611.002(b-1)), so the error rests on the ethics codes and the standard of care: holding back against an armed, specific, imminent threat could cost a life, and the police who are looking for him don't know he is here. The statute permits telling them when you judge physical injury imminent, and the codes treat a serious threat to an identifiable person as an exception to confidentiality. #cite@tx: Tex. Health & Safety Code §611.002(b-1); Tex. Health & Safety Code §611.004(a)(2); APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    You tell Jordan you'd like to see him twice a week from now on. "Fine," he says. "Doesn't change anything."
    You document his refusal to give up the gun, and put the case on your list for your supervisor this week.
    Jordan leaves at four, the gun still in his car.
    {profile == "tx":
        That evening Tess tells the police where he is staying. Officers find him there; they see no ground to detain him, but faced with them and with his sister he agrees to let Tess keep the gun.
    - else:
        That evening Tess tells the police where he is staying. Officers find him there, obtain an emergency gun violence restraining order by phone from a judge, and take the gun.
    }
    Chris is unhurt. This time someone else caught it.
    -> s4
* (d2_3_f) [Call the police and warn Chris; then email the hospital's HR office Jordan's diagnosis, the threat and your risk assessment, and ask them to bar him. #id: V2.D2.3.f #action: disclose #verdict: error #kind: over #critical #rationale: The calls to the police and Chris are right; the email is not. HR is his employer and has no part in stopping this threat that the police do not already have, and his diagnosis and your assessment in his employer's files can cost him his job and cannot be taken back. Instead: give the police and Chris only the threat, the weapon, the time and the places, make the firearm report, and let the police decide what the hospital's security needs to know. #cite: APA 4.04(a); ACA B.2.e; Cal. Civ. Code §43.92; HIPAA 164.512(j)(1)(i) #rationale@tx: The police call is right; the rest is not. Neither Chris nor his employer is among the recipients this profile's statute allows, and his diagnosis and your assessment in his employer's files can cost him his job and cannot be taken back. Instead: the police only, with the threat, the weapon, the time and the places. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); APA 4.04(a); ACA B.2.e]
    You call the police, then Chris. Then you email the hospital's HR office: Jordan's diagnosis, the threat and your risk assessment, with a request that they bar him from the hospital.
    Officers arrive within the hour and speak with Jordan. Chris is unhurt.
    By the next morning HR has placed Jordan on leave pending a fitness-for-duty evaluation, with your email in his personnel file.
    He asks the clinic's privacy officer for an accounting of what was sent.
    -> s4
* [Call the police now, and only them: he is here, the gun is in his car in our lot, and he has told you where Chris parks at the hospital. #id: V2.D2.3.e #action: disclose #verdict: error #kind: under #rationale: The police call is right, and made as the state prescribes it can also be your 24-hour firearm report. But Jordan has now made the threat himself, with facts that bear on Chris's safety, and in this scenario's state the duty is discharged by reasonable efforts to communicate that threat to Chris as well as the police. Whatever Chris heard this morning, he has not heard this, and notifying the police does not warn him for you. Not critical: the people who can act on the gun now know. #cite: Cal. Civ. Code §43.92; Cal. Welf. & Inst. Code §8105(c) #verdict@tx: best #rationale@tx: Under this profile's statute you may disclose only to medical, mental health or law-enforcement personnel when you judge physical injury imminent, and here you do. The police, who are already looking for him, are the permitted recipient who can act. Whether the emergency-detention criteria are met, including whether a mental illness drives the risk, is the officer's judgment, not yours, and an officer who detains him may take the gun; if they do not detain him, what else to do, including whether and how to warn Chris, is theirs to decide. Give only what they need; keep staff safe; tell Jordan unless that raises the danger; consult; document. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); Tex. Health & Safety Code §573.001; Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); HIPAA 164.512(j)(1)(i)]
    You ask a colleague to sit in the waiting area. Then you call the police: he is here, the gun is in his car in the clinic lot, and he has told you where Chris parks at the hospital.
    Officers arrive within half an hour and speak with Jordan in the parking lot.
    {profile == "tx":
        He is calm and oriented and denies intent; they find no ground to detain him, and without one they do not take the gun. They tell you they will speak to Chris and to the hospital's security themselves.
        Shaken, Jordan agrees after they leave to let Tess keep the gun until his next session.
    - else:
        Your call, made as the state prescribes, is the firearm report, so he may not keep the gun, and they take it from his car.
        When you consult, your supervisor asks whether Chris has heard what Jordan said today. You reach him within the hour.
    }
    -> s4
* [Call the mobile crisis team for an emergency evaluation and give them the threat, the gun and the date; tell Jordan exactly what you said; make no other calls. #id: V2.D2.3.c #action: disclose #verdict: error #kind: under #critical #rationale: An evaluation may help, but it does not meet the duty: the police, who have been looking for him since this morning, are not told he is here with the gun; Chris does not hear what Jordan has now said; and his own threat now requires the 24-hour firearm report. An evaluation can end quickly when the risk is not driven by a mental disorder: in Ewing v. Goldstein the patient was discharged the next day and killed the victim the day after. #cite: Cal. Civ. Code §43.92; Ewing v. Goldstein, 120 Cal. App. 4th 807 (2004); Cal. Welf. & Inst. Code §8105(c) #rationale@tx: Never best while it excludes other calls. A crisis team is mental-health personnel, a permitted recipient, but in this profile's state it cannot detain an unwilling adult: only a peace officer, or a magistrate's warrant on an adult's application, can, and whether a mental illness drives the risk, which detention requires, is for the officer or the magistrate to judge, not the crisis team. The police, who are looking for him and can act on the gun, are not told he is here. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); Tex. Health & Safety Code §573.001; Tex. Health & Safety Code §573.011]
    You call the mobile crisis team and give them the threat, the gun and the date. Then you tell Jordan exactly what you said. He says nothing.
    The team evaluates him at the clinic. He is calm and oriented and denies intent; he does not meet the criteria for a hold, and he drives away with the gun still in his car.
    {profile == "tx":
        You call your supervisor, and within the hour you call the police with what Jordan said. Officers find him that evening; they see no ground to detain him, and he agrees, grudgingly, to let Tess keep the gun.
    - else:
        Nobody who can act on it has been told. You call your supervisor, and within the hour you call the police, making it your firearm report, and give Chris what Jordan said. Officers find Jordan that evening and take the gun.
    }
    This time the delay cost nothing.
    -> s4
* [Call the police now: he is here and the gun is in his car in our lot; give Chris the new facts as well; make the police call your firearm report. #id: V2.D2.3.a #action: disclose #verdict: best #rationale: Jordan has now made the threat himself, with new facts: he is here, the gun is in his car outside, and he knows where Chris parks. Whatever was said this morning, in this scenario's state it is his own communication that the duty now turns on, and it is discharged by reasonable efforts to communicate this threat to both Chris and the police, now: the police are looking for him and don't know where he is, and Chris has not heard what Jordan has just said. State firearm law also requires you to report him to local police within 24 hours; the report starts a five-year firearm prohibition, officers who find him with a gun must then take it, and the same call can serve if made as the state prescribes. Share only what each needs, no diagnosis or history. Keep staff safe: alert a colleague, and make the calls out of his hearing if telling him first would raise the danger. Whether he needs an emergency evaluation is for the officers to judge; consult; document. #cite: Tarasoff v. Regents, 17 Cal. 3d 425 (1976); Cal. Civ. Code §43.92; Cal. Welf. & Inst. Code §8100(b); Cal. Welf. & Inst. Code §8105(c); Cal. Welf. & Inst. Code §8102(a); APA 4.05(b); ACA B.2.e; HIPAA 164.512(j)(1)(i) #verdict@tx: error #kind@tx: over #rationale@tx: The police call is right and permitted; giving Chris the new facts yourself is not, whether or not you called him this morning: victims are not among the recipients this profile's statute allows, and HIPAA's permission does not override more protective state law. This profile's state has no firearm-report duty of this kind. Right instinct, wrong recipient. #cite@tx: Tex. Health & Safety Code §611.004(a)(2); Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999); 45 CFR 160.203(b)]
    You ask a colleague to sit in the waiting area, then tell Jordan: "I believe Chris is in danger. I'm going to call the police and Chris now, and I'll tell them only what they need."
    He swears, then sits with his head in his hands.
    To the police: he is here, the gun is in his car in the clinic lot, he knows where Chris parks, and Friday. Nothing about his history or a diagnosis. Then you reach Chris and give him the same new facts, and no more.
    {profile != "tx":
        You make the police call your firearm report, in the manner the state prescribes.
    }
    Officers arrive within half an hour and speak with Jordan in the parking lot.
    {profile == "tx":
        He is calm and oriented and denies intent; they find no ground to detain him, and without one they do not take the gun. Shaken, he agrees after they leave to let Tess keep it until his next session.
        Your supervisor asks why you called Chris yourself.
    - else:
        With your report made he may not keep the gun, and they take it from his car. They do not detain him; he agrees to see you the next morning.
        Chris, told that Jordan knows where he parks, works from home until Friday has passed.
    }
    Chris is unhurt.
    -> s4

=== s4 ===
Two weeks later Jordan is back in sessions with you, on leave from work.
On Monday afternoon the front desk puts a call through.
"This is Priya, Jordan's team lead at the lab. He mentioned he's been coming to you."
"HR won't let him back until someone says he's safe. So is he? Safe to come back? And what did he actually say? People here are frightened, and I need to tell them something."
What do you say? #decision: V2.D2.4 Team lead asks if Jordan is "safe to come back" and what he said
* [Decline to discuss anyone's care, end the call politely and note it in his chart; don't raise the call with Jordan at his next session. #id: V2.D2.4.c #action: hold #verdict: acceptable #rationale: Declining keeps confidentiality, which matters most here. Not best: not telling Jordan takes away his chance to decide what, if anything, his employer hears. #cite: APA 4.01; HIPAA 164.502(a)]
    "I'm not able to discuss anyone's care," you say, and end the call politely. You note it in his chart, and say nothing to Jordan.
    A week later he mentions it himself. "Priya said you wouldn't tell her anything. Fine. But I'd have liked to know." He pauses. "I might have wanted her to hear something."
* [Neither confirm nor deny that anyone is a client here, and say you'd need written authorization; afterward tell Jordan and offer him a narrow release. #id: V2.D2.4.a #action: hold #verdict: best #rationale: Confidentiality is the default, and an employer has no right to therapy information. Telling Jordan lets him decide what, if anything, his employer hears; a narrow release (attendance, engagement) is his choice. Whether he is safe to return is a question for an independent fitness-for-duty evaluator, not for his therapist. Document the call. #cite: APA 4.01; APA 4.05(a); HIPAA 164.502(a); HIPAA 164.508; APA 3.05]
    "I can neither confirm nor deny whether anyone is a client here, and I couldn't share anything without written authorization."
    "So I tell them nothing," Priya says.
    You document the call. At Jordan's next session you tell him about it.
    He thinks it over, then asks you to confirm to HR that he attends and takes part, and nothing more. You draw up a release that says exactly that.
* [Tell Priya you need Jordan's signed release. Once he signs, write to HR on clinic letterhead that in your professional opinion he is safe to return to work. #id: V2.D2.4.d #action: disclose #verdict: error #kind: over #rationale: Consent covers the disclosure but not the role conflict. As his therapist you are not a fitness-for-duty evaluator, and a prediction that he is safe goes beyond your data. With his release you may confirm facts such as attendance; leave the safety question to an independent evaluator. #cite: APA 3.05; APA 9.01(b); APA 4.05(a)]
    You tell Priya you would need Jordan's signed release. Jordan signs one the same week; he wants to go back.
    You write to HR on clinic letterhead that in your professional opinion he is safe to return to work.
    HR passes your letter to an occupational-health physician, who asks what assessment your prediction rests on. Jordan still has to see an independent evaluator.
* [Tell Priya only that Jordan attends regularly and works hard on his anger, and that you can't go into detail; tell Jordan about her call afterward. #id: V2.D2.4.b #action: disclose #verdict: error #kind: over #rationale: Even a reassuring summary confirms he is your client and discloses his treatment without authorization, and it implies a safety judgment you are not placed to make; telling Jordan afterward is right but does not undo it. Instead: neither confirm nor deny, and tell Jordan about the call. #cite: APA 4.01; HIPAA 164.502(a); NASW 1.07(c)]
    "He attends regularly and works hard on his anger," you tell Priya. "I can't go into detail."
    She sounds relieved. By the end of the week the lab knows Jordan is in therapy and how it is going; HR still requires an independent evaluation.
    At his next session you tell him about her call. He asks, quietly, what else you have told people.
- -> ending

=== ending ===
Over the following weeks Jordan's sessions come back to the promotion, the anger under it, and sleep{profile == "tx" and not s3.d2_3_f: and, with Tess, to where the gun goes next}.
Chris is safe.
You bring your notes up to date: each assessment, the options weighed, what went to whom and why, and what Jordan was told.
-> END
