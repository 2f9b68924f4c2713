# Corridor का हरेक भूमिकाका पानाहरू, नेपाली। फारमहरूले साझा गर्ने सन्देश
# पहिले, त्यसपछि हरेक क्षेत्र। नियमका सन्देश (rule-*) ले तोडिएको नियम
# पानाकै भाषामा बुझाउँछन्; API ले नियमको कोड जस्ताको तस्तै राख्छ।
# यो मेसिनले गरेको अनुवाद हो; नेपाली मातृभाषीले जाँच्नुपर्छ (TRANSLATIONS.md हेर्नुहोस्)।
# शब्दहरू corridor.ftl अनुसार: "माग पत्र" (job order), "भर्ती शुल्क" (recruitment fee),
# "भर्ती एजेन्सी (म्यानपावर)" (recruiting agency), "नियुक्ति" (placement),
# "इजाजतपत्र" (licence)। अङ्कहरू देवनागरीमा।

## फारम
form-error-title = एउटा समस्या छ
form-error-prefix = त्रुटि:
form-choose = एउटा छान्नुहोस्
form-choose-country = देश छान्नुहोस्
form-choose-level = तह छान्नुहोस्
form-date-invalid = सही मिति (ईस्वी सन्) लेख्नुहोस्, जस्तै २०२६-०३-२७
form-years-invalid = वर्ष ० देखि ६० सम्मको अङ्कमा लेख्नुहोस्
form-year-invalid = साल (ईस्वी सन्) लेख्नुहोस्, जस्तै २०१९
form-number-invalid = अङ्क लेख्नुहोस्
form-amount-invalid = रकम लेख्नुहोस्, जस्तै १२५०.००
form-search = खोज्नुहोस्
form-add = थप्नुहोस्
form-remove = हटाउनुहोस्
form-save = सेभ गर्नुहोस्
form-save-continue = सेभ गरेर अगाडि बढ्नुहोस्
form-cancel = रद्द गर्नुहोस्
form-expired = फारमको समय सकियो वा यो Corridor बाट आएको होइन; पाना फेरि लोड गरेर फेरि प्रयास गर्नुहोस्।
reference-names-english = देश र भाषाका नाम अङ्ग्रेजीमा देखाइन्छन्।
reference-labels-english = पेसा र सीपका नाम ESCO र ISCO-08 बाट लिइएका हुन् र अङ्ग्रेजीमा देखाइन्छन्।

nav-menu = मेनु
nav-my-home = मेरो पाना
nav-sign-up = दर्ता गर्नुहोस्

## कामदार: दर्ता र मेरो पाना
worker-only = यो पाना कामदारका लागि हो।
worker-home-title = मेरो पाना
worker-home-hello = नमस्ते, { $name }
worker-home-proposals = { $count ->
    [one] { $count } रोजगारी तपाईंको जवाफ पर्खिरहेको छ
   *[other] { $count } वटा रोजगारी तपाईंको जवाफ पर्खिरहेका छन्
}
worker-home-no-applications = तपाईंले अहिलेसम्म कुनै आवेदन दिनुभएको छैन।
worker-back-home = मेरो पानामा फर्कनुहोस्

sign-up-title = आफ्नो खाता बनाउनुहोस्
sign-up-intro = यो निःशुल्क छ। Corridor मार्फत रोजगारी खोज्न तपाईंले कहिल्यै कुनै शुल्क तिर्नुपर्दैन।
sign-up-account = तपाईंको खाता
sign-up-password = पासवर्ड छान्नुहोस्
sign-up-password-hint = कम्तीमा १० अक्षर। तपाईंले सम्झन सक्ने केही शब्द राख्नु सबैभन्दा राम्रो हो।
sign-up-submit = मेरो खाता बनाउनुहोस्
sign-up-have-account = पहिले नै खाता छ?
sign-up-welcome = तपाईंको खाता तयार भयो। अब आफ्नो कामबारे बताउनुहोस्, ताकि हामी तपाईंलाई मिल्ने रोजगारी देखाउन सकौँ।

