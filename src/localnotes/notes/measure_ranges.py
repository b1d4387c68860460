"""The scales of the standardized measures the lexicon knows: each one's top score, those scored
with a decimal, and the known measure a name heard by its form stands for when speech
recognition misheard it by a letter."""

from __future__ import annotations

import re

MOST_UNKNOWN = 200.0  # the top of a measure the lexicon does not know: not a count in thousands

RANGES = {
    "PHQ-9": 27, "PHQ-2": 6, "GAD-2": 6, "PHQ-A": 27, "GAD-7": 21, "PCL-5": 80, "AUDIT": 40,
    "AUDIT-C": 12,
    "C-SSRS": 6, "EPDS": 30, "BDI-II": 63, "BAI": 63, "Y-BOCS": 40, "DAST-10": 10, "ISI": 28,
    "K10": 50, "ORS": 40, "SUDS": 100, "GDS": 30, "EDE-Q": 6, "Epworth Sleepiness Scale": 24,
    "MoCA": 30, "MMSE": 30, "SLUMS": 30, "ASRS": 72, "Inventory of Complicated Grief (ICG)": 76,
    "PG-13": 55, "Altman Self-Rating Mania Scale (ASRM)": 20, "YMRS": 60, "MDQ": 13, "MADRS": 60,
    "HAM-D": 52, "HAM-A": 56, "DASS-21": 63, "PSQI": 21, "CAPS-5": 80, "OCI-R": 72, "PSS": 40,
    "WHO-5": 25, "CAGE": 4, "PHQ-15": 30, "SPIN": 68, "PDSS": 28, "CIWA": 67, "COWS": 48,
    "CIWA-Ar": 67,
    "AIMS": 40, "SCARED": 82, "DERS": 180, "ACE": 10, "BPRS": 168, "Vanderbilt": 165, "PCS": 52,
    "CSI": 161, "CUDIT-R": 32, "QIDS": 27, "Zarit": 88, "BDD-YBOCS": 48, "SI-R": 92,
    "Clutter Image Rating": 9, "MGH-HPS": 28, "STOP-BANG": 8, "HTQ": 4, "PGSI": 27, "K-SAS": 44,
    "YGTSS": 100, "EDSS": 10, "MIES": 54, "HONC": 10, "DAR-5": 25, "MDAS": 25, "LSAS": 144,
    "MBI": 54, "HADS": 42, "NSI": 88, "FACIT-Fatigue": 52, "SIAS": 80, "HITS": 20,
    "Danger Assessment": 20, "SOGS": 20, "FSS": 63, "SMFQ": 26, "FCRI": 168,
    "HIV Stigma Scale": 160, "PDQ-8": 100, "UPDRS": 199,
    "BSS (Beck Scale for Suicide Ideation)": 38,
    "BHS (Beck Hopelessness Scale)": 20, "DDS (Diabetes Distress Scale)": 6,
    "UCLA Loneliness Scale": 80, "EASI (Elder Abuse Suspicion Index)": 6, "IGDS9-SF": 45,
    "RCADS": 141, "KDQOL": 100, "MIDAS": 270, "HIT-6": 78, "Menopause Rating Scale (MRS)": 44,
    "Greene Climacteric Scale": 63, "CTQ": 125, "DES-II": 100, "SHAI": 54, "Whiteley Index": 14,
    "SCIM": 100, "Moorong Self-Efficacy Scale": 112, "SDQ": 40,
    "Copenhagen Burnout Inventory (CBI)": 100, "Mini-Z": 50, "Binge Eating Scale (BES)": 46,
    "Brief Resilience Scale (BRS)": 5, "FertiQoL": 100, "IES-R": 88,
    "TSK (Tampa Scale of Kinesiophobia)": 68,
    "ACL-RSI (ACL Return to Sport after Injury scale)": 100,
    "CATS (Child and Adolescent Trauma Screen)": 60, "CAT (COPD Assessment Test)": 40,
    "mMRC dyspnoea scale": 4, "SDS (Severity of Dependence Scale)": 15,
    "CDI-2 (Children's Depression Inventory)": 56, "EHP-5 (Endometriosis Health Profile)": 100,
    "ALSFRS-R (ALS Functional Rating Scale-Revised)": 48, "ADI-12 (ALS Depression Inventory)": 48,
    "PSI-SF (Parenting Stress Index Short Form)": 180, "PC-PTSD-5 (Primary Care PTSD Screen)": 5,
    "DLQI (Dermatology Life Quality Index)": 30, "SCAS (Spence Children's Anxiety Scale)": 114,
    "De Jong Gierveld Loneliness Scale": 11, "CES-D": 60, "EAT-26 (Eating Attitudes Test)": 78,
    "SCOFF": 5, "WSAS (Work and Social Adjustment Scale)": 40, "CORE-10": 40,
    "Rosenberg Self-Esteem Scale": 30, "CD-RISC (Connor-Davidson Resilience Scale)": 100,
    "CD-RISC-10 (Connor-Davidson Resilience Scale)": 40,
    "FTND (Fagerstrom Test for Nicotine Dependence)": 10, "ODI (Oswestry Disability Index)": 100,
    "Roland-Morris Disability Questionnaire": 24, "PSEQ (Pain Self-Efficacy Questionnaire)": 60,
    "Caregiver Strain Index": 13, "PSC-17 (Pediatric Symptom Checklist)": 34,
    # sixteenth pass
    "PHQ-4": 12, "Mini-SPIN (Mini-Social Phobia Inventory)": 12,
    "PSS-4 (Perceived Stress Scale)": 16,
    "CY-BOCS (Children's Yale-Brown Obsessive Compulsive Scale)": 40,
    "CGI-I (Clinical Global Impression Improvement)": 7,
    "CGI-S (Clinical Global Impression Severity)": 7,
    "BPAQ (Buss-Perry Aggression Questionnaire)": 145, "SRS (Session Rating Scale)": 40,
    "Samn-Perelli fatigue scale": 7, "NASA-TLX (NASA Task Load Index)": 100,
    "PSWQ (Penn State Worry Questionnaire)": 80,
    "ACE-III (Addenbrooke's Cognitive Examination)": 100,
    "FSFI (Female Sexual Function Index)": 36, "FSDS (Female Sexual Distress Scale)": 52,
    "FACT-G (Functional Assessment of Cancer Therapy General)": 108,
    "MACA-YC18 (Multidimensional Assessment of Caring Activities)": 36, "KIDSCREEN": 100,
    "SWEMWBS (Short Warwick-Edinburgh Mental Wellbeing Scale)": 35,
    "WEMWBS (Warwick-Edinburgh Mental Wellbeing Scale)": 70,
    "MG-ADL (Myasthenia Gravis Activities of Daily Living)": 24,
    "MG-QOL15 (Myasthenia Gravis Quality of Life)": 30, "Sheehan Disability Scale (SDS)": 30,
    # seventeenth pass (PANSS: its total; ADOS-2: the algorithm total, the comparison score is
    # 1-10; BCIS: self-reflectiveness 0-27; MEQ-30, CEQ: item means 0-5; WFIRS-S: item mean 0-3;
    # BCAP: its abuse scale)
    "PANSS (Positive and Negative Syndrome Scale)": 210,
    "BFNE (Brief Fear of Negative Evaluation)": 60, "IBS-SSS (IBS Symptom Severity Score)": 500,
    "Nijmegen Questionnaire": 64, "CWS (Cambridge Worry Scale)": 85,
    "KCSS (Kingston Caregiver Stress Scale)": 50, "ACT (Asthma Control Test)": 25, "CRAFFT": 6,
    "APSI (Autism Parenting Stress Index)": 52,
    "ADOS-2 (Autism Diagnostic Observation Schedule)": 30,
    "PSYRATS (Psychotic Symptom Rating Scales)": 68, "RAS (Relationship Assessment Scale)": 35,
    "AAQoL (Adult ADHD Quality of Life)": 100,
    "SADQ (Severity of Alcohol Dependence Questionnaire)": 60,
    "HHIE-S (Hearing Handicap Inventory for the Elderly, Screening)": 40,
    "DDNSI (Disturbing Dreams and Nightmare Severity Index)": 37,
    "BCIS (Beck Cognitive Insight Scale)": 27, "MEQ-30 (Mystical Experience Questionnaire)": 5,
    "CEQ (Challenging Experience Questionnaire)": 5,
    "TETRAS (Essential Tremor Rating Assessment Scale)": 64,
    "AFEQT (Atrial Fibrillation Effect on Quality of Life)": 100,
    "CASE (Clinical Assessment Scale in Autoimmune Encephalitis)": 27,
    "WFIRS-S (Weiss Functional Impairment Rating Scale)": 3,
    "BCAP (Brief Child Abuse Potential Inventory)": 24,
    # eighteenth pass (BYI: a scale's T-score; Stoma-QOL: the converted 0-100 score; TOP: each
    # domain is rated 0-20; OOWS: 13 signs; CALIS: the parent form, 16 items 0-4)
    "MFQ (Mood and Feelings Questionnaire)": 66,
    "CRIES-13 (Children's Revised Impact of Event Scale)": 65,
    "CRIES-8 (Children's Revised Impact of Event Scale, 8 items)": 40, "4AT": 12,
    "6CIT (Six-item Cognitive Impairment Test)": 28,
    "Tinetti (Performance Oriented Mobility Assessment)": 28,
    "OOWS (Objective Opiate Withdrawal Scale)": 13, "SOWS (Subjective Opiate Withdrawal Scale)": 64,
    "MNWS (Minnesota Nicotine Withdrawal Scale)": 36,
    "DASH (Domestic Abuse, Stalking and Harassment risk checklist)": 27,
    "GASS-C (Glasgow Antipsychotic Side-effect Scale for Clozapine)": 48,
    "GASS (Glasgow Antipsychotic Side-effect Scale)": 66, "BYI (Beck Youth Inventories)": 100,
    "Dyspnoea-12": 36, "Stoma-QOL": 100, "CHFS (Cochin Hand Function Scale)": 90,
    "RCS (Raynaud's Condition Score)": 10, "SIP (Short Inventory of Problems)": 45,
    "CALIS (Child Anxiety Life Interference Scale)": 64, "TOP (Treatment Outcomes Profile)": 20,
    # nineteenth pass (SPAQ: the global seasonality score; Conners 3: a scale's T-score; DESS:
    # a count of 43 signs; SNAP-IV: the 26 items, 0-3 each)
    "DAS-7 (Dyadic Adjustment Scale)": 36, "RDAS (Revised Dyadic Adjustment Scale)": 69,
    "SPAQ (Seasonal Pattern Assessment Questionnaire)": 24, "Conners 3": 90,
    "DESS (Discontinuation-Emergent Signs and Symptoms)": 43, "SNAP-IV": 78,
    "Cannabis Withdrawal Scale (CWS)": 190,
    # BSL-23: the mean of 23 items, 0-4; BASDAI: the mean of six marks, 0-10; Chalder: 11 items
    # scored 0-3; BARS: the global rating 0-5 or the total 0-14; PedMIDAS: days lost, six items
    "BSL-23 (Borderline Symptom List)": 4,
    "BASDAI (Bath Ankylosing Spondylitis Disease Activity Index)": 10,
    "Chalder Fatigue Scale": 33, "BARS (Barnes Akathisia Rating Scale)": 14, "PedMIDAS": 240,
    # twenty-second pass (CIA: 16 items scored 0-3; CMAI: 29 behaviours rated 1-7, 29-203)
    "CIA (Clinical Impairment Assessment)": 48, "CMAI (Cohen-Mansfield Agitation Inventory)": 203,
    # twenty-third pass (CPAQ: the 20-item form, 0-6 each; KMS: three items 1-7, 3-21; BDRS: 20
    # items 0-3; ASEX: five items 1-6, 5-30; BEST: 15 items, 12-72; AD8: eight yes/no items;
    # M-ACE: the mini form's 30 points)
    "CPAQ (Chronic Pain Acceptance Questionnaire)": 120,
    "KMS (Kansas Marital Satisfaction Scale)": 21,
    "BDRS (Bipolar Depression Rating Scale)": 60, "ASEX (Arizona Sexual Experiences Scale)": 30,
    "BEST (Borderline Evaluation of Severity over Time)": 72, "AD8": 8,
    "M-ACE (Mini-Addenbrooke's Cognitive Examination)": 30,
    # twenty-fourth pass (AAQ-II: seven items 1-7, 7-49; NDDI-E: six items 1-4, 6-24; EmetQ-13:
    # 13 items 1-5; ECBI: the intensity score, 36 items 1-7; PUQE: three items 1-5; PSWQ-A: eight
    # items 1-5; AIR: ten items 0-3; CNS-LS: seven items 1-5; SADQ-10: ten items 0-3; BFCRS: the
    # 23-item rating, 0-69; GDS-4: four yes/no items)
    "AAQ-II (Acceptance and Action Questionnaire-II)": 49,
    "NDDI-E (Neurological Disorders Depression Inventory for Epilepsy)": 24,
    "EmetQ-13 (Emetophobia Questionnaire)": 65, "ECBI (Eyberg Child Behavior Inventory)": 252,
    "PUQE (Pregnancy-Unique Quantification of Emesis)": 15,
    "PSWQ-A (Penn State Worry Questionnaire-Abbreviated)": 40,
    "AIR (Anxiety Inventory for Respiratory Disease)": 30,
    "CNS-LS (Center for Neurologic Study-Lability Scale)": 35,
    "SADQ-10 (Stroke Aphasic Depression Questionnaire)": 30,
    "BFCRS (Bush-Francis Catatonia Rating Scale)": 69,
    "GDS-4 (Geriatric Depression Scale, four-item)": 4,
    "SIS (Snaith Irritability Scale)": 54,  # its 18 items, 0-3 each
    # twenty-fifth pass (DHI: 25 items scored 0, 2 or 4; DRSP: 24 items 1-6; PASI: 0-72 in
    # tenths; DOCS: 20 items 0-4; MWC: 22 items 0-3; FBI: 24 items 0-3; BGQ: five items 0-2;
    # ITQ: a part's six items 0-4, the whole 0-72; Distress Thermometer: one mark 0-10)
    "DHI (Dizziness Handicap Inventory)": 100,
    "DRSP (Daily Record of Severity of Problems)": 144,
    "PASI (Psoriasis Area and Severity Index)": 72,
    "DOCS (Dimensional Obsessive-Compulsive Scale)": 80,
    "MWC (Marijuana Withdrawal Checklist)": 66, "FBI (Frontal Behavioral Inventory)": 72,
    "BGQ (Brief Grief Questionnaire)": 10, "ITQ (International Trauma Questionnaire)": 72,
    "Distress Thermometer": 10,
    # twenty-sixth pass (AES: 18 items 1-4, 18-72; NPI-Q: twelve domains' severity 1-3; SRAS-R:
    # a function's mean of items 0-6; SBQ-R: four items, 3-18; ARI: six items 0-2)
    "AES (Apathy Evaluation Scale)": 72, "NPI-Q (Neuropsychiatric Inventory Questionnaire)": 36,
    "SRAS-R (School Refusal Assessment Scale-Revised)": 6,
    "SBQ-R (Suicidal Behaviors Questionnaire-Revised)": 18, "ARI (Affective Reactivity Index)": 12,
    # twenty-seventh pass (CADSS: 23 items 0-4; ZAN-BPD: nine items 0-4; CSDD: 19 items 0-2)
    "CADSS (Clinician-Administered Dissociative States Scale)": 92,
    "ZAN-BPD (Zanarini Rating Scale for Borderline Personality Disorder)": 36,
    "CSDD (Cornell Scale for Depression in Dementia)": 38,
    # twenty-ninth pass (HADS: two subscales of seven items 0-3, each 0-21, the whole 0-42; FSS:
    # nine items 1-7, the sum 9-63 or their mean 1-7; DUDIT: eleven items, 0-44; K6: six items
    # 0-4; ASRS part A: the screener's six items 0-4)
    "DUDIT (Drug Use Disorders Identification Test)": 44,
    "K6 (Kessler Psychological Distress Scale, six items)": 24, "ASRS part A": 24,
    "HADS-D": 21, "HADS-A": 21,
    # thirtieth pass (PHQ-8: the PHQ-9 less its ninth item, eight items 0-3; SCORE-15: fifteen
    # items 1-5)
    "PHQ-8": 24, "SCORE-15 (Systemic Clinical Outcome and Routine Evaluation)": 75,
    # thirty-first pass (PASS: 31 items 0-3; LDQ: ten items 0-3; NAS: its 60 items 1-3, 60-180;
    # CDSS: nine items 0-3; BITE: the symptom scale's 30 yes/no items and the severity scale's 39
    # points, the whole 0-69; DAS: the 32-item form, 0-151; HoNOS and HoNOS 65+: twelve items
    # 0-4)
    "PASS (Perinatal Anxiety Screening Scale)": 93, "LDQ (Leeds Dependence Questionnaire)": 30,
    "NAS (Novaco Anger Scale)": 180, "CDSS (Calgary Depression Scale for Schizophrenia)": 27,
    "BITE (Bulimic Investigatory Test Edinburgh)": 69, "DAS (Dyadic Adjustment Scale)": 151,
    "HoNOS 65+ (Health of the Nation Outcome Scales 65+)": 48,
    "HoNOS (Health of the Nation Outcome Scales)": 48,
    # thirty-second pass (GPTS: two parts of 16 items 1-5, 32-160; SAS: ten items 0-4; BADLS:
    # 20 items 0-3; BIS-11: 30 items 1-4, 30-120; CCAPS-34, ACQ, MI, LOCES: means of items (0-4,
    # 1-5, 1-5, 1-5); Zung SDS: 20 items 1-4, 20-80, its index 25-100; FIQR: 0-100)
    "GPTS (Green Paranoid Thoughts Scale)": 160, "SAS (Simpson-Angus Scale)": 40,
    "BADLS (Bristol Activities of Daily Living Scale)": 60,
    "BIS-11 (Barratt Impulsiveness Scale)": 120,
    "CCAPS-34 (Counseling Center Assessment of Psychological Symptoms)": 4,
    "ACQ (Agoraphobic Cognitions Questionnaire)": 5, "MI (Mobility Inventory)": 5,
    "SDS (Zung Self-Rating Depression Scale)": 100,
    "LOCES (Loss of Control over Eating Scale)": 5,
    "FIQR (Revised Fibromyalgia Impact Questionnaire)": 100,
    # thirty-third pass (POCS severity: ten items 0-4; CFS: one grade 1-9; LSI-R: 54 items 0-1;
    # HCL-32: 32 yes/no items; BAARS-IV: 27 items 1-4, its current total 18-72; ESAS: nine
    # symptoms 0-10; W-DEQ: 33 items 0-5; SMAST-G: ten yes/no items; GAI: 20 agree/disagree
    # items)
    "POCS (Perinatal Obsessive-Compulsive Scale)": 40, "CFS (Clinical Frailty Scale)": 9,
    "LSI-R (Level of Service Inventory-Revised)": 54, "HCL-32 (Hypomania Checklist)": 32,
    "BAARS-IV (Barkley Adult ADHD Rating Scale)": 108,
    "ESAS (Edmonton Symptom Assessment System)": 90,
    "W-DEQ (Wijma Delivery Expectancy Questionnaire)": 165,
    "SMAST-G (Short Michigan Alcoholism Screening Test-Geriatric Version)": 10,
    "GAI (Geriatric Anxiety Inventory)": 20,
    # thirty-fourth pass (HoNOSCA: 13 scored items 0-4, with the two on knowledge 0-60; RUDAS:
    # 0-30; OCDS: 14 items 0-4; CORE-YP: ten items 0-4)
    "HoNOSCA (Health of the Nation Outcome Scales for Children and Adolescents)": 60,
    "RUDAS (Rowland Universal Dementia Assessment Scale)": 30,
    "OCDS (Obsessive Compulsive Drinking Scale)": 56,
    "CORE-YP (YP-CORE, Young Person's Clinical Outcomes in Routine Evaluation)": 40,
    # (OASIS, ODSIS: five items 0-4; CGAS: one rating 1-100; IQCODE: the mean of items 1-5)
    "OASIS (Overall Anxiety Severity and Impairment Scale)": 20,
    "ODSIS (Overall Depression Severity and Impairment Scale)": 20,
    "CGAS (Children's Global Assessment Scale)": 100,
    "IQCODE (Informant Questionnaire on Cognitive Decline in the Elderly)": 5,
    # thirty-sixth pass (Demoralization Scale: 24 items 0-4, DS-II: 16 items 0-2; SAHD: 20
    # true/false items; GHQ-12: 12 items 0-3 as a Likert total, 0-12 as a GHQ total; UCLA-3:
    # three items 1-3; PUTS: nine items 1-4, 9-36; BABS: six scored items 0-4; SOFAS: one rating
    # 1-100; CAARMS: a subscale's global severity 0-6; PCSS: 22 symptoms 0-6)
    "Demoralization Scale": 96, "DS-II (Demoralization Scale II)": 32,
    "SAHD (Schedule of Attitudes toward Hastened Death)": 20,
    "GHQ-12 (General Health Questionnaire-12)": 36, "UCLA-3 (Three-Item Loneliness Scale)": 9,
    "PUTS (Premonitory Urge for Tics Scale)": 36, "BABS (Brown Assessment of Beliefs Scale)": 24,
    "SOFAS (Social and Occupational Functioning Assessment Scale)": 100,
    "CAARMS (Comprehensive Assessment of At-Risk Mental States)": 6,
    "PCSS (Post-Concussion Symptom Scale)": 132,
    # thirty-seventh pass (SRQ-20: 20 yes/no items; SSQ-14: 14 yes/no items; K5: five items 1-5,
    # 5-25; HSCL-25: the mean of 25 items 1-4; HARK: four yes/no items; GMDS: 13 items 0-3;
    # Clinical Anger Scale: 21 items 0-3; Abbey: six items 0-3; 4DKL: 50 items 0-2, its parts in
    # measure_named_parts; IUS-12: 12 items 1-5, 12-60)
    "SRQ-20 (Self-Reporting Questionnaire)": 20, "SSQ-14 (Shona Symptom Questionnaire)": 14,
    "K5 (Kessler 5)": 25, "HSCL-25 (Hopkins Symptom Checklist-25)": 4,
    "HARK (Humiliation, Afraid, Rape, Kick)": 4, "GMDS (Gotland Male Depression Scale)": 39,
    "CAS (Clinical Anger Scale)": 63, "Abbey Pain Scale": 18,
    "4DKL (Four-Dimensional Symptom Questionnaire)": 100,
    "IUS-12 (Intolerance of Uncertainty Scale-12)": 60,
    # thirty-eighth pass (SCI-8: eight items 0-4; AMTS: ten items, one point each; LSNS-6: six
    # items 0-5; PBQ: 25 items 0-5; FABQ: 16 items 0-6, its work part 0-42)
    "SCI-8 (Sleep Condition Indicator)": 32, "AMTS (Abbreviated Mental Test Score)": 10,
    "LSNS-6 (Lubben Social Network Scale-6)": 30, "PBQ (Postpartum Bonding Questionnaire)": 125,
    "FABQ (Fear-Avoidance Beliefs Questionnaire)": 96,
    # thirty-ninth pass (RPQ: 23 items 0-2; Mini-MAC: 29 items 1-4; CBCL: T-scores, to 100)
    "RPQ (Reactive-Proactive Aggression Questionnaire)": 46,
    "Mini-MAC (Mini-Mental Adjustment to Cancer Scale)": 116,
    "CBCL (Child Behavior Checklist)": 100,
    # fortieth pass (ProQOL: three parts of ten items 1-5, each 10-50, no total)
    "ProQOL (Professional Quality of Life Scale)": 50,
    # forty-third pass (OSSS-3: three items, 3-14; MCSI: 13 items 0-2)
    "OSSS-3 (Oslo Social Support Scale)": 14, "MCSI (Modified Caregiver Strain Index)": 26,
    # forty-fourth pass (FAST: four items 0-4, 0-16; TFI: 25 items, a total scaled 0-100)
    "FAST (Fast Alcohol Screening Test)": 16, "TFI (Tinnitus Functional Index)": 100,
    # forty-sixth pass (SIDAS: five items 0-10; MOCI: 30 true/false items; K-MPAI: 40 items 0-6;
    # SMBM: the mean of 14 items 1-7; TSQ: ten yes/no items; VASS: twelve yes/no items)
    "SIDAS (Suicidal Ideation Attributes Scale)": 50,
    "MOCI (Maudsley Obsessional-Compulsive Inventory)": 30,
    "K-MPAI (Kenny Music Performance Anxiety Inventory)": 240,
    "SMBM (Shirom-Melamed Burnout Measure)": 7, "TSQ (Trauma Screening Questionnaire)": 10,
    "VASS (Vulnerability to Abuse Screening Scale)": 12,
    # forty-eighth pass (WAST: eight items 1-3, 8-24; SHI: 22 yes/no items)
    "WAST (Woman Abuse Screening Tool)": 24, "SHI (Self-Harm Inventory)": 22,
    # forty-ninth pass (SHAPS: 14 items scored 0-1, or 1-4 each as 14-56; QPR: 22 items 0-4, or
    # its 15-item form 0-60; WHODAS 2.0: 36 items 1-5, 36-180, or its 12-item form; MSIS-29: 29
    # items 1-5, 29-145)
    "SHAPS (Snaith-Hamilton Pleasure Scale)": 56,
    "QPR (Questionnaire about the Process of Recovery)": 88,
    "WHODAS 2.0 (WHO Disability Assessment Schedule)": 180,
    "MSIS-29 (Multiple Sclerosis Impact Scale)": 145,
    # fiftieth pass (OLBI: 16 items 1-4, 16-64; DBAS-16: the mean of 16 items 0-10; APSQ: ten
    # items 1-5, 10-50; BAAQ: six items 0-4; BAVQ-R: 35 items 0-3; ZLDSI: 13 items 0-3;
    # H-S/EAST: 15 yes/no items)
    "OLBI (Oldenburg Burnout Inventory)": 64,
    "DBAS-16 (Dysfunctional Beliefs and Attitudes about Sleep)": 10,
    "APSQ (Athlete Psychological Strain Questionnaire)": 50,
    "BAAQ (Brief Anger-Aggression Questionnaire)": 24,
    "BAVQ-R (Beliefs About Voices Questionnaire-Revised)": 105,
    "ZLDSI (Zanmi Lasante Depression Symptom Inventory)": 39,
    "H-S/EAST (Hwalek-Sengstock Elder Abuse Screening Test)": 15,
    # fifty-first pass (FAD: the general functioning scale, the mean of 12 items 1-4; BJSQ: 57
    # items 1-4, the Stress Check's sum of its parts said as one score)
    "FAD (Family Assessment Device)": 4, "BJSQ (Brief Job Stress Questionnaire)": 228,
}  # fmt: skip
#: the measures scored with a decimal (a mean of items, or half steps): any other is whole
DECIMAL = frozenset(
    {
        "EDE-Q",
        "HTQ",
        "EDSS",
        "FSS",
        "DDS (Diabetes Distress Scale)",
        "Brief Resilience Scale (BRS)",
        # marks on a line measured to a tenth; domain scores weighted
        "ORS",
        "SRS (Session Rating Scale)",
        "FSFI (Female Sexual Function Index)",
        # means of items
        "MEQ-30 (Mystical Experience Questionnaire)",
        "CEQ (Challenging Experience Questionnaire)",
        "WFIRS-S (Weiss Functional Impairment Rating Scale)",
        "BSL-23 (Borderline Symptom List)",
        "BASDAI (Bath Ankylosing Spondylitis Disease Activity Index)",
        "PASI (Psoriasis Area and Severity Index)",
        "SRAS-R (School Refusal Assessment Scale-Revised)",
        "CCAPS-34 (Counseling Center Assessment of Psychological Symptoms)",
        "ACQ (Agoraphobic Cognitions Questionnaire)",
        "MI (Mobility Inventory)",
        "LOCES (Loss of Control over Eating Scale)",
        "FIQR (Revised Fibromyalgia Impact Questionnaire)",  # its domains weighted: 62.3
        "IQCODE (Informant Questionnaire on Cognitive Decline in the Elderly)",
        "HSCL-25 (Hopkins Symptom Checklist-25)",  # the mean of its items: "two point six"
        "SNAP-IV",  # a total, or as often the mean of its items (0-3): "averaged one point eight"
        "SMBM (Shirom-Melamed Burnout Measure)",  # the mean of its items: "five point one"
        "DBAS-16 (Dysfunctional Beliefs and Attitudes about Sleep)",  # a mean: "six point eight"
        "FAD (Family Assessment Device)",  # the mean of its items, 1-4: "two point five"
    }
)

