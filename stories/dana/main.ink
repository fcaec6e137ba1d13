# id: dana
# vignette: 1
# title: Dana: a passive wish to be dead
# summary: Suicidal ideation in outpatient therapy, from a passive wish to an imminent plan, and a call from the emergency psychiatrist when she asks them not to talk to you.
# version: 2.0.0
# reviewed: none
# content_note: Suicidal ideation, and a plan and preparation to die (no method detail)
# content_note: An emergency evaluation without consent
# content_note: A client who asks that clinicians not talk to each other
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Outpatient group practice
# setting: HIPAA: Covered entity
# setting: State law (unnamed state): Permits disclosure without consent to prevent serious self-harm, including to clinicians evaluating the client in an emergency; has an emergency-evaluation law
# setting: Your role: Licensed professional counselor in the practice; Dana's therapist
# jurisdictions: Emergency-evaluation criteria, and who may start one, vary by state. Some states require consent before sharing mental-health information with other providers except in emergencies. HHS guidance allows alerting family or others when a threat to self is serious and imminent. Check your state's current law.
# objective: Name the elements of a suicide-risk inquiry (frequency, plan, intent, preparation, past attempts, access to means, reasons for living) and ask about them directly.
# objective: Match a low-risk formulation to a written safety plan with complete lethal-means counseling, and explain why a no-suicide contract is not a plan.
# objective: Recognize when plan, intent, preparation and timing together call for an emergency evaluation without consent, and state the minimum to give responders.
# objective: Decide what to share with clinicians evaluating the client in an emergency when the client objects, and keep it to what the evaluation needs.
# objective: Document the assessment, the options weighed, what went to whom and why, and that the client was told.

-> s1