## कामदार: प्रोफाइल
profile-title = मेरो प्रोफाइल
profile-given-name = नाम
profile-family-name = थर
profile-phone = फोन नम्बर
profile-phone-hint = देशको कोडसहित, जस्तै +९७७ ९८१२३४५६७८
profile-date-of-birth = जन्म मिति
profile-sex = लिङ्ग
profile-citizenship = नागरिकता
profile-second-citizenship = दोस्रो नागरिकता
profile-country-of-birth = जन्म देश
profile-country-of-residence = तपाईं बस्ने देश
profile-none = छैन
profile-step-about = तपाईंको बारेमा
profile-step-work = तपाईंको काम
profile-step-skills = तपाईंका सीप
profile-step-languages = भाषा
profile-step-education = शिक्षा
profile-step-availability = तपाईं कहिले काम गर्न सक्नुहुन्छ
profile-step-done = पूरा भयो
profile-step-todo = गर्न बाँकी
profile-step-of = { $of } मध्ये चरण { $number }
profile-saved = सेभ भयो।
profile-search-work = आफ्नो पेसा खोज्नुहोस्
profile-search-work-hint = तपाईं गर्ने काम अङ्ग्रेजी शब्दमा, रोमन अक्षरले लेख्नुहोस्, जस्तै वेल्डर (वेल्डिङ गर्ने कामदार), नर्स (परिचारिका) वा फ्रुट पिकर (फलफूल टिप्ने कामदार)
profile-search-skills = सीप खोज्नुहोस्
profile-search-skills-hint = सीप अङ्ग्रेजी शब्दमा, रोमन अक्षरले लेख्नुहोस्, जस्तै फोर्कलिफ्ट (सामान उठाउने गाडी) वा फुड सेफ्टी (खाद्य सुरक्षा)
profile-search-results = “{ $query }” का नतिजा
profile-search-none = केही भेटिएन। अर्को शब्द प्रयास गर्नुहोस्।
profile-your-occupations = तपाईंका पेसा
profile-years = अनुभवका वर्ष
profile-no-occupations = अहिलेसम्म कुनै पेसा छैन। माथि आफ्नो पेसा खोजेर थप्नुहोस्।
profile-your-skills = तपाईंका सीप
profile-no-skills = अहिलेसम्म कुनै सीप छैन। माथि आफ्ना सीप खोजेर थप्नुहोस्।
profile-languages-hint = तपाईं बोल्ने हरेक भाषा थप्नुहोस्। रोजगारदाताले तपाईंलाई तपाईंले राम्ररी पढ्न सक्ने भाषामा (B1 तह वा सोभन्दा माथि) करार दिनुपर्छ।
profile-language-n = भाषा { $n }
profile-language = भाषा
profile-level = तह
profile-add-language = अर्को भाषा थप्नुहोस्
profile-education = तपाईंले पूरा गरेको सबैभन्दा माथिल्लो शिक्षा
profile-qualification = डिप्लोमा, लाइसेन्स वा प्रमाणपत्र
profile-qualification-title = यसको नाम
profile-qualification-hint = जस्तै: नर्सिङ लाइसेन्स, वेल्डिङ प्रमाणपत्र
profile-qualification-country = यो दिने देश
profile-qualification-year = साल
profile-available-from = कहिलेदेखि उपलब्ध
profile-available-until = कहिलेसम्म उपलब्ध
profile-available-until-hint = अन्तिम मिति छैन भने खाली छोड्नुहोस्।
profile-preferred-destination = तपाईं सबैभन्दा धेरै काम गर्न चाहने देश

sex-female = महिला
sex-male = पुरुष
sex-other = अन्य लिङ्ग वा लैङ्गिक पहिचान
sex-not-stated = म भन्न चाहन्नँ

cefr-a1 = सुरुआती
cefr-a2 = आधारभूत
cefr-b1 = मध्यम: करार पढ्न सक्ने
cefr-b2 = माथिल्लो मध्यम
cefr-c1 = उच्च
cefr-c2 = धाराप्रवाह
cefr-native = मातृभाषा

isced-0 = विद्यालय शिक्षा पूरा नगरेको
isced-1 = प्राथमिक तह (कक्षा १–५)
isced-2 = निम्न माध्यमिक तह (कक्षा ६–८)
isced-3 = माध्यमिक तह (एसएलसी/एसईई वा +२)
isced-4 = माध्यमिकपछिको तालिम वा कोर्स (विश्वविद्यालय होइन)
isced-5 = छोटो अवधिको उच्च शिक्षा
isced-6 = स्नातक तह वा सो सरह
isced-7 = स्नातकोत्तर तह वा सो सरह
isced-8 = विद्यावारिधि (पीएचडी)

