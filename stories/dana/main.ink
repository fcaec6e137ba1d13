# id: dana
# vignette: 1
# title: Dana: a passive wish to be dead
# summary: Suicidal ideation in outpatient therapy, from a passive wish to an imminent plan, and a family member's call afterwards.
# version: 1.0.0
# reviewed: 2026-11-01
# content_note: Suicidal ideation, and a plan and preparation to die by suicide (no method detail)
# content_note: An involuntary emergency evaluation
# content_note: A family member the client describes as unsafe
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Outpatient group practice
# setting: HIPAA: Covered entity
# setting: State law: Permits disclosure to prevent serious self-harm; has an emergency-evaluation law (unnamed state)
# setting: Your role: Licensed counsellor in the practice; Dana's therapist
# jurisdictions: Emergency-hold criteria, and who may start a hold, vary by state. What applies in this scenario's state may not apply in yours.
# jurisdictions: HHS guidance allows alerting family when a threat to self is serious and imminent; more protective state law can narrow what you may share. Check your state law, licensing board, employer policy, and an attorney or risk line.
# objective: Tell passive ideation from imminent risk by structured assessment.
# objective: Meet lower risk with collaborative safety planning and means counselling.
# objective: Escalate when plan, intent, preparation and timing coincide.
# objective: Afterwards, listen to family but disclose nothing without consent.
# objective: Document the assessment, the options weighed, what was shared with whom and why, and that the client was told.

-> s1