#: the measures scored as a percentage, said with "percent" after the score
PERCENT = frozenset({"ODI (Oswestry Disability Index)"})
PERCENT_AFTER = re.compile(r"\s*(?:percent|per cent|%)", re.I)


def known_name(said: str) -> str | None:
    """The known measure a name recognized by its form stands for, misheard by a letter ("the
    PHD-9", "the white lee index"), or two in a long name."""
    from localnotes.notes.lexicon import bounded_distance

    heard = re.sub(r"[^a-z0-9]", "", said.lower())
    spelled = re.fullmatch(r"[A-Za-z](?:-[A-Za-z]){3,}", said)
    if len(heard) < 4 or not (" " in said or re.search(r"\d", said) or spelled):
        return None  # a short acronym of letters alone may be another instrument: "MAAS" (not
        # one spelled out letter by letter, as speech recognition writes it: "the L-C-I-R")
    best: tuple[int, str] | None = None  # the nearest: "PHQ-2" is itself, not a misheard PHQ-9
    for name in RANGES:
        for form in re.split(r"\s*[()]\s*", name):
            known = re.sub(r"[^a-z0-9]", "", form.lower())
            limit = 2 if len(known) >= 12 else 1
            far = bounded_distance(heard, known, limit) if len(known) >= 4 else limit + 1
            if far <= limit and (best is None or far < best[0]):
                best = (far, name)
    return best[1] if best else None