## कामदार: सहमति
consents-title = तपाईंका सहमति
consents-intro = Corridor ले तपाईंको प्रोफाइल के गर्ने भन्ने तपाईं आफैँ निर्णय गर्नुहुन्छ। हरेक रोजाइ जुनसुकै बेला बदल्न सक्नुहुन्छ, र हरेक परिवर्तन तल राखिन्छ।
consents-change = मेरा सहमति बदल्नुहोस्
consents-saved = तपाईंको रोजाइ सेभ भयो।
consents-history = तपाईंका रोजाइको इतिहास
consents-when = कहिले
consents-purpose = केका लागि
consents-change-col = परिवर्तन
consents-no-history = तपाईंले अहिलेसम्म कुनै रोजाइ गर्नुभएको छैन।
consent-given = दिइएको
consent-not-given = नदिइएको
consent-withdrawn = फिर्ता लिइएको
consent-give = सहमति दिनुहोस्
consent-withdraw = सहमति फिर्ता लिनुहोस्
consent-matching-title = मलाई रोजगारीसँग मिलाउनुहोस्
consent-matching-explained = Corridor ले तपाईंका पेसा, अनुभव, सीप र भाषालाई खुला रोजगारीसँग दाँज्छ, तपाईंलाई सबैभन्दा मिल्ने रोजगारी देखाउँछ, र अधिकारीहरूले चलाउने मिलान चक्रमा तपाईंलाई समावेश गर्न सक्छ। त्यसपछि रोजगारदाताले तपाईंको नाम होइन, एउटा नम्बर मात्र देख्छन्।
consent-sharing-with-employers-title = मेरो प्रोफाइल रोजगारदातासँग बाँड्नुहोस्
consent-sharing-with-employers-explained = तपाईंले कुनै रोजगारीका लागि आवेदन दिँदा, वा कसैले प्रस्ताव गरेको रोजगारी स्वीकार गर्दा, आवेदन चलिरहेसम्म रोजगारदाता र उसको इजाजतपत्रप्राप्त एजेन्सीले तपाईंको प्रोफाइल पढ्न सक्छन्। यो सहमति फिर्ता लिनुभयो भने उनीहरूले यो फेरि पढ्न सक्दैनन्।
consent-statistics-title = मलाई तथ्याङ्कमा गन्नुहोस्
consent-statistics-explained = विदेशमा काम गर्न तयार कामदारबारेको सार्वजनिक तथ्याङ्कमा तपाईंलाई गनिन्छ, तर तपाईंको नाम वा तपाईंलाई चिनाउने कुनै विवरण राखिँदैन। साना समूह कहिल्यै देखाइँदैनन्।
consent-contact-title = अधिकारीहरूले मलाई सम्पर्क गर्न सक्छन्
consent-contact-explained = तपाईंको देशका अधिकारीहरूले कार्यक्रमबारे तपाईंलाई फोन गर्न वा लेख्न सक्छन्, जस्तै नयाँ कार्यक्रम खुल्दा।

## कामदार: प्रस्ताव
proposals-title = मलाई प्रस्ताव गरिएका रोजगारी
proposals-intro = एजेन्सी, रोजगारदाता वा अधिकारीले तपाईंलाई कुनै रोजगारीका लागि प्रस्ताव गर्न सक्छन्। तपाईंले स्वीकार नगरेसम्म कसैले तपाईंको प्रोफाइल देख्दैन। अस्वीकार गर्नुभयो भने त्यो रोजगारीका लागि तपाईंलाई फेरि सोधिँदैन।
proposals-need-sharing = स्वीकार गर्न, पहिले आफ्नो प्रोफाइल रोजगारदातासँग बाँड्न सहमति दिनुपर्छ।
proposals-made-on = { $date } मा प्रस्ताव गरिएको
proposal-pending = तपाईंको जवाफ पर्खिँदै
proposal-accepted = स्वीकार गरिएको
proposal-declined = अस्वीकार गरिएको
proposals-accept = स्वीकार गरेर आवेदन दिनुहोस्
proposals-decline = अस्वीकार गर्नुहोस्
proposals-see-application = मेरो आवेदन हेर्नुहोस्
proposals-none = अहिलेसम्म कसैले तपाईंलाई कुनै रोजगारीका लागि प्रस्ताव गरेको छैन।

