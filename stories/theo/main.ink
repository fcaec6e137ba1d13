# id: theo
# vignette: 5
# title: Theo: marks he asks you to keep secret
# summary: A 14-year-old client in a school-based program shows marks from a belt and asks you not to tell.
# version: 1.0.0
# reviewed: none
# content_note: Physical abuse of a child by a parent (no graphic detail)
# content_note: A teenager's fear of being removed from home
# content_note: A parent who demands her child's records
# intake: This is the first session; how confidentiality works is decision 1.
# setting: Setting: School-based counseling program run by a community mental-health agency on a public high-school campus; the agency, not the school, keeps the records.
# setting: HIPAA: The agency is a covered entity.
# setting: State: Unnamed; modeled on California.
# setting: Reporting law: Mirrors the Child Abuse and Neglect Reporting Act (Cal. Penal Code §11164 ff.): licensed clinicians are mandated reporters; on reasonable suspicion of child abuse, report by phone to the county child welfare agency or the police (not school police) immediately or as soon as practicably possible, and in writing within 36 hours; the duty is personal (telling a supervisor or principal does not discharge it, and no one may stop you); failing to report is a misdemeanor; a reporter who photographs a child's injuries for the report is protected for doing so; reports and the information in them are confidential, disclosing them outside the law is a misdemeanor, and information relevant to the incident may be given to the investigating agency (mirrors §11166, §11172(a), §11167 and §11167.5).
# setting: Consent and records: Theo's mother signed consent for counseling. A parent may generally see a minor's records, but not where the provider determines that access would harm the provider's relationship with the minor or the minor's physical safety or psychological well-being (mirrors Cal. Health & Safety Code §123115(a)(2)).
# setting: Your role: Licensed clinical social worker (LCSW) employed by the agency; Theo's counselor.
# jurisdictions: Every state requires some professionals to report suspected child abuse, but who must report (in some states every adult), the trigger wording, the receiving agency and the deadlines differ. Minors' consent to their own mental-health care and parents' access to those records vary widely: California lets a minor 12 or older who is mature enough consent to outpatient mental-health treatment (Family Code §6924; Health & Safety Code §124260, aligned by AB 665 from July 1, 2024), and then parents have no right to those records (Health & Safety Code §123115(a)(3)). Counselors employed by a school district may keep education records governed by FERPA rather than HIPAA. In a federally assisted SUD program, Part 2 allows child-abuse reports (2.12(c)(6)) but still protects the underlying records. Check your state's current statute.
# objective: Explain the limits of confidentiality to a minor and a parent at the start, including what the parent will hear.
# objective: Recognize reasonable suspicion of child abuse and make the mandated report by phone immediately and in writing within 36 hours, without investigating or delegating it.
# objective: Tell the minor about the report in words he understands, and leave notifying the parents to the child welfare agency.
# objective: Decide a parent's request for a minor's records when access would harm the minor, and answer it in writing with reasons.
# objective: Give the investigating agency the information relevant to the report, and keep the report and session content from school staff.

-> s1