=== s1 ===
It is Dana's sixth session. She is 41, and she came to you for depression.
Three months ago she was laid off. She is divorced and shares custody of her ten-year-old daughter, Sophie, with Sophie's father.
She sits down, puts her bag at her feet and doesn't take off her coat.
* [Ask how the job search has gone since last week. #id: dana-s1-job-search]
    "Slow," she says. "Two applications. One rejection, one silence."
    "I keep telling myself it's the market. Some days I believe it."
* [Ask how she has been sleeping. #id: dana-s1-sleep]
    "Badly. I'm awake at four most mornings, just lying there."
    "Then it's the whole day to get through."
- She looks past you, at the window, for a while.
"Some mornings I wish I wouldn't wake up." She glances back at you. "Don't panic."
She says it lightly, but she is watching your face.
How do you respond? #decision: V1.D1.1 Dana expresses a passive wish to be dead
* [Tell Dana you are worried about her safety, and call 911 from the office now. #id: V1.D1.1.b #action: disclose #verdict: error #kind: over #rationale: Nothing yet shows imminent risk: you have heard a passive wish and have not assessed it. Calling 911 at this point is a disclosure without a ground, and coercion damages trust. #cite: APA 4.05(b); NASW 1.07(c)]
    Dana stares at you. "I told you not to panic."
    Responders arrive and take her for an evaluation. She is sent home that evening, and she has to ask Sophie's father to collect Sophie from school.
    At her next session she sits with her arms folded. You acknowledge that you acted before you had asked her anything, and you say you would like to understand properly what she meant.
    "Fine," she says. "Ask."
    -> s2
* [Reassure her that lots of people feel that way when things are hard, and move on to the job search. #id: V1.D1.1.c #action: hold #verdict: error #kind: process #critical #rationale: This is the commonest real miss. Reassurance closes the subject, so there is no assessment and no record, and you cannot tell a passive wish from imminent risk without asking. #cite: APA 4.01; SAFE-T step 3]
    Dana looks relieved, or perhaps disappointed. The session moves on to CVs and interviews.
    Writing your note that evening, you realise you cannot answer the basic questions: how often the thoughts come, whether there is a plan, whether she has means at hand.
    You call Dana the next morning and she agrees to come in early. This time you tell her you want to go back to what she said about not waking up.
    -> s2
* [Ask her, directly and calmly, about frequency, plan, intent, preparation, past attempts, access to means and her reasons for living. #id: V1.D1.1.a #action: hold #verdict: best #rationale: Asking directly does not plant the idea; it gets the facts. Frequency, plan, intent, preparation, past attempts, access to means and reasons for living are what separate a passive wish from imminent risk. Nothing has left the room. #cite: APA 4.01; SAFE-T step 3]
    "I'm not going to panic," you say. "I'm glad you told me. I'd like to understand it properly, so I'm going to ask you some direct questions."
    She lets out a breath. "OK. Go on."
    -> s2

=== s2 ===
You take it one area at a time, calmly and in plain words.
"About three weeks," she says. "Most mornings, for a minute or two. Then I get up and get on with it."
She has never thought about how she would do it, and she has no intention of acting on the thoughts. "I don't want to be dead. I just don't want to feel like this."
She has never tried to end her life before.
When you ask what she has at home, she thinks. "The sleeping pills my doctor gave me. The bottle's full. I stopped taking them because they made me groggy."
When you ask what keeps her going, she doesn't hesitate. "Sophie. I'd never do that to Sophie." Her sister lives ten minutes away and calls most days.
"Not my mother, though," she adds. "She's not safe for me. I keep her at arm's length."
You put the picture together: three weeks of passive ideation; no plan, no intent, no past attempts; a full bottle of prescribed sleeping pills at home; strong reasons for living and a sister close by.
You formulate her risk as low. Low is not none.
What do you do with that formulation? #decision: V1.D1.2 Risk is formulated as low
* [Rather than write a plan, get Dana's written consent to ask her sister to hold the pills and to check in on her. #id: V1.D1.2.d #action: hold #verdict: acceptable #rationale: Sharing with Dana's written consent is no breach, and having her sister hold the pills is a sound means-safety step. But without a written plan Dana lacks her own coping steps and crisis numbers for the moments when her sister isn't there. #cite: ACA B.6.a; SAFE-T step 5]
    Dana signs the consent form and you call her sister together, on speakerphone. Her sister agrees at once to take the bottle and to check in.
    It is a real step. But when you ask Dana what she would do at four in the morning if the thoughts got louder, she shrugs. "Call my sister, I suppose. If she's awake."
* [Build a written safety plan with her in her own words, including means safety (she chooses to let her sister hold most of the pills); give her the 988 Lifeline number (US), see her more often, and document your assessment and reasoning. #id: V1.D1.2.a #action: hold #verdict: best #rationale: A written Stanley–Brown-style plan in Dana's own words (warning signs, her own coping steps, people and places that distract her, people she can ask for help, professionals and the 988 Lifeline (US), and a safer environment) matches low risk. Means safety is part of it, chosen by her. Seeing her more often and documenting the assessment and rationale complete it. Nothing leaves therapy. #cite: ACA B.6.a; SAFE-T step 5]
    You work through the plan together: the warning signs she notices first, what she can do on her own, who and where helps, who she can call, and the 988 Lifeline (US).
    On the pills, she decides herself. "My sister can keep most of them. I'll keep a few for the really bad nights."
    You agree to meet twice a week for now. After she leaves, you write up the assessment, the risk formulation and why you chose this plan.
* [Start an involuntary emergency evaluation today, because any suicidal ideation is an emergency. #id: V1.D1.2.c #action: disclose #verdict: error #kind: over #rationale: Disproportionate. The assessment found three weeks of passive ideation with no plan, intent or past attempts and strong protective factors; treating any ideation as an emergency is a disclosure without a ground, and it teaches clients to hide ideation.]
    Dana goes very quiet while you make the call. The evaluating clinician finds she does not meet the criteria, and she is home that night.
    At her next session she says, evenly, "I told you the truth and you called an ambulance. I'll be more careful what I say."
    She keeps coming. She weighs every word.
* [Ask Dana to sign a no-suicide contract, file it in her chart, and move on to the rest of the session. #id: V1.D1.2.b #action: hold #verdict: error #kind: process #rationale: A no-suicide contract has no evidence base and gives false reassurance, to you as much as to her. It is not a plan: Dana leaves with no coping steps, no crisis numbers and nothing done about the pills at home.]
    Dana signs without reading it. "If it makes you feel better."
    The pills stay where they are. When the session ends she has a signature on file and nothing new to use at four in the morning.
- -> s3

=== s3 ===
Three weeks later, Dana arrives on time.
She looks lighter than you have seen her in months. She has had her hair cut, and she thanks you, warmly, for "everything you've done".
* [Ask her what has changed. #id: dana-s3-ask-change]
    "I've made some decisions," she says. "It's a relief, honestly."
* [Tell her you've noticed she seems different today, and ask about it. #id: dana-s3-notice-calm]
    She smiles. "I feel different. I've sorted things out."
- You ask her to tell you what she has sorted out, and she does, calmly, as if reading from a list.
She has taken Sophie's things over to her sister's, "so they're where she'll be."
She has written letters: one for Sophie, one for her sister.
She has been putting pills aside for weeks. "Tonight," she says. "Sophie's at her dad's until Sunday. It's the right time."
You ask whether she intends to go through with it. "Yes. I'm not asking for permission. I'm telling you because you've been kind to me."
She has a plan, intent, preparation and a time: tonight.
You offer everything you can think of: calling her sister together, a voluntary evaluation at the emergency department, a call to the 988 Lifeline (US). She refuses each one.
"I'm not going to a hospital. I'm an adult and I've decided." She reaches for her bag.
What do you do? #decision: V1.D1.3 Plan, intent, preparation, and a date (tonight); she refuses help
* [Keep Dana with you and call her sister to take her to the emergency department; call 911 if Dana won't go or her sister is slow to arrive. #id: V1.D1.3.c #action: disclose #verdict: acceptable #rationale: Permitted: her sister can lessen the threat, and keeping Dana with you with a 911 fallback is sound. But it adds delay and relies on a lay escort at the moment of peak risk. #cite: HIPAA 164.512(j)(1)(i)(B)]
    You tell Dana you can't let her leave alone today and that you are calling her sister. She is furious, then silent.
    You tell her sister only that Dana is not safe to be alone today and needs to go to the emergency department. She is at work across town; it takes her forty minutes. You sit with Dana the whole time, watching the door and the clock, ready to call 911.
    Her sister drives her to the emergency department. There, after the evaluation, Dana agrees to a voluntary admission.
    Afterwards you consult your clinical director and document what you assessed, what you told her sister and why, and that Dana knew.
* [Respect her choice as an adult: update her safety plan with her and book her in for first thing tomorrow. #id: V1.D1.3.b #action: hold #verdict: error #kind: under #critical #rationale: Plan, intent, preparation and timing together mean imminent risk. Respecting autonomy is not the same as inaction: an updated plan and an appointment tomorrow leave her alone with the means tonight. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    Dana goes through the plan with you politely and takes the appointment card. At the door she says, "Thank you. Really."
    That evening her sister, unpacking the box of Sophie's things, finds the letter addressed to her. She calls 911 and drives to Dana's home.
    Responders reach Dana there and take her to the emergency department, where she agrees to a voluntary admission.
    You learn of it the next morning, when the inpatient team calls you with Dana's signed permission.
* [Let her leave, then call for a police welfare check at her home tonight. #id: V1.D1.3.d #action: disclose #verdict: error #kind: process #critical #rationale: The decision to act is right, but the timing is wrong. Letting her leave and then asking for a welfare check leaves her alone with the means at peak risk, and you cannot know when, or whether, anyone will reach her. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    Dana leaves. You make the call and give her address.
    For nearly two hours you hear nothing.
    Then an officer calls back: they found Dana at home and she has been taken for an emergency evaluation. At the hospital she agrees to a voluntary admission.
* [Make one last offer of a voluntary evaluation. When she refuses, tell her you are acting to keep her alive, stay with her, and call mobile crisis (or 911), giving only her identity, location, plan and means. #id: V1.D1.3.a #action: disclose #verdict: best #rationale: Plan, intent, preparation and timing together mean imminent risk, and she has refused every voluntary option. In this scenario's state the law permits disclosure to prevent serious self-harm and provides for an emergency evaluation, and HIPAA permits disclosure to prevent a serious and imminent threat. Staying with her closes the gap; giving responders only identity, location, plan and means keeps it to the minimum necessary; telling her what you shared, consulting and documenting complete the sequence. #cite: APA 4.05(b); ACA B.2.a; NASW 1.07(c); HIPAA 164.512(j)(1)(i)]
    "Will you come with me to be evaluated, voluntarily? It's the last time I'll ask." She shakes her head.
    "Then I'm going to call for help, because I want you alive. I'm staying right here with you."
    You call the mobile crisis team and give them her name, where she is, what she plans and what she has. Nothing else.
    Then you tell Dana exactly what you said. She cries, then goes quiet. You stay until the team arrives.
    At the hospital, after the evaluation, Dana agrees to a voluntary admission. You call your clinical director to talk it through, then document the assessment, the options you weighed, what you shared with whom and why, and that you told Dana.
- -> s4

=== s4 ===
Dana has been on the inpatient unit for four days.
When the inpatient team called you, with Dana's signed permission, to coordinate her care, they passed on one request from her: she does not want her mother involved.
On Thursday afternoon the front desk puts a call through to you.
"This is Dana's mother. She isn't answering, and her sister won't tell me anything. I found your card in her kitchen weeks ago."
"Is she seeing you? Is she in the hospital? What's going on with her? I'm her mother. I have a right to know."
Then, more quietly: "She rang me about three weeks ago, first time in a year, and said she was sorry for everything. I thought she'd been drinking."
What do you say? #decision: V1.D1.4 Dana's mother phones after the admission
* [Confirm only that Dana is your client and that she is in hospital, and say nothing more. #id: V1.D1.4.c #action: disclose #verdict: error #kind: over #rationale: Confirming that Dana is your client is itself a disclosure, and saying she is in hospital discloses more. The emergency is over, and Dana has asked that her mother not be involved.]
    "Thank you," her mother says, and hangs up.
    By evening she has found the hospital and is at the unit's front desk asking for her daughter. Dana refuses to see her.
    At her first session after discharge Dana asks how her mother knew. You tell her. She looks at the floor for a long time.
* [Say you can neither confirm nor deny whether anyone is a client here, listen to what she wants to tell you, and explain that you would need permission to share anything. Later, ask Dana what, if anything, she wants shared. #id: V1.D1.4.a #action: hold #verdict: best #rationale: Confidentiality is the default, and the emergency that justified disclosure is over. Neither confirming nor denying protects Dana; listening to what her mother offers is not disclosing, and what she says may help Dana's care. Asking Dana later leaves the choice of what her family hears with her. #cite: APA 4.01; HIPAA 164.510(b)]
    "I can't confirm or deny whether someone is a client here. But if there's something you want to tell me, I'll listen."
    She tells you about the phone call, the apology, how worried she has been. When she asks again what is going on, you explain that you could only share anything with the person's permission. "So I get nothing," she says, and hangs up.
    You document the call. When you next speak with Dana, you tell her that her mother called, what she said, and that you confirmed nothing. You ask whether she wants anything shared.
    "No. Not now." A pause. "Thank you for not telling her."
* [Give her a brief summary of Dana's safety plan so the family can help after discharge. #id: V1.D1.4.b #action: disclose #verdict: error #kind: over #rationale: The emergency that justified sharing is over, and Dana has asked that her mother not be involved. Summarising the plan, however well meant, is a disclosure without a ground, to the one person Dana has said is not safe for her.]
    Her mother listens, then says, "Her sister? Why is it her sister and not me?"
    Two days later Dana calls you from the unit. Her mother has been phoning the ward, quoting her safety plan back to her.
    "That was the one thing I asked," Dana says.
- -> ending

=== ending ===
Dana is discharged the following week. Her first appointment with you is booked before she leaves the hospital, and in that session you work on her safety plan together again.
You bring your notes up to date: each assessment, the options you weighed, what went to whom and why, and what Dana was told.
She is alive, and she has come back. The work goes on from here.
-> END