## कामदार: आवेदन
placement-withdraw = मेरो आवेदन फिर्ता लिनुहोस्
placement-withdraw-explained = प्रस्थान गर्नुअघि जुनसुकै बेला आवेदन फिर्ता लिन सक्नुहुन्छ। तपाईंले आवेदन फिर्ता लिनुभएको रोजगारदाताले देख्छ; किन भनेर भन्नुपर्दैन।
placement-contract = तपाईंको करार
placement-contract-language = करारको भाषा
placement-ledger = तिरिएका खर्च र शुल्क
placement-ledger-intro = तपाईंको भर्तीका लागि गरिएको हरेक भुक्तानी। कामदारले कहिल्यै भर्ती शुल्क तिर्दैनन्: तपाईंलाई तिर्न लगाइएको भए तल उजुरी गर्नुहोस्।
placement-ledger-none = कुनै भुक्तानी अभिलेख गरिएको छैन।
placement-paid-by = { $payer }ले { $payee }लाई तिरेको
placement-violation = रोजगारदाताले तिर्ने सिद्धान्तको उल्लङ्घन
placement-report = तपाईंलाई तिर्न लगाइएको भुक्तानीको उजुरी गर्नुहोस्
placement-report-explained = तपाईंको देशका अधिकारीहरूले हरेक उजुरी देख्छन्। रसिद नभए पनि तपाईं उजुरी गर्न सक्नुहुन्छ।
placement-report-amount = रकम
placement-report-currency = मुद्रा
placement-report-paid-to = कसलाई तिर्नुभयो
placement-report-category = केका लागि तिर्नुभयो
placement-report-date = तिरेको मिति
placement-report-note = के भयो (ऐच्छिक)
placement-report-submit = भुक्तानीको उजुरी गर्नुहोस्
placement-reported = तपाईंको उजुरी अभिलेख भयो। तपाईंको देशका अधिकारीहरूले यो देख्नेछन्।
cost-bribe = घूस
cost-kickback = कमिसन (किकब्याक)
cost-bond = धरौटी वा जमानत रकम
cost-collateral = धितो

## कामदार: कामको अभिलेख
work-record-title = मेरो कामको अभिलेख
work-record-intro = तपाईंले Corridor मार्फत पूरा गर्नुभएका करार। धेरै कार्यक्रममा फर्कने कामदारलाई पहिले फेरि काममा लिइन्छ।
work-record-job = रोजगारी
work-record-from = देखि
work-record-to = सम्म
work-record-none = अहिलेसम्म पूरा भएको कुनै करार छैन।
work-record-printed = { $date } मा Corridor बाट छापिएको।

## खाता
account-title = मेरो खाता
account-signed-in-as = तपाईं { $email } बाट साइन इन गर्नुहुन्छ।
account-done-password = तपाईंको पासवर्ड बदलियो। अरू सबै ठाउँबाट तपाईं साइन आउट हुनुभयो।
account-done-language = तपाईंको भाषा सेभ भयो।
account-password = आफ्नो पासवर्ड बदल्नुहोस्
account-current-password = अहिलेको पासवर्ड
account-new-password = नयाँ पासवर्ड
account-change-password = पासवर्ड बदल्नुहोस्
account-language = पानाहरूको भाषा
account-sign-out-everywhere = सबै ठाउँबाट साइन आउट गर्नुहोस्
account-sign-out-everywhere-explained = हरेक फोन वा कम्प्युटरमा खुला सबै सत्र र सबै API टोकन बन्द गर्छ। फोन हराएमा वा अरू कसैले तपाईंको पासवर्ड थाहा पाएको शङ्का लागेमा यो प्रयोग गर्नुहोस्।
account-your-data = तपाईंको विवरण
account-your-data-explained = Corridor सँग भएको तपाईंबारेको सबै विवरण डाउनलोड गर्नुहोस्: तपाईंको प्रोफाइल, सहमति, आवेदन र तिनका समयरेखा र भुक्तानी, र तपाईंलाई गरिएका प्रस्ताव।
account-download = मेरो विवरण डाउनलोड गर्नुहोस् (JSON)
account-close = मेरो खाता बन्द गर्नुहोस्
account-close-explained = तपाईं जुनसुकै बेला आफ्नो खाता बन्द गर्न सक्नुहुन्छ।
close-consequence-consents = हरेक सहमति फिर्ता लिइन्छ: कुनै रोजगारदाताले तपाईंको प्रोफाइल पढ्न सक्दैन, र तपाईंलाई अबदेखि रोजगारीसँग मिलाइँदैन वा तथ्याङ्कमा गनिँदैन।
close-consequence-applications = प्रस्थानसम्म नपुगेका आवेदन फिर्ता लिइन्छन्।
close-consequence-records = चलिरहेका वा पूरा भइसकेका करार दुवै देशको कानुनले माग गरेअनुसार अभिलेखमा रहिरहन्छन्।
close-consequence-sign-in = यो खाताबाट तपाईं फेरि साइन इन गर्न सक्नुहुन्न।
close-confirm = मैले बुझेँ, मेरो खाता बन्द गर्नुहोस्
close-confirm-required = आफ्नो खाता बन्द गर्न चाहनुहुन्छ भनी पुष्टि गर्न बाकसमा चिनो लगाउनुहोस्।