=== s1 ===
At intake you explained to Dana, in plain words, where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
It is now her sixth session. She is 41, and she came to you for depression.
Three months ago she was laid off. She is divorced and shares custody of her ten-year-old daughter, Sophie, with Sophie's father.
She sits down, puts her bag at her feet and doesn't take off her coat.
* [Ask how the job search has gone since last time. #id: dana-s1-job-search]
    "Slow," she says. "Two applications. One rejection, one silence."
    "I keep telling myself it's the market. Some days I believe it."
* [Ask how she has been sleeping. #id: dana-s1-sleep]
    "Badly. I'm awake at four most mornings, just lying there."
    "Then it's the whole day to get through."
- She looks past you, at the window, for a while.
"Some mornings I wish I wouldn't wake up." She glances back at you. "Don't panic."
She says it lightly, but she is watching your face.
How do you respond? #decision: V1.D1.1 Dana expresses a passive wish to be dead
* [Tell her you are worried for her safety and that you are calling 911; make the call from your office while she waits there with you. #id: V1.D1.1.b #action: disclose #verdict: error #kind: over #critical #rationale: Nothing yet shows imminent risk: you have heard a passive wish and asked nothing. Calling 911 now is a disclosure without a ground, and it brings police or EMS, and possibly an evaluation against her will, to a client who came to you voluntarily; telling her first does not make it proportionate. It teaches clients to hide ideation. Assess first. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    Dana stares at you. "I told you not to panic."
    Responders arrive and take her for an evaluation. She is home by evening, and she has had to ask Sophie's father to collect Sophie.
    At her next session she sits with her arms folded. You acknowledge that you acted before you had asked her anything, and you say you would like to understand properly what she meant.
    "Fine," she says. "Ask."
    -> s2
* [Say you won't panic, then ask directly how often the thoughts come and about any plan, intent or means at hand, past attempts and what keeps her going. #id: V1.D1.1.a #action: hold #verdict: best #rationale: A passive wish needs assessment, not alarm and not reassurance. Asking directly about frequency, plan, intent, preparation, past attempts, access to means and reasons for living does not plant the idea; it is how you tell a passive wish from imminent risk. Nothing leaves the room. #cite: SAFE-T steps 1–3 (SAMHSA); APA 2.04; ACA C.7.a]
    "I'm not going to panic," you say. "I'm glad you told me. I'd like to understand it properly, so I'm going to ask you some direct questions."
    She lets out a breath. "OK. Ask."
    -> s2
* [Reassure her: lots of people feel this way when life is hard. Note "passive thoughts, no concerns" in her chart; then go on, gently, to her job search and interviews. #id: V1.D1.1.c #action: hold #verdict: error #kind: process #critical #rationale: Holding was not wrong in itself: nothing yet called for disclosure. The way was wrong. Reassurance closes the subject, and the note records a conclusion you never assessed. This is the commonest real miss: no assessment, and a record that says there was one. #cite: SAFE-T steps 1–3 (SAMHSA); ACA A.1.b]
    Dana looks relieved, or perhaps disappointed. The session moves on to applications and interviews, and you write the note.
    That evening you realize you cannot answer the basic questions: how often the thoughts come, whether there is a plan, what she has at home.
    You call Dana the next morning and she agrees to come in early. This time you tell her you want to go back to what she said about not waking up.
    -> s2

=== s2 ===
You take it one area at a time, calmly and in plain words.
"About three weeks," she says. "Most mornings, for a minute or two. Then I get up and get on with it."
She has never thought about how she would do it, and she has no intention of acting on the thoughts. "I don't want to be dead. I just don't want to feel like this."
She has never tried to end her life before.
When you ask what she has at home, she thinks. "The sleeping pills my doctor gave me. The bottle's full. I stopped taking them because they made me groggy."
When you ask what keeps her going, she doesn't hesitate. "Sophie. I'd never do that to Sophie." Her sister, Nina, lives ten minutes away and calls most days.
You ask about the pills. "Nina could keep them," she says. "Most of them, anyway. I'd keep a few for the really bad nights."
You put the picture together: three weeks of passive ideation, most mornings, a minute or two; no plan, no intent, no past attempts; a full bottle of prescribed sleeping pills at home; strong reasons for living in Sophie and Nina.
You formulate her risk as low. Low is not none.
What do you do with that formulation? #decision: V1.D1.2 Risk is formulated as low
* (d1_2_d) [With her written consent, call Nina together and ask her to keep the whole bottle and to check in every day; leave the safety plan until the next session. #id: V1.D1.2.d #action: hold #verdict: acceptable #rationale: Consented sharing is not a breach, and the means step is complete and sound. Not best: without a written plan Dana has no coping steps or crisis numbers of her own for the moments when Nina isn't there. #cite: Stanley & Brown (2012); CALM (Suicide Prevention Resource Center)]
    Dana signs the consent form and you call Nina together, on speakerphone. Nina agrees at once to keep the whole bottle and to check in every day.
    It is a real step. But when you ask Dana what she would do at four in the morning if the thoughts got louder, she shrugs. "Call Nina, I suppose. If she's awake."
* (d1_2_b) [Have her sign a no-suicide contract and file it in her chart with your written risk formulation; keep her next appointment at the usual two weeks. #id: V1.D1.2.b #action: hold #verdict: error #kind: process #rationale: Holding is the right call at low risk; the method is wrong. A no-suicide contract has no evidence base and gives false reassurance, to you as much as to her. It is not a plan: Dana leaves with no coping steps, no crisis numbers, and the full bottle still at home. #cite: Stanley & Brown (2012); SAFE-T step 5 (SAMHSA)]
    Dana signs without reading it. "If it makes you feel better."
    The pills stay where they are. When the session ends she has a signature on file and nothing new to use at four in the morning.
* (d1_2_a) [Write a safety plan in her words with 988 (US) on it; explore "the really bad nights" and agree that Nina keeps the whole bottle; chart your formulation. #id: V1.D1.2.a #action: hold #verdict: best #rationale: Low risk calls for a written Stanley–Brown safety plan in Dana's words (warning signs, her own coping steps, people and places, people to ask for help, professionals and the 988 Lifeline (US), a safer environment) with complete lethal-means counseling. "A few for the really bad nights" is a warning sign to explore, not a compromise to accept: the bad nights are when the means matter most. Nina holding the whole bottle, with Dana's consent, takes a lethal quantity out of the home. Seeing her weekly and documenting your formulation complete it. Nothing leaves therapy without her consent. #cite: Stanley & Brown (2012); CALM (Suicide Prevention Resource Center); SAFE-T steps 4–5 (SAMHSA); ACA A.1.b]
    You work through the plan together, in her words: the warning signs she notices first, what she can do on her own, the people and places that help, who she can call, and the 988 Lifeline (US).
    When you come to the really bad nights, you ask her what they are like. She is quiet, then: "The bad nights are when I'd want them."
    She signs a consent and calls Nina from your office. Nina collects the whole bottle that evening.
    You agree to meet weekly. After she leaves, you chart the assessment and your formulation.
* (d1_2_c) [Tell her you are starting an involuntary emergency evaluation today; consult your supervisor while you wait, and document the grounds you relied on. #id: V1.D1.2.c #action: disclose #verdict: error #kind: over #critical #rationale: Disproportionate. The assessment found three weeks of passive ideation, no plan, intent or past attempts, and strong reasons for living. An involuntary evaluation on that is a disclosure and a loss of liberty without a ground, and it teaches clients to hide ideation. Telling her, consulting and documenting do not cure the wrong call. Instead, match the response to the risk: a written safety plan in her words and complete lethal-means counseling. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c)]
    Dana goes very quiet while the call is made.
    The evaluating clinician finds she does not meet the criteria, and she is home that night.
    At her next session she says, evenly, "I told you the truth and you called an ambulance. I'll be more careful what I say."
- -> s3

=== s3 ===
You see her {s2.d1_2_b: every two weeks, as booked|weekly}, and she seems steadier.
{s2.d1_2_c: She keeps coming, though she weighs every word.}
Six weeks later, Dana arrives on time.
She looks lighter than you have seen her in months. She has had her hair cut, and she thanks you, warmly, "for everything".
* [Ask her what has changed. #id: dana-s3-ask-change]
    "I've made some decisions," she says. "It's a relief, honestly."
* [Tell her you've noticed she seems different today, and ask about it. #id: dana-s3-notice-calm]
    She smiles. "I feel different. I've sorted things out."
- You ask her to tell you what she has sorted out, and she does, calmly, as if reading from a list.
She has taken Sophie's things over to Nina's, "so they're where she'll be."
She has written letters: one for Sophie, one for Nina.
For weeks she has been saving medication from a new prescription, one she never mentioned to you or to Nina.
{s2.d1_2_b or s2.d1_2_c: And the full bottle of sleeping pills is still at home.}
"Tonight," she says. "Sophie's at her dad's until Sunday. It's the right time."
You ask whether she intends to go through with it. "Yes. I'm not asking for permission. I'm telling you because you've been kind to me."
She has a plan, intent, preparation and a time: tonight.
You offer everything you can think of: a voluntary evaluation at the emergency department, a call to the 988 Lifeline (US), calling Nina together. She refuses each one.
"I'm not going to a hospital. I'm an adult and I've decided." She reaches for her bag.
What do you do? #decision: V1.D1.3 Plan, intent, preparation, and a time (tonight); she refuses help
* (d1_3_a) [After a last offer of voluntary evaluation, tell her you're calling for help and ask her to stay; call 911 with only who she is, where, her plan and the means. #id: V1.D1.3.a #action: disclose #verdict: best #rationale: Plan, intent, preparation and timing together mean imminent risk, and she has refused every voluntary option. In this scenario's state the law permits disclosure to prevent serious self-harm and provides for emergency evaluation; HIPAA permits disclosure to prevent a serious and imminent threat. Use 911, or a mobile crisis team only if it can come now. You cannot hold her: if she leaves, tell 911 at once. Give responders only identity, location, plan and means; afterward tell her what you shared, consult and document. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    "Will you come with me to be evaluated, voluntarily? It's the last time I'll ask." She shakes her head.
    "Then I'm calling for help, because I want you alive. Please stay here with me."
    You call 911 and give her name, where she is, what she plans and what she has. Nothing else.
    She cries, then goes quiet. You stay with her until the responders arrive, and you tell her exactly what you said.
    She is taken to the emergency department by ambulance. Afterward you talk it through with your clinical director and document the assessment, the options you weighed, what you shared with whom and why, and that you told Dana.
* (d1_3_c) [Ask her to stay with you while you call Nina to drive her to the emergency department, and call 911 if she leaves or if Nina cannot come quickly. #id: V1.D1.3.c #action: disclose #verdict: acceptable #rationale: Permitted: Nina can lessen the threat, and staying with Dana with a 911 fallback is sound. Not best: it adds delay and relies on a lay escort at the moment of peak risk, when trained responders can come now. #cite: HIPAA 164.512(j)(1)(i)(B); APA 4.05(b)]
    You tell Dana you are calling Nina, and you ask her to stay. She is furious, then silent, but she stays.
    Nina is at work across town. She takes forty minutes. You sit with Dana the whole time, watching the door and the clock, ready to call 911.
    Nina drives her to the emergency department. There, Dana agrees to be evaluated.
* (d1_3_d) [Let her leave. Then call the police and ask for a welfare check at her home tonight, giving her address, her plan and the means; document the call. #id: V1.D1.3.d #action: disclose #verdict: error #kind: process #critical #rationale: The call to disclose is right; the timing is wrong. Letting her leave first leaves her alone with the means at peak risk, and you cannot know when, or whether, anyone will reach her. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    Dana leaves. You make the call, give her address, her plan and the means, and write it up.
    Nearly two hours pass with no word.
    Officers find her at home, and an ambulance takes her to the emergency department. It could have gone otherwise.
* (d1_3_b) [Tell her you accept her refusal; go over a safety plan with her, line by line; consult a colleague once she leaves; book her in for first thing tomorrow. #id: V1.D1.3.b #action: hold #verdict: error #kind: under #critical #rationale: Plan, intent, preparation and timing together mean imminent risk. Respecting autonomy is not inaction: going over a plan, a consultation after she has gone and an appointment tomorrow leave her alone with the means at peak risk. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    Dana goes through the plan with you politely and takes the appointment card. At the door she says, "Thank you. Really."
    That evening Nina finds the letter addressed to her among Sophie's things. She calls 911 and drives over.
    Responders reach Dana at home and take her by ambulance to the emergency department. This time someone else caught it.
- -> s4

=== s4 ===
About two hours after Dana reaches the emergency department, your phone rings.
"This is Dr. Ruiz, the psychiatrist on duty in the emergency department. I'm evaluating Dana."
{s3.d1_3_b: Until this call, you did not know she had gone anywhere but home.}
"She's calm. She says it was a bad day and a misunderstanding, and she wants to go home."
"She has also asked us not to talk to you." A pause. "What can you tell me?"
What do you do? #decision: V1.D1.5 The emergency psychiatrist calls; Dana has asked them not to talk to you
* [Tell Dr. Ruiz you can't discuss Dana while she withholds her consent; suggest the team rely on its own assessment; document the call and your reasons. #id: V1.D1.5.b #action: hold #verdict: error #kind: under #critical #rationale: Her objection does not bind you here. The team is deciding tonight whether a client who planned to die tonight goes home; the law permits you to give them what they need, and holding back leaves them with her calm account alone. Brief evaluations that rest on the patient's own account are a known point of failure. #cite: HIPAA 164.506(c); HIPAA 164.512(j)(1)(i); APA 4.05(b)]
    Dr. Ruiz is quiet for a moment. "All right. We'll go on what we have."
    Hearing only Dana's account, the team plans to discharge her in the morning.
    Late that night Nina, who has found the letter addressed to her, shows it to the team, and the plan changes. This time someone else caught it.
    You call Dr. Ruiz back at once.
* [Fax the emergency department her whole chart and your psychotherapy notes; then call Dr. Ruiz and go through her history, from the divorce onward. #id: V1.D1.5.d #action: disclose #verdict: error #kind: over #rationale: Right to share, wrong amount. HIPAA's minimum-necessary rule does not apply to disclosures for treatment, and the emergency exception reaches even psychotherapy notes, but the codes still limit what you share to what is relevant: the evaluation needs today's facts and her risk history, not her marriage, her family or your process notes. Once sent, it cannot be taken back. #cite: APA 4.04(a); ACA B.2.e; HIPAA 164.502(b)(2); HIPAA 164.508(a)(2)(ii)]
    You fax the chart and your notes, then reach Dr. Ruiz and go through everything from the divorce onward.
    The team has what it needs, buried in forty pages.
    Months later, Dana will read her hospital file and find your notes about her marriage in it.
* [Say you can neither confirm nor deny that Dana is your client, and offer to talk once she signs a release; tell Dana later that the hospital called. #id: V1.D1.5.a #action: hold #verdict: error #kind: under #critical #rationale: "Neither confirm nor deny" is the right default for an unknown caller, not for the psychiatrist evaluating your client tonight: verify who is calling (call back through the hospital's main number), then help. Waiting for a release she has said she won't sign withholds the facts the team needs to decide whether she goes home. #cite: HIPAA 164.506(c); HIPAA 164.512(j)(1)(i); APA 4.05(b)]
    Dr. Ruiz is puzzled. "Your name is on her intake form as her therapist."
    The team plans discharge for the morning.
    Late that night Nina, who has found the letter addressed to her, shows it to the team, and the plan changes. This time someone else caught it.
    You call Dr. Ruiz back at once.
* [Give Dr. Ruiz what Dana told you in session, the letters, the saved medication and your past risk assessments; document what you gave and why. #id: V1.D1.5.c #action: disclose #verdict: best #rationale: The emergency is not over while she is being evaluated, and sudden calm after a decision to die is a warning sign, not reassurance. First make sure it is Dr. Ruiz: call back through the hospital's main number. Her objection does not bind you here: she made it to the hospital, not to you; a request to restrict disclosures need not be agreed, and even an agreed restriction gives way when the information is needed for emergency treatment. In this scenario's state, and under HIPAA (treatment, and preventing a serious and imminent threat), you may share with the clinicians evaluating her without her consent; without your facts they may send her home on her account alone. Share what the evaluation and a safe discharge need, not her divorce or her family history; tell Dana promptly what you shared, while she is still in hospital; document. #cite: HIPAA 164.506(c); HIPAA 164.512(j)(1)(i); HIPAA 164.514(h); HIPAA 164.522(a)(1)(ii)–(iii); APA 4.05(b); ACA B.2.a; ACA B.2.e; NASW 1.07(c)–(d)]
    You call back through the hospital's main number and ask the operator for Dr. Ruiz.
    You tell Dr. Ruiz what Dana told you in session, the letters, the saved medication, and your earlier risk assessments. Nothing about her marriage or her family. You write down what you gave and why.
    Dr. Ruiz thanks you: Dana had said nothing about the saved medication or the new prescription. Dana is admitted.
    The next morning you call Dana on the unit and tell her what you shared. She is angry, then quiet. "I'd have gone home and done it."
    That afternoon she agrees to stay voluntarily.
- -> ending

=== ending ===
Dana is discharged after a week. Her first appointment with you is booked before she leaves.
In that session you write a new safety plan with her, in her words, with Nina holding the medication.
You bring your notes up to date: each assessment, the options you weighed, what went to whom and why, and what Dana was told.
-> END
