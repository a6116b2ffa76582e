/// Medical vocabulary: conditions, symptoms, medications, procedures, tests and the words
/// of care. Weight 2 for specific terms, 1 for everyday words ("pain", "doctor") that need
/// company before a text counts as medical.
enum HealthTerms {
  static let all: [TriageRule] = [
    TriageRule(
      "health.condition", .health, weight: 2, "a medical condition",
      TriageRule.terms(
        """
        diabetes|diabetic|prediabetes|prediabetic
        cancer|cancers|tumor|tumors|tumour|carcinoma|melanoma|lymphoma|leukemia|sarcoma|metastatic
        asthma|asthmatic|copd|emphysema|bronchitis|pneumonia|tuberculosis
        hypertension|hypotension|cholesterol|triglycerides
        arthritis|osteoarthritis|osteoporosis|osteopenia|gout|fibromyalgia|lupus|scoliosis
        alzheimers|dementia|parkinsons|epilepsy|epileptic|neuropathy|sciatica|migraine|migraines
        adhd|autism|autistic|bipolar|schizophrenia|ocd|ptsd|anorexia|bulimia
        hiv|aids|hepatitis|herpes|hpv|std|stds|sti|chlamydia|gonorrhea|syphilis
        flu|influenza|covid|coronavirus|measles|mumps|rubella|chickenpox|shingles|polio|malaria
        strep|uti|utis|sinusitis|tonsillitis|conjunctivitis|cellulitis|sepsis|meningitis
        allergy|allergies|eczema|psoriasis|dermatitis|rosacea|acne|hives
        anemia|anaemia|hemophilia|thalassemia|sickle cell
        thyroid|hypothyroidism|hyperthyroidism|hashimotos|graves
        kidney stones|gallstones|gallbladder|hernia|ulcer|ulcers|gerd|reflux|ibs|crohns|colitis|celiac
        diverticulitis|appendicitis|pancreatitis|cirrhosis|jaundice|hemorrhoids|incontinence
        heart disease|heart failure|afib|arrhythmia|angina|aneurysm|murmur|cardiomyopathy
        stroke|tia|embolism|thrombosis|dvt|clot|clots
        glaucoma|cataract|cataracts|macular degeneration|tinnitus|vertigo
        obesity|pcos|endometriosis|fibroids|menopause|infertility|miscarriage|ectopic
        syndrome|disease|diseases|disorder|disorders|deficiency|infection|infections|infected
        virus|viral|bacterial|bacteria|fungal|fungus|parasite|parasites|cyst|cysts|polyp|polyps
        concussion|fracture|fractured|sprain|sprained|tendonitis|tendinitis|bursitis|carpal tunnel
        erectile dysfunction|impotence|prostate|enlarged prostate
        sleep apnea|insomnia|narcolepsy|restless legs
        multiple sclerosis|als|muscular dystrophy|cerebral palsy|cystic fibrosis|down syndrome
        lyme|mono|mononucleosis|scabies|lice|ringworm|impetigo|warts|wart
        """)),
    TriageRule(
      "health.symptom", .health, weight: 2, "a symptom",
      TriageRule.terms(
        """
        headache|headaches|fever|fevers|cough|coughing|nausea|nauseous|nauseated|vomiting
        diarrhea|diarrhoea|constipation|constipated|bloating|bloated|heartburn|indigestion
        rash|rashes|itching|itchy|swelling|swollen|lump|lumps|bruise|bruises|bruising
        dizziness|dizzy|lightheaded|fatigue|numbness|tingling|cramps|cramping|spasms|spasm
        inflammation|inflamed|discharge|sneezing|congestion|congested|wheezing|palpitations
        tremor|tremors|seizures|fainting|blisters|blister|sore throat|runny nose|stuffy nose
        hair loss|weight loss|night sweats|chills|blurred vision|blurry vision|stiffness
        symptom|symptoms|side effect|side effects|sores|ulcers|bleeding gums|earache|toothache
        shortness of breath|chest pain|back pain|joint pain|abdominal pain|stomach pain
        stomachache|stomach ache|sore|aching|achy|painful|throbbing|burning sensation
        irregular heartbeat|high blood pressure|low blood pressure|blood sugar|blood pressure
        """)),
    TriageRule(
      "health.medication", .health, weight: 2, "a medication or treatment",
      TriageRule.terms(
        """
        medication|medications|medicine|medicines|meds|prescription|prescriptions|prescribed
        dose|doses|dosage|dosing|mg|mcg|milligrams|tablet|tablets|capsule|capsules
        antibiotic|antibiotics|antidepressant|antidepressants|antihistamine|antihistamines
        insulin|ibuprofen|advil|motrin|tylenol|acetaminophen|paracetamol|aspirin|naproxen|aleve
        metformin|lisinopril|atorvastatin|lipitor|simvastatin|statin|statins|amoxicillin
        penicillin|azithromycin|zpack|doxycycline|cipro|ciprofloxacin|keflex|cephalexin
        prednisone|prednisolone|steroid|steroids|cortisone|hydrocortisone
        warfarin|coumadin|eliquis|xarelto|plavix|heparin
        levothyroxine|synthroid|omeprazole|prilosec|nexium|pantoprazole|zantac|ranitidine|pepcid
        metoprolol|atenolol|propranolol|amlodipine|losartan|hydrochlorothiazide|furosemide|lasix
        gabapentin|neurontin|lyrica|pregabalin|tramadol|oxycodone|hydrocodone|vicodin|percocet
        morphine|codeine|fentanyl|methadone|suboxone|buprenorphine|naloxone|narcan
        xanax|alprazolam|valium|diazepam|ativan|lorazepam|klonopin|clonazepam
        zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|celexa|citalopram|paxil
        wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|trazodone|mirtazapine
        seroquel|quetiapine|abilify|aripiprazole|risperdal|lithium|lamotrigine|lamictal
        adderall|ritalin|vyvanse|concerta|ambien|zolpidem|melatonin
        benadryl|zyrtec|cetirizine|claritin|loratadine|allegra|flonase|albuterol|inhaler|nebulizer
        vaccine|vaccines|vaccination|vaccinated|vaccinations|booster|immunization
        chemo|chemotherapy|radiation therapy|immunotherapy|dialysis|transplant
        viagra|cialis|birth control|contraceptive|contraception|iud|plan b
        vitamin|vitamins|supplement|supplements|probiotic|probiotics|biotin|iron pills
        antacid|laxative|laxatives|ointment|injection|injections|botox|estrogen|testosterone
        hormone|hormones|thyroid medication|blood thinner|blood thinners|painkiller|painkillers
        """)),
    TriageRule(
      "health.procedure", .health, weight: 2, "a procedure or test",
      TriageRule.terms(
        """
        surgery|surgeries|surgical|operation|biopsy|mri|ct scan|cat scan|x ray|xray|x rays
        ultrasound|mammogram|colonoscopy|endoscopy|blood test|blood tests|blood work|bloodwork
        lab results|test results|ekg|ecg|echocardiogram|stress test|pap smear|pap test
        hysterectomy|vasectomy|c section|cesarean|stent|pacemaker|angioplasty|bypass
        physical therapy|physiotherapy|diagnosis|diagnosed|misdiagnosed|prognosis
        screening|checkup|check up|physical exam|pregnancy test|psa|a1c|hemoglobin
        implant|implants|root canal|filling|crown|extraction|braces
        """)),
    TriageRule(
      "health.body", .health, weight: 1, "a part of the body",
      TriageRule.terms(
        """
        lung|lungs|liver|kidney|kidneys|stomach|bowel|bowels|colon|bladder|uterus|ovary|ovaries
        cervix|brain|spine|spinal|knee|knees|hip|hips|shoulder|shoulders|ankle|ankles|wrist
        joint|joints|muscle|muscles|nerve|nerves|bone|bones|skin|throat|sinus|sinuses|tooth
        teeth|gums|tonsils|gland|glands|lymph nodes|artery|arteries|vein|veins|pelvis|pelvic
        abdomen|abdominal|chest|heart|eye|eyes|ear|ears|nose|neck|back|foot|feet|leg|legs
        arm|arms|hand|hands|breast|breasts|testicle|testicles|penis|vagina|vaginal|rectum|anus
        thigh|calf|elbow|finger|fingers|toe|toes|scalp|jaw|blood|urine|stool|mucus|phlegm
        """)),
    TriageRule(
      "health.care", .health, weight: 1, "words of medical care",
      TriageRule.terms(
        """
        doctor|doctors|physician|physicians|nurse|nurses|hospital|hospitalized|clinic
        er|emergency room|urgent care|pharmacist|pharmacy|specialist|surgeon|dermatologist
        cardiologist|neurologist|oncologist|gynecologist|obgyn|pediatrician|psychiatrist
        endocrinologist|urologist|gastroenterologist|rheumatologist|orthopedic|orthopedist
        dentist|optometrist|ophthalmologist|therapist|counselor|patient|patients
        medical|health|healthy|treatment|treatments|treat|treating|cure|cured|remedy|remedies
        chronic|acute|benign|malignant|contagious|infectious|genetic|hereditary|pain|pains
        hurts|hurting|ache|aches|sick|illness|pregnant|pregnancy|period|periods|sleep
        weight|diet|test|tests|results|levels|pill|pills|drug|drugs|heal|healing|recovery
        """)),
  ]
}