## नियम, फिल्डमा देखाइएअनुसार
rule-required = यो भर्नैपर्छ।
rule-invalid = यो मान्य छैन।
rule-too-short = पासवर्डमा कम्तीमा १० अक्षर हुनुपर्छ।
rule-too-long = यो धेरै लामो भयो।
rule-wrong-password = अहिलेको पासवर्ड मिलेन।
rule-duplicate = यो दुई पटक लेखिएको छ।
rule-unknown = यो अस्तित्वमा छैन।
rule-out-of-range = यो अङ्क अनुमति भएको सीमाभन्दा बाहिर छ।
rule-implausible = यो मिलेको देखिँदैन; जाँच्नुहोस्।
rule-under-age = कामदारको उमेर कम्तीमा १८ वर्ष हुनुपर्छ।
rule-before-start = अन्त्य सुरुभन्दा अघि हुन सक्दैन।
rule-negative = रकम शून्यभन्दा कम हुन सक्दैन।
rule-not-positive = रकम शून्यभन्दा बढी हुनुपर्छ।
rule-same-party = तिर्ने र पाउने फरक-फरक हुनुपर्छ।
rule-date-in-future = मिति भविष्यको हुन सक्दैन।
rule-before-previous-event = यो मिति अघिल्लो चरणको मितिभन्दा पहिले पर्छ।
rule-illegal-transition = यो चरण अहिलेको चरणपछि आउन सक्दैन।
rule-not-applicable = यो यहाँ लागू हुँदैन।
rule-consent-required = आवेदन दिन, आफ्नो प्रोफाइल रोजगारदातासँग बाँड्न सहमति दिनुपर्छ।
rule-worker-not-covered = यो कार्यक्रमले अर्को देशबाट भर्ती गर्छ।
rule-job-order-not-open = यो रोजगारीमा आवेदन खुला छैन।
rule-not-a-candidate = यो कामदारलाई यो रोजगारीका लागि प्रस्ताव गर्न सकिँदैन।
rule-positions-filled = यो माग पत्रका सबै पद भरिइसके।
rule-quota-reached = यो अवधिका लागि कार्यक्रमको कोटा पूरा भइसक्यो।
rule-wage-below-minimum = तलब कार्यक्रमको न्यूनतमभन्दा कम छ।
rule-wage-currency-mismatch = तलब कार्यक्रमकै मुद्रामा हुनुपर्छ।
rule-hours-below-guarantee = निश्चित गरिएका घण्टा कार्यक्रमको न्यूनतमभन्दा कम छन्।
rule-hours-above-maximum = घण्टा कार्यक्रमको अधिकतमभन्दा बढी छन्।
rule-below-guaranteed-hours = अधिकतम घण्टा निश्चित गरिएका घण्टाभन्दा कम हुन सक्दैन।
rule-housing-not-provided = कार्यक्रमअनुसार रोजगारदाताले बस्ने ठाउँ उपलब्ध गराउनुपर्छ।
rule-housing-cost-above-cap = बस्ने ठाउँका लागि कामदारसँग लिइने रकम कार्यक्रमको सीमाभन्दा बढी छ।
rule-housing-currency-mismatch = बस्ने ठाउँको रकम कार्यक्रमकै मुद्रामा हुनुपर्छ।
rule-medical-cover-insufficient = उपचार कार्यक्रमले माग गरेभन्दा कम छ।
rule-return-travel-not-paid = कार्यक्रमअनुसार घर फर्कने यात्राको खर्च रोजगारदाताले तिर्नुपर्छ।
rule-cost-charged-to-worker = भर्ती शुल्क र सम्बन्धित खर्च रोजगारदाताले तिर्छ, कामदारले कहिल्यै तिर्दैनन्।
rule-occupation-not-in-programme = यो पेसा कार्यक्रमभित्र पर्दैन।
rule-start-in-past = सुरु मिति बितिसक्यो।
rule-start-outside-programme = सुरु मिति कार्यक्रमको अवधिभन्दा बाहिर छ।
rule-stay-too-long = करार कार्यक्रमले दिने अवधिभन्दा लामो छ।
rule-employer-suspended = रोजगारदाता निलम्बित छ।
rule-employer-mismatch = रोजगारदाता मेल खाँदैन।
rule-employer-not-in-destination = रोजगारदाता कार्यक्रमको गन्तव्य देशमा छैन।
rule-agency-licence-not-active = एजेन्सीको इजाजतपत्र बहाल छैन।
rule-agency-licence-outside-corridor = एजेन्सीसँग कार्यक्रमका देशहरूमा इजाजतपत्र छैन।
rule-who-safeguard-active-recruitment = विश्व स्वास्थ्य संगठनको सुरक्षा उपाय सूचीमा परेका देशबाट सरकार-सरकारबीचको सम्झौताबाहेक स्वास्थ्यकर्मीलाई सक्रिय रूपमा भर्ती गर्न पाइँदैन।
rule-not-a-returning-worker = यो रोजगारदातासँग करार पूरा गरेका कामदारको मात्र नाम तोक्न सकिन्छ।
rule-contract-language-not-read = करार कामदारले राम्ररी पढ्न सक्ने भाषामा (B1 वा सोभन्दा माथि) हुनुपर्छ।
rule-contract-wage-below-job-order = करारको तलब माग पत्रको भन्दा कम छ।
rule-contract-wage-currency-mismatch = करारको तलब अर्कै मुद्रामा छ।
rule-contract-hours-below-job-order = करारले माग पत्रभन्दा कम घण्टा निश्चित गर्छ।
rule-contract-hours-above-job-order = करारले माग पत्रभन्दा बढी घण्टा काम गराउन दिन्छ।
rule-contract-housing-missing = माग पत्रले वाचा गरेको बस्ने ठाउँ करारमा छुटेको छ।
rule-contract-housing-cost-above-job-order = करारले बस्ने ठाउँका लागि माग पत्रभन्दा बढी रकम लिन्छ।
rule-contract-medical-below-job-order = करारले माग पत्रभन्दा कम उपचार दिन्छ।
rule-contract-return-travel-missing = रोजगारदाताले तिर्ने घर फर्कने यात्रा करारमा छुटेको छ।
rule-contract-duration-differs = करारको अवधि माग पत्रको भन्दा फरक छ।
rule-same-country = दुई देश फरक-फरक हुनुपर्छ।
rule-countries-fixed = कार्यक्रमका देशहरू बदल्न सकिँदैन।

