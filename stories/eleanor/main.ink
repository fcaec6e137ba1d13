# id: eleanor
# vignette: 3
# title: Eleanor: suspected elder abuse
# summary: Grief therapy with a capable 78-year-old widow: a generous gift, then signs of financial exploitation, physical abuse and neglect by her daughter, a report to Adult Protective Services, and what to share with whom.
# version: 2.0.0
# reviewed: none
# content_note: Suspected elder abuse: financial exploitation, and a daughter who grabbed her mother's arm, leaving a bruise (no graphic detail)
# content_note: Missed heart medication
# content_note: Grief after the death of a husband
# intake: At intake you explained in plain language where confidentiality ends: risk to her own or someone else's safety, abuse reporting, court orders, supervision and consultation, and billing.
# setting: Setting: Private practice
# setting: HIPAA: Covered entity
# setting: State law: Unnamed state modeled on California; licensed clinicians are mandated reporters to Adult Protective Services (APS) on reasonable suspicion of elder abuse (mirrors Cal. Welf. & Inst. Code §15630)
# setting: Elder: Anyone aged 65 or over
# setting: Deadlines: Report by phone immediately or as soon as practicably possible; written report within two working days
# setting: Failing to report: A misdemeanor
# setting: Confidentiality of reports: Reports and the information in them are confidential, and disclosing them outside the law is a misdemeanor (mirrors Cal. Welf. & Inst. Code §15633(a)); information relevant to the incident is given to the APS investigator, and the reporter's identity is confidential (mirrors §15633.5)
# setting: Your role: Licensed professional clinical counselor (LPCC) in private practice; Eleanor's therapist
# jurisdictions: Trigger wording, who must report (in some states, Texas for example, anyone must, not only clinicians), the age threshold (60 or 65), where reports go (APS, police, the long-term-care ombudsman) and the deadlines vary; so does whether the reporter's identity is protected. In a federally assisted SUD program, 42 CFR Part 2 allows child-abuse reports but has no comparable provision for adult or elder abuse: ask your program's privacy officer how to report without identifying the client as a patient of the program. Check your state's current statute.
# objective: Distinguish a capable older adult's gift from signs of exploitation without ageist assumptions.
# objective: Identify reasonable suspicion of elder abuse and report by phone at once and in writing within the state deadline, without demanding proof or investigating.
# objective: Tell the client about the report honestly, before it is made where possible.
# objective: Apply capacity correctly: it governs what follows a report, not whether to report.
# objective: Give Adult Protective Services (APS) the information relevant to the incident, and withhold psychotherapy notes and unrelated material.
# objective: Respond to the alleged abuser's call without disclosing anything.

-> s1

