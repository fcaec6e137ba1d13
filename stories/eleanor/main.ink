# id: eleanor
# vignette: 3
# title: Eleanor: suspected elder abuse
# summary: Grief therapy with a capable 78-year-old widow: a generous gift, then signs of financial exploitation, physical abuse and neglect by her son, a report to Adult Protective Services, and what to share with whom.
# version: 1.0.0
# reviewed: 2026-11-01
# content_note: Suspected elder abuse: financial exploitation, and a son who grabbed his mother's arm, leaving a bruise (no graphic detail)
# content_note: Missed heart medication (suspected caregiver neglect)
# content_note: Grief after the death of a husband
# intake: At intake you explained in plain words where confidentiality ends: a serious risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Private practice
# setting: HIPAA: Covered entity
# setting: State law: Unnamed state modelled on California; licensed clinicians are mandated reporters to Adult Protective Services (APS) on reasonable suspicion of elder abuse
# setting: Elder: Anyone aged 65 or over
# setting: Deadlines: Report by phone at once; written report within two working days
# setting: Failing to report: A misdemeanour (as in Cal. Welf. & Inst. Code §15630)
# setting: Your role: Licensed professional counsellor (LPC) in private practice; Eleanor's therapist
# jurisdictions: The wording of the trigger, who must report (in some states, Texas for example, anyone must, not only clinicians), the age threshold (60 in some states, 65 in others), where reports go (APS, the police or the long-term-care ombudsman) and the deadlines all vary by state. What applies in this scenario's state may not apply in yours.
# jurisdictions: In a federally assisted substance use disorder (SUD) programme, 42 CFR Part 2 has no elder-abuse exception; one route is a report that does not identify her as an SUD patient (2.12(a)(1)) (verify). Check your state law, licensing board, employer policy, and an attorney or risk line.
# objective: Act on reasonable suspicion without demanding proof, and without acting on ageist assumptions.
# objective: Report promptly to Adult Protective Services (APS) and leave the investigation to them.
# objective: Tell the client about the report, honestly and promptly.
# objective: Respect capacity: it governs what follows a report, not whether you make one.
# objective: Give APS what the law requires, and no more without the client's authorisation.

-> s1