## सूची
pagination = पानाहरू
pagination-previous = अघिल्लो पाना
pagination-next = अर्को पाना
pagination-page = { $pages } मध्ये पाना { $page }

## माग पत्र, व्यवस्थापन गर्नेहरूका लागि
job-orders-title = माग पत्रहरू
job-orders-post = माग पत्र प्रकाशित गर्नुहोस्
job-orders-by-status = अवस्थाअनुसार माग पत्र
job-orders-none = यहाँ कुनै माग पत्र छैन।
job-orders-managers-only = माग पत्र रोजगारदाता, तिनका एजेन्सी र अधिकारीहरूले व्यवस्थापन गर्छन्।
job-orders-back = माग पत्रहरूमा फर्कनुहोस्
job-status-pending_approval = स्वीकृतिको पर्खाइमा
job-status-open = खुला
job-status-closed = बन्द

job-form-intro = यहाँ लेख्नुभएको हरेक सर्त कामदारले आवेदन दिनुअघि उनीहरूलाई देखाइन्छ, र कार्यक्रमका न्यूनतम सर्तसँग जाँचिन्छ। कुनै कुराले नियम तोडेमा, सबै समस्या एकैचोटि सच्याउन सकियोस् भनेर हरेक समस्याको सूची देखाइन्छ।
job-form-submit = माग पत्र पेस गर्नुहोस्
job-form-the-job = रोजगारी
job-form-agency = यो माग पत्र हेर्ने इजाजतपत्रप्राप्त एजेन्सी
job-form-agency-hint = कार्यक्रमका देशहरूमा बहाल इजाजतपत्र भएका एजेन्सीले मात्र माग पत्र हेर्न सक्छन्।
job-form-no-agency = कुनै एजेन्सी छैन
job-form-find-occupation = पेसा
job-form-choose = छान्नुहोस्
job-form-choose-occupation = पेसा खोजेर छान्नुहोस्।
job-form-title = पदको नाम
job-form-title-hint = तपाईं यो कामलाई जे भन्नुहुन्छ। पेसाकै नाम राख्न खाली छोड्नुहोस्।
job-form-positions = पद सङ्ख्या
job-form-locality = सहर वा गाउँ
job-form-region = क्षेत्र, प्रदेश वा राज्य
job-form-duration = करारको अवधि (महिनामा)
job-form-pay = तलब र काम गर्ने समय
job-form-currency = मुद्रा
job-form-per = तलब तिरिने हिसाब
per-hour = प्रति घण्टा
per-week = प्रति हप्ता
per-month = प्रति महिना
per-year = प्रति वर्ष
job-form-guaranteed-hours = हरेक हप्ता निश्चित घण्टा
job-form-max-hours = हप्तामा बढीमा कति घण्टा
job-form-living = बस्ने ठाउँ, उपचार र घर फर्कने यात्रा
job-form-housing-yes = रोजगारदाताले बस्ने ठाउँ उपलब्ध गराउँछ
job-form-housing-no = बस्ने ठाउँ उपलब्ध गराइँदैन
job-form-housing-cost = बस्ने ठाउँका लागि कामदारले हरेक महिना तिर्ने रकम
job-form-housing-cost-hint = निःशुल्क भए खाली छोड्नुहोस्।
job-form-housing-description = बस्ने ठाउँबारे छोटकरीमा
job-form-return = घर फर्कने यात्रा
job-form-return-yes = रोजगारदाताले तिर्छ
job-form-return-no = रोजगारदाताले तिर्दैन
job-form-requirements = कामदारलाई के चाहिन्छ
job-form-experience = चाहिने अनुभव (वर्षमा)
job-form-languages = चाहिने भाषा
job-form-min-level = न्यूनतम तह
job-form-skills = चाहिने सीप
job-form-contract-languages = करार उपलब्ध हुने भाषा
job-form-contract-languages-hint = कामदारले करार राम्ररी पढ्न सक्नुपर्छ: मूल देशका भाषामा करार उपलब्ध गराउनुहोस्।
job-form-costs-hint = भर्तीको हरेक खर्च र त्यो कसले तिर्छ। भर्ती शुल्क र सम्बन्धित खर्च रोजगारदाताले तिर्छ, कामदारले कहिल्यै तिर्दैनन्।
job-form-cost-n = खर्च { $n }
job-form-cost-category = केका लागि हो
job-form-cost-paid-by = तिर्ने
job-form-add-cost = खर्च थप्नुहोस्
job-form-named = नाम तोकेर मागिएका फर्कने कामदार
job-form-named-hint = तपाईंसँग करार पूरा गरेका कामदारका कामदार नम्बर। यी सार्वजनिक रूपमा देखाइँदैनन्।
job-form-named-n = कामदार नम्बर { $n }
job-form-add-named = फर्कने कामदार थप्नुहोस्

