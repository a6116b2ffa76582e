/// Conditions, symptoms, medications, procedures and tests. Alone they are not PHI; tied to
/// a person in the same text they are what makes an identifier PHI.
enum HealthWords {
  static let terms: [String] = [
    // Conditions
    "diabetes", "diabetic", "cancer", "tumor", "tumour", "leukemia", "lymphoma", "melanoma",
    "hypertension", "asthma", "copd", "emphysema", "pneumonia", "bronchitis", "covid",
    "covid-19", "coronavirus", "flu", "influenza", "hiv", "aids", "hepatitis", "cirrhosis",
    "stroke", "arthritis", "osteoporosis", "lupus", "fibromyalgia", "epilepsy", "seizures",
    "seizure", "migraine", "migraines", "dementia", "alzheimer's", "alzheimers", "parkinson's",
    "parkinsons", "autism", "adhd", "depression", "anxiety", "bipolar", "schizophrenia",
    "ptsd", "ocd", "anorexia", "bulimia", "addiction", "alcoholism", "obesity", "anemia",
    "thyroid", "hypothyroidism", "hyperthyroidism", "kidney disease", "renal failure",
    "heart disease", "heart failure", "heart attack", "cardiac arrest", "afib",
    "atrial fibrillation", "arrhythmia", "angina", "cad", "chf", "dvt",
    "blood clot", "embolism", "aneurysm", "sepsis", "infection", "uti", "std", "sti",
    "chlamydia", "gonorrhea", "syphilis", "herpes", "hpv", "shingles", "measles", "mumps",
    "chickenpox", "strep", "tuberculosis", "tb", "gout", "psoriasis", "eczema",
    "acne", "rosacea", "endometriosis", "pcos", "infertility", "miscarriage", "pregnant",
    "pregnancy", "preeclampsia", "crohn's", "crohns", "colitis", "ibs", "celiac", "gerd",
    "reflux", "ulcer", "ulcers", "hernia", "appendicitis", "gallstones", "kidney stones",
    "concussion", "fracture", "broken arm", "broken leg", "sprain", "tendinitis",
    "scoliosis", "sciatica", "glaucoma", "cataracts", "cataract", "sleep apnea", "insomnia",
    "allergy", "allergies", "anaphylaxis", "high blood pressure", "high cholesterol",
    "cholesterol", "prediabetes", "neuropathy", "multiple sclerosis", "cystic fibrosis",
    "sickle cell", "hemophilia", "down syndrome", "cerebral palsy",
    "std's", "overdose", "suicidal", "self-harm",
    // Symptoms
    "chest pain", "shortness of breath", "fever", "cough", "headache", "headaches",
    "nausea", "vomiting", "diarrhea", "constipation", "dizziness", "dizzy", "fatigue",
    "rash", "swelling", "bleeding", "numbness", "palpitations", "back pain", "abdominal pain",
    "stomach pain", "sore throat", "wheezing", "lump", "blurred vision", "fainting",
    "fainted", "chills", "hives", "itching", "cramps", "insomnia",
    // Medications
    "insulin", "metformin", "lisinopril", "atorvastatin", "lipitor", "simvastatin",
    "amlodipine", "metoprolol", "losartan", "warfarin", "coumadin", "eliquis", "xarelto",
    "aspirin", "ibuprofen", "tylenol", "acetaminophen", "advil", "motrin", "naproxen",
    "prednisone", "amoxicillin", "azithromycin", "zpack", "z-pack", "antibiotics",
    "antibiotic", "penicillin", "oxycodone", "hydrocodone", "vicodin", "percocet",
    "morphine", "fentanyl", "tramadol", "gabapentin", "lyrica", "xanax", "valium", "ativan",
    "klonopin", "zoloft", "prozac", "lexapro", "celexa", "wellbutrin", "effexor", "cymbalta",
    "adderall", "ritalin", "lithium", "seroquel", "abilify", "ambien", "synthroid",
    "levothyroxine", "lasix", "furosemide", "omeprazole", "prilosec", "nexium", "zantac",
    "albuterol", "inhaler", "epipen", "ozempic", "wegovy", "jardiance", "humira", "botox",
    "chemo", "chemotherapy", "radiation", "methadone", "suboxone", "narcan", "antidepressants",
    "antidepressant", "birth control", "viagra", "cialis", "plan b", "accutane",
    "hydroxychloroquine", "ivermectin", "steroids", "statins", "benadryl", "zyrtec",
    "claritin", "sudafed", "melatonin", "vaccine", "vaccinated", "flu shot",
    // Procedures and tests
    "surgery", "biopsy", "mri", "ct scan", "cat scan", "x-ray", "xray", "ultrasound",
    "mammogram", "colonoscopy", "endoscopy", "ekg", "ecg", "echocardiogram", "blood test",
    "blood work", "bloodwork", "a1c", "pap smear", "psa", "dialysis", "transplant",
    "bypass", "stent", "pacemaker", "c-section", "hysterectomy", "vasectomy", "mastectomy",
    "lumpectomy", "appendectomy", "tonsillectomy", "knee replacement", "hip replacement",
    "physical therapy", "rehab", "therapy", "abortion", "ivf", "iud", "stitches",
    "root canal", "braces", "implant", "implants",
    "diagnosis", "diagnosed", "prescription", "prescribed", "test results", "lab results",
    "biopsy results",
  ]

  /// Single-word terms, which also tell the name rules that a capitalised word is a drug or
  /// a disease rather than a person.
  static let singleWords: [String] = terms.filter { !$0.contains(" ") && !$0.contains("-") }
}