=== s1 ===
Eleanor is 78, a retired librarian. Her husband, Frank, died eight months ago, and she came to you for grief therapy soon afterward.
She lives alone in the house they shared for forty years. She is oriented, manages her own money, and reasons as clearly as anyone you see. Her sister, June, lives across town and calls most evenings. Her son, Peter, lives out of state; his son, Owen, is in college.
Today she sits down with a library book in her lap and a lightness you have not seen in her before.
* [Ask how the week has been. #id: eleanor-s1-week]
    "Better than most," she says. "I slept through twice. Frank would have called that a record."
* [Ask about the book. #id: eleanor-s1-book]
    She turns it over. "A history of the canals. Frank's sort of book. I've started reading the things he liked. It keeps him in the room."
- "I did something this week that Frank would have liked," she says, and smiles.
"Frank and I always said we'd help the grandchildren with their studies. So I've paid three thousand dollars toward Owen's tuition."
"I went through the accounts first. I can afford it. I paid it myself, straight to the college."
"Owen called me in tears. Nobody has cried happy tears in my house for a long time."
How do you respond? #decision: V3.D3.1 The tuition gift
* [Tell her warmly that it sounds like a lovely thing to have done, note the gift in her chart, and go back to the grief work. #id: V3.D3.1.c #action: hold #verdict: acceptable #rationale: No harm done, and nothing leaves the room. Not best: by moving straight on you miss what the gift means to her, and a natural moment to ask who helps her with money. #cite: ACA B.1.c]
    "It is, isn't it," she says, and you turn to Frank's study, which she has been putting off clearing.
    It is a good session. Writing your note, you realize you never asked what the gift meant to her, or who helps her with money now that Frank has gone.
* [Explore what the gift means to her and, as you would with any newly bereaved client, check gently who helps with her money now. #id: V3.D3.1.a #action: hold #verdict: best #rationale: Nothing she describes suggests coercion, deception or incapacity, so there is nothing to report. Exploring what the gift means to her (legacy, grief) is the therapy, and asking lightly who helps with money is what you would ask any newly bereaved client. Nothing leaves the room. #cite: ACA B.1.c; ACA A.1.a]
    "It felt like doing something with Frank again," she says. She talks for a while about what the two of them hoped to leave behind.
    When you ask who helps her with money these days, she laughs. "I do. Frank did the garden and I did the money. Always have."
* [After the session, phone APS and report the gift as possible financial exploitation of an older adult; document the call in her chart. #id: V3.D3.1.b #action: disclose #verdict: error #kind: over #rationale: Reporting because large gifts from older people "can be a sign" is an ageist assumption, not reasonable suspicion. Eleanor is oriented, manages her own money and chose the gift herself. A report with no ground breaches her confidentiality and intrudes on her autonomy. Instead: explore what the gift means to her and who helps her with money, and report only on reasonable suspicion. #cite: ACA B.1.c; HIPAA 164.512(c)(1); Cal. Welf. & Inst. Code §15630]
    After the session you phone Adult Protective Services. When the intake worker asks what makes you suspect exploitation, you have little to offer beyond her age and the amount.
    A caseworker calls Eleanor about the gift. At her next session she is more hurt than angry. "I've handled money for fifty years. I'm not a child."
    You acknowledge that you acted on an assumption, not on anything she had told you. She accepts it, a little coolly, and the work goes on.
- -> s2

=== s2 ===
Six weeks pass.
In recent sessions Eleanor has mentioned that her daughter, Lynn, 52, moved in with her last month "to help", after losing her job. Eleanor was glad of the company.
Today she arrives ten minutes late, which is not like her, and keeps her cardigan on although the room is warm.
* [Ask how it has been having Lynn at home. #id: eleanor-s2-home]
    She takes a moment. "Different," she says. "She's taken a lot on."
* [Tell her she seems tired today, and ask what is on her mind. #id: eleanor-s2-tired]
    "I am tired," she says. "It's been a funny few weeks at home."
- When she reaches for the tissues, her sleeve rides up. There is a bruise on her forearm. She sees you notice it and pulls the sleeve down.
You ask, gently, what happened. She is quiet for a while. Then she tells you, in order and precisely, the way she once answered questions at the reference desk.
"Lynn's taken over the banking. The online side. She said it was too much for me, with everything. Then she changed the password, and now I don't know it."
"Last week I asked her for the statements. I've kept the household accounts for fifty years, and I like to see the figures." She glances at her sleeve. "She grabbed my arm. She's been under a lot of strain."
"She keeps track of my pills as well, she says. I've missed my heart pills several times this month. I don't like to ask."
Then she sits up straighter. "I know what you're thinking. Please don't make a fuss. She's my daughter."
"If you report her, I'll stop coming."
She is oriented, her account is clear and consistent, and she is asking you, plainly, to do nothing.
What do you do? #decision: V3.D3.2 Her daughter controls her banking, grabbed her arm, she has missed medication, and she asks you not to report
* [Ask her to bring her bank statements and a list of the missed doses next week; meanwhile, call your risk line without naming her; decide then. #id: V3.D3.2.b #action: hold #verdict: error #kind: under #critical #rationale: The standard is reasonable suspicion, not proof; investigating is APS's job, not yours. The last time she asked her daughter for statements she was hurt, and a week's delay leaves her without reliable access to her heart medication. #cite: Cal. Welf. & Inst. Code §15630; ACA B.2.a]
    "She keeps them in her room now," Eleanor says slowly. "But I'll ask."
    That afternoon you call your risk line without naming her, and write down what you will look for next week.
    Next week she comes without them. When she asked, Lynn shouted and called her paranoid. She went to her room and stayed there until Lynn had gone out.
    She still has not seen a statement, and her pills are still in Lynn's hands.
    You tell her you should not have sent her back to ask. You tell her you have to report, and you phone APS before she leaves.
* [Say nothing about reporting in the session. After she leaves, phone APS today and make the report without telling her; send the written report on time. #id: V3.D3.2.d #action: disclose #verdict: error #kind: process #rationale: The call to report is right; the way is wrong. Nothing suggested that telling her would put her at serious risk, so she should have heard it from you: the codes expect clients to be told before a disclosure where possible, and HIPAA requires that she be told promptly. Left uninformed, she hears it first from APS, and the trust she needs to keep coming is spent. #cite: ACA B.2.e; NASW 1.07(d); HIPAA 164.512(c)(2)]
    You spend the rest of the session on Frank. She leaves looking reassured.
    As soon as she has gone, you phone Adult Protective Services and make the report.
    The next morning Eleanor calls you. An APS caseworker has called her to arrange a visit. "You let me sit there and think you'd keep it to yourself."
    You acknowledge it. You explain why you reported, and that any help APS offers is hers to accept or decline. She agrees, stiffly, to come to her next session.
* [Check she is safe tonight; tell her honestly you must report, as agreed at intake; offer to call APS together and to call her doctor today. #id: V3.D3.2.a #action: disclose #verdict: best #rationale: The banking takeover, the grab that left a bruise and the missed heart medication give reasonable suspicion of financial abuse, physical abuse and neglect. In this scenario's state a licensed clinician must report: by phone at once, in writing within two working days. Checking tonight's safety (911 if the danger were imminent), telling her honestly and recalling intake, offering to call together, explaining that APS help is hers to accept or decline, and getting medical follow-up for the missed pills today keep her at the center. HIPAA permits the report and requires that she be told promptly. #cite: Cal. Welf. & Inst. Code §15630; HIPAA 164.512(c)(1)(i); HIPAA 164.512(c)(2); ACA B.1.d; ACA B.2.a; ACA B.2.e]
    You ask first whether she feels safe going home tonight. She takes the question seriously. "Yes. June is coming for supper. She'll stay late if I ask her." Nothing suggests a danger tonight that would call for 911.
    Then you tell her, honestly, that you have to report this to Adult Protective Services, and remind her that abuse reporting was one of the limits you talked through at her first session.
    "So I've no say at all." You tell her she has a great deal of say in what APS does next: it will offer help, and whether she accepts any of it is up to her. You would rather make the call with her in the room than behind her back.
    After a long silence she stays while you phone APS, and corrects you once on a date. Then she lets you call her doctor's office about the missed pills.
    At the door she says, "I haven't decided whether I'll come back."
* [Tell her you won't report, as she asks; make a safety plan with her; document her decision and your assessment of her capacity to make it. #id: V3.D3.2.c #action: hold #verdict: error #kind: under #critical #rationale: The duty to report is yours, not hers. Her capacity governs what follows a report (she may refuse any service APS offers), not whether you report; in this scenario's state not reporting is an offense. Documenting her decision only records the omission. #cite: Cal. Welf. & Inst. Code §15630; ACA B.2.a; HIPAA 164.512(c)(1)(i)]
    Eleanor's shoulders drop. "Thank you. I knew you'd understand."
    You make a safety plan together, and afterward you write down her decision and your assessment of her capacity to make it.
    Nine days later she calls you from the hospital. She felt dizzy and short of breath at home, and June called an ambulance. She had gone several days without her heart pills. The hospital social worker has reported to APS.
    This time someone else caught it. You make your own report to APS, then call Eleanor back to tell her you have.
- -> s3

=== s3 ===
The working day after your report to Adult Protective Services, the caseworker assigned to Eleanor's case phones you. She introduces herself as Ms. Hollis. Your written report is due within two working days of your phone report.
She is brisk and friendly. "Thanks for calling it in. I'm going out to see Eleanor later this week."
"Could you send me the whole file, including your session notes? It helps to have the full picture before a home visit."
Your chart holds months of grief work. Your psychotherapy notes are kept separately from it.
What do you send? #decision: V3.D3.3 APS asks for "the whole file, including session notes"
* [Check what the law entitles APS to, then send the facts behind your suspicion, what you saw and the safety details, but not your psychotherapy notes. #id: V3.D3.3.a #action: disclose #verdict: best #rationale: In this scenario's state the APS investigator is given the information relevant to the incident: the facts behind your suspicion, your observations and the safety details. Make sure first that you are speaking to the assigned investigator (call back through the APS office's main number if you don't know her). A request is not an entitlement to the whole file. Psychotherapy notes need a specific authorization unless the law specifically requires them; anything more goes only with Eleanor's authorization; consult if unsure. #cite: Cal. Welf. & Inst. Code §15633.5(a); HIPAA 164.512(c); HIPAA 164.514(h); HIPAA 164.508(a)(2); APA 4.04(a); ACA B.2.e]
    You have not met Ms. Hollis before, so you call her back through the APS office's main number. It is her.
    You ask what the law entitles APS to receive. She says she asks for everything as a matter of routine, and agrees that what she needs for now is what raised your concern.
    Your written report goes that afternoon: what Eleanor told you about the banking, the password, her arm and her pills; the bruise you saw; and what you know about her safety at home, including June's visits. Your psychotherapy notes stay where they are. Anything more, you tell Ms. Hollis, would need Eleanor's authorization.
    At her next session you show Eleanor a copy of what you sent. She reads it and hands it back. "That's what happened."
* [Send the written report on time, saying only that you have concerns for her safety at home; leave out what she told you; decline the file request. #id: V3.D3.3.c #action: hold #verdict: error #kind: under #rationale: A written report without the facts fails its purpose and the reporting law: APS cannot judge risk or urgency from "concerns". The facts behind your suspicion, your observations and the safety details are what the law in this scenario's state provides for. #cite: Cal. Welf. & Inst. Code §15630; Cal. Welf. & Inst. Code §15633.5(a)]
    You tell Ms. Hollis you can't send the file, and your written report goes on time: you have concerns for Eleanor's safety at home.
    "Concerns about what?" Ms. Hollis asks when she calls. "I can't do much with that."
    With little to go on, the case waits behind others for several days.
    When you talk it over with a colleague, she asks what a report is for if APS cannot use it. That afternoon you send Ms. Hollis the facts: what Eleanor told you about the banking, her arm and her pills, the bruise you saw, and what you know about her safety at home. Nothing more. At her next session you tell Eleanor what you sent.
* (d3_3_b) [Send Ms. Hollis the whole chart, with your session notes, in a sealed envelope marked confidential, and tell Eleanor exactly what you have sent. #id: V3.D3.3.b #action: disclose #verdict: error #kind: over #rationale: Sealing it and telling Eleanor don't change what went: months of grief work, her marriage, her private thoughts, far beyond what the report needs. Disclose what the law in this scenario's state provides for; psychotherapy notes need a specific authorization; anything more needs Eleanor's authorization. #cite: ACA B.2.e; HIPAA 164.508(a)(2); APA 4.04(a)]
    You send the chart as it stands, session notes and all, sealed and marked confidential. At her next session you tell Eleanor what went.
    At the home visit, Ms. Hollis asks Eleanor, kindly, about her anger at Frank for dying first, something Eleanor has only ever said to you.
    Afterward Eleanor is very still. "Who else has read it?" She will have to think about what she tells you from now on.
- -> s4

=== s4 ===
A month later, APS has finished its visits.
"She was very decent, Ms. Hollis," Eleanor says. "She offered me a good deal of help. I said no to most of it."
"I'm not having Lynn thrown out. She's my daughter, and I've told her what I expect of her."
"But I've made June my trusted contact at the bank, so they'll call her if anything odd happens on the account. And she's coming over three times a week now." She taps her handbag. "And my pills live in here."
You go through it with her. She can tell you what she has turned down, what could go wrong, and why she is choosing this anyway. It is not the choice you would have made, but she understands it, has weighed it, and can explain it. She has the capacity to make it, and it is hers to make.
Together you have written her arrangements into a safety plan: June, the bank, her pills, and whom she would call if she felt unsafe at home.
{s3.d3_3_b: She still chooses her words with you more carefully than she used to.}
Two days later, the front desk puts a call through to you.
"This is Lynn, Eleanor's daughter." Her voice is tight. "APS has been to the house. Somebody reported me."
"I moved in to help her. I've been doing everything for her. And now I'm being investigated?"
"What lies has she been telling you about me?"
What do you say? #decision: V3.D3.4 Her daughter demands to know "what lies she told you"
* [Tell Lynn that the report came from you, not from her mother, and that her mother had asked you not to make it; then tell Eleanor about the call. #id: V3.D3.4.b #action: disclose #verdict: error #kind: over #critical #rationale: It invites retaliation against Eleanor and confirms she is your client. In this scenario's state the report and what is in it are confidential, and so is the reporter's identity; Lynn has no right to her mother's information, and HIPAA does not even require telling a personal representative believed responsible for the abuse that a report was made. Telling Eleanor afterward is right but does not undo it. Instead: confirm nothing, end the call, and tell Eleanor. #cite: Cal. Welf. & Inst. Code §15633(a); Cal. Welf. & Inst. Code §15633.5(b); HIPAA 164.512(c)(2)(ii); ACA B.1.c]
    There is a silence. "So it was you," Lynn says, and hangs up.
    You call Eleanor and tell her about the call. That evening Lynn demands to know what Eleanor says in her sessions. She doesn't touch her, but Eleanor packs a bag and goes to June's for the night.
    With Eleanor's agreement you tell Ms. Hollis about the call and what followed. At Eleanor's next session you go over her safety plan together: where she will go, and whom she will call, if things at home feel unsafe.
* [Confirm nothing and end the call. Then tell Eleanor about it and urge her to move in with June, saying you will have to report again if she stays. #id: V3.D3.4.d #action: hold #verdict: error #kind: process #rationale: Confirming nothing was right; what followed was not. Eleanor has capacity and has chosen: capacity governs what follows a report, and using the threat of another report to push her out of her home overrides her decision. A new report is for new suspected abuse, never leverage. #cite: ACA A.4.b; ACA B.1.c]
    "I can't confirm or deny whether any particular person is a client here," you say, and end the call.
    At Eleanor's next session you tell her that Lynn phoned. Then you urge her to move in with June, and tell her that if she stays you will have to report again.
    "I told you what I'd decided," she says. "I thought you of all people would listen."
    You acknowledge it. Then, on her terms, you go over her safety plan together.
* [Confirm nothing at all and end the call; afterward tell Eleanor about it, update her safety plan with her, and ask her whether APS should hear of it. #id: V3.D3.4.a #action: hold #verdict: best #rationale: Confidentiality is the default, and Lynn has no right to her mother's information. Telling Eleanor and updating her safety plan keep her in charge. Passing the call to APS follows her wishes (HIPAA permits it with her agreement); only if the call amounted to new suspected abuse would you report it whatever she wanted, as a new required report. #cite: ACA B.1.c; HIPAA 164.512(c)(1)(i); HIPAA 164.512(c)(1)(ii)]
    "I can't confirm or deny whether any particular person is a client here," you say.
    "Don't give me that. I've seen the appointment cards." You say it again, calmly, and nothing else. She hangs up.
    At Eleanor's next session you tell her that Lynn phoned, what she said, and that you confirmed nothing. "She'll be stewing," Eleanor says. "She'll come round."
    You update her safety plan together: where she would go, and whom she would call, if things at home felt unsafe. You ask whether Ms. Hollis should hear about the call. She agrees that you should let her know, and you do.
- -> ending

=== ending ===
Eleanor keeps coming. The grief work picks up again: Frank's study, the garden he planted, the first anniversary drawing closer.
You bring your notes up to date: what you assessed, what you reported and when, what went to APS and why, what you told Eleanor, and each call about her.
-> END