job-posted-pending = माग पत्र पेस भयो। गन्तव्य देशका अधिकारीले यसलाई जाँचेर स्वीकृत गर्नुहुनेछ।
job-posted-open = माग पत्रमा आवेदन खुला छ।
job-done-approved = माग पत्र स्वीकृत भयो र आवेदनका लागि खुला छ।
job-done-sent_back = माग पत्र तपाईंको कारणसहित रोजगारदातालाई फिर्ता पठाइयो।
job-done-closed = माग पत्र बन्द भयो।
job-done-proposed = कामदारलाई सोधियो। उनले स्वीकार नगरेसम्म उनको प्रोफाइल गोप्य रहन्छ।
job-see-public = कामदारले देख्ने पाना हेर्नुहोस्
job-approval = स्वीकृति
job-approval-problems = आज कार्यक्रमसँग जाँच्दा, यो माग पत्रले यी नियम तोड्छ:
job-approval-ok = आज कार्यक्रमसँग जाँच्दा, यो माग पत्रले सबै नियम पूरा गर्छ।
job-approve = स्वीकृत गरेर खोल्नुहोस्
job-send-back-reason = फिर्ता पठाउनुको कारण
job-send-back = रोजगारदातालाई फिर्ता पठाउनुहोस्
job-candidates = आवेदनहरू
job-candidate = कामदार { NUMBER($worker, useGrouping: "false") }
job-no-candidates = अहिलेसम्म कसैले आवेदन दिएको छैन।
job-shortlist = सबैभन्दा उपयुक्त उम्मेदवार
job-shortlist-intro = मिलानका लागि दर्ता भएका कामदार, कति मिल्छन् भन्ने आधारमा क्रम मिलाइएको। नाम गोप्य रहन्छ; कामदारलाई प्रस्ताव गर्नुहोस्, आवेदन दिने कि नदिने उनी आफैँ निर्णय गर्छन्।
job-score = अङ्क { $score }
job-details-withheld = यो कामदारले आफ्नो प्रोफाइल रोजगारदातासँग बाँड्दैनन्; कारणहरू लुकाइएका छन्। तैपनि तपाईं उनलाई प्रस्ताव गर्न सक्नुहुन्छ।
job-propose = यो कामदारलाई प्रस्ताव गर्नुहोस्
job-already-proposed = पहिले नै सोधिएको वा आवेदन दिइसकेको।
job-close = यो माग पत्र बन्द गर्नुहोस्
job-close-explained = अब कसैले आवेदन दिन सक्दैन। दिइसकेका आवेदन कायमै रहन्छन् र अगाडि बढ्छन्।
job-close-confirm = मैले बुझेँ, बन्द गर्नुहोस्
job-close-confirm-required = माग पत्र बन्द गर्न चाहनुहुन्छ भनी पुष्टि गर्न बाकसमा चिनो लगाउनुहोस्।