=== s1 ===
Theo is 14 and in ninth grade. The school counselor referred him to you for fights and slipping grades.
He lives with his mother, Angela, and his sister, Lily, who is 9. His father, Marcus, lives across town, shares legal custody and has both children on alternate weekends.
This is your first session with Theo, in the agency's counseling room on the high-school campus. Angela has come with him.
Theo takes the chair nearest the door and gets out his phone. Angela sits down with a folder of papers on her knee.
* [Ask Theo what he has heard about coming here. #id: theo-s1-ask-theo]
    He doesn't look up. "That I have to."
    Angela sighs. "He knows why he's here."
* [Ask Angela what she hopes counseling will help with. #id: theo-s1-ask-angela]
    "The fighting. His grades." She glances at her son. "He doesn't talk to me anymore."
    Theo keeps scrolling.
- Angela taps the folder. "I signed the forms. You'll tell me what he says, right?"
Theo doesn't look up from his phone. "Is this going to get back to my mom?"
How do you handle confidentiality with them? #decision: V5.D5.1 First session with Theo and his mother: how confidentiality works
* (d5_1_c) [Agree with his mother that you'll call her after each session with a short summary of what Theo talked about, and tell Theo about the arrangement. #id: V5.D5.1.c #action: disclose #verdict: error #kind: over #rationale: Even where a parent who consented may request records, relaying a 14-year-old's words after every session shares far more than any purpose needs and undermines the treatment; telling Theo only tells him his words will travel. Agree instead what a parent hears (attendance, general progress, safety concerns). #cite: ACA B.5.b; ACA B.5.c; APA 4.02(a); APA 4.04(a)]
    You agree with Angela that you'll call her after each session with a short summary of what Theo talked about, and you tell Theo about the arrangement. He shrugs and puts his phone away.
    After two summary calls Theo stops talking about anything but school.
    "She tells me what I said in here," he says.
* (d5_1_a) [Give Theo and his mother the agency's written form on the limits of confidentiality; ask them to read and sign it, and answer their questions. #id: V5.D5.1.a #action: hold #verdict: acceptable #rationale: The form covers the limits, which is the minimum. Not best: a 14-year-old who signs a form without talking it through, alone and in his own words, may not know what it means, and nothing is agreed about what his mother will hear. #cite: ACA A.2.d; ACA B.1.d; APA 4.02(a)]
    You give them each a copy of the agency's written form on the limits of confidentiality and ask them to read it, sign it and ask you anything they like.
    They sign. Neither asks anything.
    Theo folds his copy into his back pocket unread.
* (d5_1_d) [With Theo and his mother and then with Theo alone, go over what stays private, what his mother hears and the limits; have him say it back and note it. #id: V5.D5.1.d #action: hold #verdict: best #rationale: Limits are explained at the start, to the minor and the parent, in words the minor uses, and checked. Agreeing now that his mother hears attendance and general progress, not his words, protects the treatment; naming the exceptions (someone hurting him, danger to himself or others, a court order) now is what lets you keep faith with him later. A note of what was agreed lets you, and anyone covering for you, keep to it. #cite: APA 4.02(a); APA 3.10(b); ACA A.2.d; ACA B.5.b; ACA B.5.c; NASW 1.07(e)]
    You go over it with both of them first: what stays private; what his mother will hear (whether he comes, and how things are going in general, not his words); and the limits, when you would have to tell someone.
    Angela frowns, then agrees: "As long as you tell me if he's in danger."
    She waits outside while you go over it again with Theo alone, in the words he uses, and ask him to say it back.
    He puts it in his own words: "So it stays here unless someone's hurting me or I'm going to do something stupid."
    You add the one he left out, a court order, and he nods. After the session you note what the three of you agreed.
* (d5_1_b) [Promise Theo that whatever he tells you stays between the two of you; then, at the front desk, have his mother sign the agency's consent form. #id: V5.D5.1.b #action: hold #verdict: error #kind: process #rationale: Holding his confidences is right; promising total secrecy is not. It is a promise you cannot keep (abuse, danger and court orders are limits), so the first time a limit applies he will feel betrayed, and his mother signs a form nobody has explained. #cite: ACA B.1.d; APA 4.02(a); NASW 1.07(e)]
    "Whatever you tell me stays between the two of us," you tell Theo. He looks up from his phone for the first time.
    On the way out, at the front desk, Angela signs the agency's consent form. Nobody goes through it with her.
    Theo relaxes. Weeks later, when a limit applies, he will remember this promise.
- -> s2

=== s2 ===
It is Theo's sixth session.
Theo winces as he sits down.
* [Ask him if he's hurt. #id: theo-s2-ask-hurt]
    "It's nothing." He pulls at his sleeve, then stops.
* [Say nothing for a moment, and wait. #id: theo-s2-wait]
    The quiet goes on. He picks at the cuff of his sleeve.
- Then he pushes the sleeve up. There are raised marks on his upper arm.
"My mom," he says. "With her belt. Saturday, because I came home late."
He pulls the sleeve back down. "It's happened before. When she's stressed."
"Lily was home," he adds.
{s1.d5_1_b: "You said it stays between us," he says. "You promised."}
{s1.d5_1_c: "And don't put this in your call to her."}
{s1.d5_1_d: "I know what you said, the first time. About someone hurting me." He doesn't look at you.}
"Don't tell anyone. If they come, they'll take me and Lily away and it'll be my fault. And she'll know it was me."
You glance at the clock. School ends at 3:15; his mother is home by four.
What do you do? #decision: V5.D5.2 Theo shows marks from a belt and asks you not to tell
* (d5_2_e) [Let Theo go back to class without mentioning a report; then phone the hotline today, send the written report within 36 hours, and document both. #id: V5.D5.2.e #action: disclose #verdict: error #kind: process #rationale: The report is right and on time; the way fails Theo. Nothing suggested that telling him would endanger him, so he should have heard it from you, with a chance to ask what happens next, rather than from a stranger at school the next morning. #cite: ACA B.5.c; ACA B.2.e; NASW 1.07(d)]
    You let the session run its course, say nothing about a report, and Theo goes back to class.
    As soon as he has gone you phone the hotline. You send the written report within 36 hours, and you document both.
    When the child welfare worker takes him out of class the next morning, Theo's first question is whether you told.
    At his next session you acknowledge that he should have heard it from you.
* (d5_2_c) [Tell Theo you believe him and this is one of the limits; call the hotline before he goes home; leave telling his parents to the hotline. #id: V5.D5.2.c #action: disclose #verdict: best #rationale: A belt, raised marks and a pattern give reasonable suspicion of physical abuse; no proof or certainty is needed, and investigating is the agency's job. In this scenario's state you must report by phone immediately (or as soon as practicable) and in writing within 36 hours, and the duty is yours personally. Tell the hotline when he goes home and that his sister lives there too; they decide how fast to respond and when and how each parent is told. Telling Theo first, honestly and in his words, keeps faith with him. HIPAA permits the report. #cite: Cal. Penal Code §11166(a); HIPAA 164.512(b)(1)(ii); APA 4.05(b); ACA B.2.a; ACA B.5.c; NASW 1.07(d)]
    "I believe you," you tell him. "And this is one of the limits, one of the things I can't keep to myself. I have to call the child abuse hotline, and I'm going to do it now, before you go home."
    {s1.d5_1_b: "I told you it would all stay between us," you add. "I shouldn't have promised that."}
    "They decide what happens next, and when and how your mom and dad are told. Not me."
    He cries, then asks whether Lily will be all right. He stays while you call.
    You tell the hotline worker what Theo told you and what you saw, and that his sister lives there too. The worker asks when he gets home, and says someone will see him at school in the morning and will decide about tonight.
    You tell your supervisor, send the written report the next day, and document.
* (d5_2_a) [Ask to see the marks and photograph them, write down the date and details of each incident, and report next week if his account still holds together. #id: V5.D5.2.a #action: hold #verdict: error #kind: under #critical #rationale: The standard is reasonable suspicion, not proof. The law protects a reporter who photographs a child's injuries for the report, but questioning him in detail about each incident is the investigators' work: it can distress him and complicate a forensic interview. Holding the report for a week to gather proof breaks the duty to report immediately and leaves Theo and Lily at home in the meantime. #cite: Cal. Penal Code §11166(a); Cal. Penal Code §11172(a); Cal. Penal Code §11164(b); APA 4.05(b)]
    You ask to see the marks again and photograph them. Then you take him through each time it has happened, and write down the dates and the details.
    Theo goes quiet while you photograph his arm, and two days later tells you he made it up.
    That afternoon a teacher who saw the marks in PE makes a report.
    This time someone else caught it; you make your own report the same day.
* (d5_2_d) [Before he goes home, call his mother: tell her calmly what Theo said, and that you are required to report; invite her in for a family session. #id: V5.D5.2.d #action: disclose #verdict: error #kind: over #critical #rationale: Reporting is required; warning the alleged abuser first is not yours to do. It exposes Theo, and Lily, to retaliation and to pressure to take it back before anyone has assessed their safety, and it compromises the investigation. The agency decides when and how parents are told. #cite: Cal. Penal Code §11166(a); HIPAA 164.502(g)(5); ACA B.2.e]
    Before the last bell you call Angela. Calmly, you tell her what Theo said, that you are required to report, and that you'd like her to come in for a family session. Then you call the hotline.
    Angela is at the school gate at 3:15.
    Next morning Theo tells the child welfare worker nothing happened. The investigation goes on, but it is harder, and Theo will not look at you.
* (d5_2_b) [Tell Theo you won't report for now; make a plan with him for staying safe at home; consult your supervisor without naming him; revisit it next week. #id: V5.D5.2.b #action: hold #verdict: error #kind: under #critical #rationale: You can't promise that. On reasonable suspicion the report is required now, not when he is ready or if it happens again; a safety plan does not make home safe; and consulting without reporting doesn't discharge a personal duty. In this scenario's state not reporting is a misdemeanor, and it leaves Theo and Lily exposed. #cite: Cal. Penal Code §11166(a); Cal. Penal Code §11166(c); APA 4.05(b)]
    "I'm not going to report this for now," you tell him. Together you make a plan for staying safe at home: where he can go, and who he can call. You agree to come back to it next week.
    After he leaves you take it to your supervisor.
    Your supervisor, even without his name, tells you the report cannot wait and that the duty is yours.
    You call Theo back to your office before the last bell, tell him, and call the hotline.
    This time someone else caught it.
- -> s3

=== s3 ===
Once the report is made, the county child welfare worker interviews Theo at school and visits the home.
{s2.d5_2_d: At the interview he holds to it: nothing happened. But the marks are still plain to see.}
Theo and Lily are staying at their father's under the agency's safety plan while it investigates.
Two days after the home visit, Angela hand-delivers to the front desk a signed request for "a complete copy of my son's counseling records".
Then she phones you.
"I signed the consent. I'm his mother. I have a right to see what he's been saying."
What do you do with her request? #decision: V5.D5.3 His mother demands a copy of his records
* (d5_3_d) [File her request in the chart without replying; consult your supervisor when you next meet, and wait to see whether she raises it with you again. #id: V5.D5.3.d #action: hold #verdict: error #kind: process #rationale: Not releasing is right; ignoring the request is not. A written request needs a timely written answer (in this scenario's state, inspection within five working days and copies within 15 days unless you deny; HIPAA allows 30 days), and a denial needs recorded reasons and written notice. Silence invites a complaint and leaves no record of your finding. #cite: Cal. Health & Safety Code §123110(a); Cal. Health & Safety Code §123110(b); HIPAA 164.524(b)(2); HIPAA 164.524(d)(2)]
    You file the request in Theo's chart without replying, and make a note to raise it with your supervisor when you next meet.
    Ten days later Angela's attorney writes to the agency.
    You now have to make, and explain, the decision you should have made at the start.
* (d5_3_a) [Give her a complete copy of Theo's chart within the legal deadline, with a short cover letter explaining what the different records contain. #id: V5.D5.3.a #action: disclose #verdict: error #kind: over #critical #rationale: Her consent to treatment doesn't oblige you to hand over records that would harm him. The chart documents his disclosure and your report, and she is the alleged abuser in an open investigation: it exposes him to retaliation and to pressure to take it back. Instead: decline in writing, with the ground and how she can seek review, and record your reasons. #cite: Cal. Health & Safety Code §123115(a)(2); HIPAA 164.524(a)(3)(iii); HIPAA 164.502(g)(5)]
    Within the legal deadline you send Angela a complete copy of Theo's chart, with a short cover letter explaining what the different records contain.
    That weekend Theo's father calls: Angela has been texting Theo quotes from his sessions.
    Theo misses his next two appointments.
* (d5_3_c) [Consult your supervisor, then release the chart but keep back your psychotherapy notes, and tell Theo what his mother will see. #id: V5.D5.3.c #action: disclose #verdict: error #kind: over #critical #rationale: Keeping back the psychotherapy notes is no safeguard here: they are outside the right of access anyway, and the chart itself records his disclosure and your report. Consulting first and telling Theo don't change what she receives. Instead: decline in writing, with the ground and how she can seek review. #cite: HIPAA 164.524(a)(1)(i); Cal. Health & Safety Code §123115(a)(2); HIPAA 164.502(g)(5)]
    You talk it through with your supervisor, then release the chart to Angela, keeping back your psychotherapy notes. You tell Theo what his mother will see.
    Angela reads your progress note from session six.
    Theo's father calls that evening: Theo has stopped answering his mother's calls, and yours.
* (d5_3_b) [Decline in writing, stating that access would harm Theo and how she can seek a review; consult and record your specific reasons in his chart. #id: V5.D5.3.b #action: hold #verdict: best #rationale: A parent may generally see a minor's records, but in this scenario's state you may refuse when access would harm your relationship with the minor or his safety or well-being, and a parent who wants to compel access must then show you decided in bad faith. HIPAA lets you deny a personal representative access that is reasonably likely to cause substantial harm; it also lets you decline to treat as representative a parent you reasonably believe may be abusing the child, and if a parent agreed at intake that the minor's sessions stay confidential, it may not treat her as his representative for that care at all, leaving access to state law. She is the subject of an open abuse investigation. Give a written denial with the ground and how to seek review; record the specific reasons; say nothing about the report or what he said; consult; tell Theo. #cite: Cal. Health & Safety Code §123115(a)(2); Vilches v. Leao, No. A163638 (Cal. Ct. App. July 28, 2023); HIPAA 164.524(a)(3)(iii); HIPAA 164.524(d)(2); HIPAA 164.502(g)(5); HIPAA 164.502(g)(3)(i)(C)]
    You consult your supervisor. Then you write to Angela: you are declining her request, as access would harm Theo, and the letter sets out how she can seek a review. It says nothing about the report or about anything Theo has said.
    In Theo's chart you record your specific reasons.
    Angela calls the agency director, who backs your decision.
    You tell Theo. He says only: "Good."
- -> s4

=== s4 ===
The following week Mr. Tran, the child welfare worker, calls.
"I'm following up on the report about Theo," he says. "What has he told you? And I'll need a copy of your file."
The same morning an email arrives from the vice-principal, Ms. Kowalski. She asks for a copy of your report, and a summary for Theo's student file, "so teachers can keep an eye on him".
What do you do? #decision: V5.D5.4 The child welfare worker and the vice-principal both ask
* (d5_4_d) [Give Mr. Tran the facts relevant to the report, not your file; tell the vice-principal you can't share the report or sessions; document both. #id: V5.D5.4.d #action: disclose #verdict: best #rationale: The investigating agency may receive information relevant to the incident, and your facts help it protect him: a lawful disclosure without a parent's consent. Make sure first that the caller is the assigned worker (call back through the agency's main number if you don't know him). Relevant means what he told you, what you saw, dates, and any new safety concerns, not your whole file or process notes. The school is not investigating: the report is confidential by statute and session content needs authorization; refer the vice-principal to the agency for safety arrangements at school. Tell Theo what went where, and document. #cite: Cal. Penal Code §11167(b); Cal. Penal Code §11167.5(a); HIPAA 164.512(b)(1)(ii); HIPAA 164.514(h); APA 4.04(a); ACA B.2.e]
    Before you share anything, you call Mr. Tran back through the county agency's main number and are put through to him.
    You give him the facts relevant to the report: what Theo told you, what you saw, the dates, and anything new about his safety. Not your file.
    You write back to Ms. Kowalski that you can't share the report or anything from Theo's sessions, and refer her to the child welfare agency for any safety arrangements at school.
    You document both, and tell Theo what went where.
    Mr. Tran arranges with the school for a named staff member Theo can go to. Ms. Kowalski is curt, then understanding. Theo keeps coming.
* (d5_4_c) [Tell both of them that you need a parent's signed authorization before you can share anything at all, note the two requests, and consult your supervisor. #id: V5.D5.4.c #action: hold #verdict: error #kind: under #rationale: Declining the school is right; declining the investigator is not. The investigating agency may receive relevant information without a parent's authorization, and asking a parent for one, when she may be the alleged abuser, puts her in control of what the investigator hears. The investigation goes on without your facts. #cite: Cal. Penal Code §11167(b); HIPAA 164.512(b)(1)(ii)]
    You tell Mr. Tran and Ms. Kowalski that you need a parent's signed authorization before you can share anything at all. You note both requests and take them to your supervisor.
    Mr. Tran explains he doesn't need a parent's signature; your supervisor agrees.
    You call him back that afternoon with the relevant facts.
* (d5_4_a) [Give Mr. Tran the relevant facts; ask the vice-principal to have teachers watch for marks, telling her only in general terms what he disclosed. #id: V5.D5.4.a #action: disclose #verdict: error #kind: over #critical #rationale: The part with Mr. Tran is right; telling the vice-principal what he disclosed is not. In this scenario's state the report and the information in it are confidential, and passing them to school staff is a misdemeanor; the school is not investigating, staff need no details to support him, and it spreads his story around the building. Instead, refer her to the agency for safety arrangements at school. #cite: Cal. Penal Code §11167.5(a); Cal. Penal Code §11167.5(b); ACA B.2.e; APA 4.04(a)]
    You give Mr. Tran the facts relevant to the report. Then you call Ms. Kowalski, ask her to have teachers watch for marks, and tell her in general terms what Theo disclosed.
    A few days later a teacher asks Theo, kindly and in front of the class, whether everything is OK at home.
* (d5_4_b) [Send Mr. Tran your whole file, and email the vice-principal a copy of your written report; tell Theo what you sent to each of them. #id: V5.D5.4.b #action: disclose #verdict: error #kind: over #critical #rationale: Too much to the right agency, and the report to the wrong person: in this scenario's state the report is confidential and giving it to school staff is a misdemeanor. The whole file goes far beyond what the investigation needs, and psychotherapy notes need specific authorization; telling Theo does not undo either. Instead: give Mr. Tran the facts relevant to the report, and refer the vice-principal to the agency. #cite: Cal. Penal Code §11167.5(a); APA 4.04(a); HIPAA 164.508(a)(2)]
    You send Mr. Tran your whole file and email Ms. Kowalski a copy of your written report. Then you tell Theo what you sent to each of them.
    Within a week two teachers have asked Theo about "what happened at home".
    He asks to stop coming to sessions held at school.
- -> ending

=== ending ===
In the weeks that follow, Theo keeps coming{s3.d5_3_a or s3.d5_3_c:, after missing two sessions}{s4.d5_4_b:, now at the agency's office rather than at school}.
With his agreement you meet his father about how to support him.
The investigation continues under the agency's safety plan.
You bring your notes up to date: the intake agreement, what you reported and when, what went to whom and why, what Theo was told, and your decision on his mother's request.
-> END