=== s1 ===
Eleanor is 78, a retired librarian. Her husband, Frank, died eight months ago, and she came to you for grief therapy soon afterwards.
She lives alone in the house they shared for forty years. She manages her own money, keeps her own diary, and reasons as clearly as anyone you see. Her sister, June, lives across town and rings most evenings.
Today she sits down with a library book in her lap and a lightness you have not seen in her before.
* [Ask how the week has been. #id: eleanor-s1-week]
    "Better than most," she says. "I slept through twice. Frank would have called that a record."
* [Ask about the book. #id: eleanor-s1-book]
    She turns it over. "A history of the canals. Frank's sort of book. I've started reading the things he liked. It keeps him in the room."
- "I did something this week that Frank would have liked," she says, and smiles.
"Our grandson, Owen, starts his second year at college in the autumn. Frank and I always said we'd help the grandchildren with their studies. So I've paid three thousand dollars towards his tuition."
"I went through the accounts first, mind. I can afford it. I paid it myself, straight to the college."
"Owen rang me in tears. Nobody has cried happy tears in my house for a long time."
How do you respond? #decision: V3.D3.1 The tuition gift
* [Tell her warmly that it sounds like a lovely thing to have done, and return to the grief work you had planned for the session. #id: V3.D3.1.c #action: hold #verdict: acceptable #rationale: No harm done, and nothing leaves the room. But by moving straight on you miss what the gift means to her, and a natural moment to ask who helps her with money. #cite: ACA B.1.c; APA 4.01]
    "It is, isn't it," she says, and you turn to the study Frank left, which she has been putting off clearing.
    It is a good session. Writing your note afterwards, you realise you never asked what the gift meant to her, or who helps her with money now that Frank has gone.
* [Ask what the gift means to her and, as you would with any newly bereaved client, ask lightly who helps her with money these days. #id: V3.D3.1.a #action: hold #verdict: best #rationale: Nothing in what she describes suggests coercion, deception or incapacity, so there is nothing to report. Exploring what the gift means to her (legacy, grief) is the therapy, and asking lightly who helps with money is what you would ask any newly bereaved client. Nothing leaves the room. #cite: ACA B.1.c; APA 4.01]
    "It felt like doing something with Frank again," she says. "As if he still had a say." She talks for a while about what they hoped to leave behind, and about how much of that hope was his.
    When you ask who helps her with money these days, she laughs. "I do. Frank did the garden and I did the money. Always have."
* [Report the gift to Adult Protective Services to be on the safe side, since large gifts from older people can be a sign of exploitation. #id: V3.D3.1.b #action: disclose #verdict: error #kind: over #rationale: Reporting "to be safe" because big gifts from older people are suspicious is an ageist assumption. Eleanor is oriented, manages her own money and reasons clearly, and nothing suggests coercion, deception or incapacity. A report with no ground breaches her confidentiality and intrudes on her autonomy.]
    After the session you phone APS. When the intake worker asks what makes you suspect exploitation, you have little to offer beyond her age and the amount.
    A caseworker calls Eleanor to ask about the gift. At her next session she is more hurt than angry. "I've handled money for fifty years. I'm not a child."
    You acknowledge that you acted on an assumption, not on anything she had told you. She accepts the apology, a little coolly, and the work goes on.
- -> s2

=== s2 ===
Six weeks pass.
In recent sessions Eleanor has mentioned that her son, Paul, moved in with her last month "to help". He was a great support while Frank was ill, she has told you, and she was glad of the company.
Today she arrives ten minutes late, which is not like her, and keeps her cardigan on although the room is warm.
* [Ask how it has been having Paul at home. #id: eleanor-s2-home]
    She takes a moment. "Different," she says. "He means well. He's taken a lot on."
* [Tell her she seems tired today, and ask what is on her mind. #id: eleanor-s2-tired]
    "I am tired," she says. "It's been a funny few weeks at home."
- When she reaches for the tissues, her sleeve rides up. There is a bruise on her forearm. She sees you notice it and pulls the sleeve down.
You ask, gently, what happened. She is quiet for a while. Then she tells you, in order and precisely, the way she once answered questions at the reference desk.
"Paul's taken over the banking. The online side. He said it was too much for me, with everything. Then he changed the password, and now I don't know it."
"Last week I asked him for the statements. I've kept the household accounts for fifty years, and I like to see the figures." She glances at her sleeve. "He grabbed my arm. He'd had a long day, and I kept on at him."
"He's taken charge of my pills as well. He keeps track of them, he says. I've missed my heart tablets a few times this month. I don't like to ask."
Then she sits up straighter. "I know what you're thinking. Please don't make a fuss. He's my son, and he was wonderful when Frank was ill."
"If you report him to anyone, I'll stop coming here. I mean that."
She is oriented, her account is clear and consistent, and she is asking you, plainly, to do nothing.
What do you do? #decision: V3.D3.2 Son controls her banking, grabbed her arm, she has missed medication, and she asks you not to report
* [Say nothing about reporting in the session. After she leaves, phone APS and make the report. #id: V3.D3.2.d #action: disclose #verdict: error #kind: process #rationale: The duty to report is met, but the process fails her. HIPAA requires that she be told promptly unless telling her would put her at serious risk, and nothing suggests that here. Left uninformed, she may hear about the report first from APS. #cite: HIPAA 164.512(c)(2)]
    You spend the rest of the session on Frank. She leaves looking reassured.
    As soon as she has gone, you phone APS and make the report.
    The next morning Eleanor calls you. An APS caseworker has just rung her to arrange a visit. "You let me sit there and think you'd keep it to yourself."
    You acknowledge that you should have told her in the room. You explain why you reported, and that any help APS offers is hers to accept or decline. She agrees, stiffly, to come to her next session.
* [Ask her to bring her bank statements to your next session, so that you have proof before you report anything. #id: V3.D3.2.b #action: hold #verdict: error #kind: under #critical #rationale: The standard is reasonable suspicion, not proof, and investigating is APS's job, not yours. Asking for statements also sends her back into the very situation that got her hurt: the last time she asked her son for statements, he grabbed her arm. #cite: State APS law; HIPAA 164.512(c)(1)(i), (c)(2); ACA B.1.d, B.2.a; NASW 1.07(c)–(d); APA 4.02; APA 4.05(b)]
    "He keeps them in his room now," she says slowly. "But I'll ask."
    The next week she comes without them. When she asked again, Paul shouted, called her paranoid and wanted to know what her therapist had been saying. She went to her room and stayed there until he had gone out.
    She still has not seen a statement, and her tablets are still in his hands.
    You tell her you should not have sent her back to ask. After a quick consultation with a colleague, without naming her, you tell Eleanor that you have to report, and you phone APS before she leaves.
* [Check that she is safe tonight, and tell her honestly that you must report, reminding her of what you agreed at intake. Offer to make the call together, explain that any services APS offers are hers to accept or decline, and report on time. #id: V3.D3.2.a #action: disclose #verdict: best #rationale: The banking takeover, the grab that left a bruise and the missed heart medication give reasonable suspicion of financial exploitation, physical abuse and caregiver neglect. In this scenario's state a licensed clinician must report on reasonable suspicion: by phone at once, in writing within two working days. Checking she is safe tonight (911 if the danger were imminent), telling her honestly and recalling intake, offering to call together, and explaining that APS services are hers to accept or decline keep her at the centre. HIPAA permits the report and requires that she be told promptly. #cite: State APS law; HIPAA 164.512(c)(1)(i), (c)(2); ACA B.1.d, B.2.a; NASW 1.07(c)–(d); APA 4.02; APA 4.05(b)]
    You ask first whether she feels safe going home tonight. She takes the question seriously. "Yes. He's never done anything like it before, and June is coming for supper. She'll stay late if I ask her." Nothing suggests a danger tonight that would call for 911.
    Then you tell her, honestly, that you have to report this to Adult Protective Services, and remind her that abuse reporting was one of the limits you talked through at her first session.
    "So I've no say at all." You tell her she has a great deal of say: APS will offer help, and whether she accepts any of it is up to her. You would rather make the call with her in the room than behind her back.
    After a long silence she stays while you phone APS, and corrects you once on a date.
    At the door she says, "I haven't decided whether I'll come back."
* [Respect her wish: she is a competent adult, it is her life and her son, and you do not report. #id: V3.D3.2.c #action: hold #verdict: error #kind: under #critical #rationale: The duty to report is yours, not hers. Her capacity governs what follows the report (she may refuse any service APS offers), not whether you report. In this scenario's state not reporting is an offence, and it leaves the exploitation, the grab and the missed medication unaddressed. #cite: State APS law; HIPAA 164.512(c)(1)(i), (c)(2); ACA B.1.d, B.2.a; NASW 1.07(c)–(d); APA 4.02; APA 4.05(b)]
    Eleanor's shoulders drop. "Thank you. I knew you'd understand."
    Nine days later she phones you from the hospital. She felt dizzy and short of breath at home, and June called an ambulance. She had gone several days without her heart tablets. The hospital social worker has made a report to APS.
    That afternoon you talk it through with a colleague, who reminds you that the duty to report was yours, whatever Eleanor wanted. You phone APS and make your own report, then call Eleanor back to tell her you have done so.
- -> s3

=== s3 ===
The next working day, the APS caseworker assigned to Eleanor's case calls you. Her name is Ms Hollis. Your written report is due within two working days of your phone report.
She is brisk and friendly. "Thanks for calling it in. I'm going out to see Eleanor later this week."
"Could you send me the whole file, including your session notes? It helps to have the full picture before a home visit."
Your chart holds months of grief work. Your psychotherapy notes are kept separately from it.
What do you send? #decision: V3.D3.3 APS asks for "the whole file, including session notes"
* [Ask what the reporting law entitles APS to. Send the facts behind your suspicion, what you observed and the safety details; hold back your psychotherapy notes unless the law specifically requires them, offer more only with Eleanor's authorisation, and consult if unsure. #id: V3.D3.3.a #action: disclose #verdict: best #rationale: Give what the reporting law in this scenario's state requires: the facts behind the suspicion, your observations and the safety details. Ask what the statute entitles APS to rather than treating the request as an entitlement. Psychotherapy notes need a specific authorisation, so withhold them unless the law specifically requires them; anything more goes only with Eleanor's authorisation; consult if unsure. #cite: HIPAA 164.512(c), 164.508(a)(2); APA 4.04; ACA B.2.e]
    You ask Ms Hollis what the reporting law entitles APS to receive. She says she asks for everything as a matter of routine, and agrees that what she needs for now is what raised your concern.
    Unsure whether anything more is required, you run your plan past your risk line before you write.
    Your written report goes that afternoon: what Eleanor told you about the banking, the password, her arm and her tablets; the bruise you saw; and what you know about her safety at home, including June's visits. Your psychotherapy notes stay where they are. Anything more, you tell Ms Hollis, would need Eleanor's authorisation.
    At her next session you show Eleanor a copy of what you sent. She reads it and hands it back. "That's what happened," she says.
* [Tell Ms Hollis you have concerns about Eleanor's safety at home, and leave the details out. #id: V3.D3.3.c #action: hold #verdict: error #kind: under #rationale: A report without usable facts fails its purpose. APS cannot assess risk or decide how urgently to act on "concerns" alone; the facts behind your suspicion, your observations and the safety details are what the reporting law in this scenario's state asks of you.]
    "Concerns about what?" Ms Hollis asks. "I can't do much with that."
    With little to go on, the case waits behind others for several days.
    You talk it over with a colleague, who asks what a report is for if APS cannot use it. That afternoon you send Ms Hollis the facts: what Eleanor told you about the banking, her arm and her tablets, the bruise you saw, and what you know about her safety at home. Nothing more. At her next session you tell Eleanor what you sent.
* [Send her the whole chart, session notes included, so that APS has the full picture. #id: V3.D3.3.b #action: disclose #verdict: error #kind: over #rationale: Sending the whole chart gives APS far more than the report needs: months of grief work, her marriage, her private thoughts. A request is not an entitlement. Disclose what the reporting law in this scenario's state requires; psychotherapy notes in particular need a specific authorisation unless the law specifically requires them, and anything beyond the report needs Eleanor's authorisation.]
    You send the chart as it stands, session notes and all.
    At the home visit, Ms Hollis asks Eleanor, kindly, about her anger at Frank for dying first, something Eleanor has only ever said to you.
    At her next session Eleanor is very still. "She knew what I said about Frank. Who else has read it?" You tell her what you sent. She says she will have to think about what she tells you from now on.
- -> s4

=== s4 ===
A month later, APS has finished its visits.
"She was very decent, Ms Hollis," Eleanor says. "She offered me a good deal of help. I said no to most of it."
"I'm not having Paul thrown out. He's my son, and I've told him what I expect of him."
"But I've made June my trusted contact at the bank, so they'll ring her if anything odd happens on the account. And she's coming round three times a week now instead of once." She taps her handbag. "And my tablets live in here now."
You go through it with her. She can tell you what she has turned down, what could go wrong, and why she is choosing this anyway. It is not the choice you would have made, but she understands it, has weighed it, and can explain it. It is hers to make.
Together you write her arrangements into a simple safety plan: June, the bank, her tablets, and whom she would call if she felt unsafe at home.
Two days later, the front desk puts a call through to you.
"This is Paul, Eleanor's son." His voice is tight. "APS have been to the house. Somebody reported me. I've seen the appointment cards on the fridge, so don't pretend she doesn't come to you."
"I moved in to look after her. I gave up my own place to do it. And now I'm being investigated?"
"What lies has she been telling you about me?"
What do you say? #decision: V3.D3.4 The son demands to know "what lies she told you"
* [Tell him that you were the one who made the report, not his mother, to calm him down. #id: V3.D3.4.b #action: disclose #verdict: error #kind: over #critical #rationale: Telling him you reported invites retaliation against Eleanor. Reporter identity is usually confidential (verify by state), and he has no right to her information: even a personal representative suspected of abuse need not be told (HIPAA 164.512(c)(2)(ii)). #cite: HIPAA 164.512(c)(2)(ii)]
    There is a silence. "So it was you," he says, and hangs up.
    That evening Eleanor phones. Paul came home angry, wanting to know what she had said about him in her sessions. He did not touch her, but she packed a bag and went to June's for the night.
    With her agreement, you let Ms Hollis know about the call and what followed. At Eleanor's next session you go over her safety plan together: where she will go, and whom she will call, if things at home feel unsafe.
* [End the call without telling him anything. Then phone APS to report again and press for Eleanor to be moved out of the house, because you disagree with her decision to stay. #id: V3.D3.4.c #action: disclose #verdict: error #kind: over #rationale: Passing new facts, like this call, to her open case is fine. But re-reporting to have her moved because you disagree with her choice overrides a capable adult's decision: her capacity governs what follows a report, and she has declined.]
    You end the call with Paul. Then you ring Ms Hollis, tell her about it, and press for Eleanor to be moved somewhere safer.
    Ms Hollis adds the call to the open case. She reminds you that Eleanor is a capable adult who has declined, and that the choice is hers.
    Eleanor hears about it when Ms Hollis rings to check in. "I told you what I'd decided," she says at her next session. "I thought you of all people would listen."
    You acknowledge it. Then, on her terms, you go over her safety plan together.
* [Confirm nothing, not even whether Eleanor is a client. After the call, document it, tell Eleanor, update her safety plan with her and, if she agrees, let her APS caseworker know he called. #id: V3.D3.4.a #action: hold #verdict: best #rationale: Confidentiality is the default, and her son has no right to her information. Confirming nothing, not even that she is a client, protects her. Documenting the call, telling Eleanor, updating her safety plan with her and, with her agreement, passing the call on to her APS worker complete the sequence. #cite: APA 4.01; NASW 1.07]
    "I can't confirm or deny whether any particular person is a client here," you say.
    "Don't give me that. I've seen the cards." You say it again, calmly, and nothing else. He hangs up.
    You document the call. At Eleanor's next session you tell her that Paul phoned, what he said, and that you confirmed nothing. "He'll be stewing," she says. "He'll come round."
    You update her safety plan together: where she would go, and whom she would call, if things at home felt unsafe. She agrees that you should let Ms Hollis know about the call, and you do.
- -> ending

=== ending ===
Eleanor keeps coming. The grief work picks up where it left off: Frank's study, the garden he planted, the first anniversary drawing closer.
You bring your notes up to date: what you assessed, what you reported and when, what went to APS and why, what you told Eleanor, and each call about her.
She is making her own decisions, with more people looking out for her. The work goes on from here.
-> END