## नियुक्ति, व्यवस्थापन गर्नेहरूका लागि
placement-moved = अभिलेख गरियो: { $status }।
placement-worker = कामदार
placement-next-steps = अबका चरण
placement-record = अभिलेख गर्नुहोस्: { $status }
placement-end-reason = किन चाँडै अन्त्य भयो
placement-steps-dated-today = हरेक चरणमा आजको मिति ({ $date }) राखिन्छ।
placement-record-payment = भुक्तानी अभिलेख गर्नुहोस्
placement-payer = तिर्ने
placement-payment-note = रसिद नम्बर वा टिप्पणी (ऐच्छिक)
end-employer_breach = रोजगारदाताले करार तोड्यो
end-worker_choice = कामदारले छोड्ने निर्णय गरे
end-changed_employer = कामदारले रोजगारदाता फेरे
end-health_or_injury = बिरामी वा चोटपटक
end-work_ended = काम सकियो
end-other = अन्य कारण

## ड्यासबोर्ड
dashboard-open-job-orders = खुला माग पत्र
dashboard-pending-job-orders = स्वीकृतिको पर्खाइमा रहेका माग पत्र
dashboard-closed-job-orders = बन्द माग पत्र
dashboard-agency = मेरो एजेन्सी र यसको इजाजतपत्र
dashboard-pending-approval = स्वीकृत गर्न बाँकी माग पत्र
dashboard-placements = नियुक्ति: भिसा, प्रस्थान, आगमन, फिर्ती
dashboard-match-rounds = मिलान चक्रहरू
dashboard-register-worker = कामदार दर्ता गर्नुहोस्
dashboard-agencies = भर्ती एजेन्सी (म्यानपावर) र तिनका इजाजतपत्र
dashboard-employers = रोजगारदाता
dashboard-audit-log = लेखापरीक्षण अभिलेख
dashboard-users = प्रयोगकर्ता
dashboard-statistics = तथ्याङ्क
placements-list-title = नियुक्तिहरू
placements-any-status = जुनसुकै अवस्था
placements-filter = देखाउनुहोस्
placements-count = { $count ->
    [one] { $count } नियुक्ति
   *[other] { $count } वटा नियुक्ति
}
placements-none-here = यहाँ कुनै नियुक्ति छैन।

## तलब, रकम पृष्ठको अङ्क ढाँचामा
wage-per-hour = प्रति घण्टा { $amount }
wage-per-week = प्रति हप्ता { $amount }
wage-per-month = प्रति महिना { $amount }
wage-per-year = प्रति वर्ष { $amount }
