# Corridor का पानाहरू, नेपाली।
# यो मेसिनले गरेको अनुवाद हो; नेपाली मातृभाषीले जाँच्नुपर्छ (TRANSLATIONS.md हेर्नुहोस्)।
# वैदेशिक रोजगारका शब्द: "माग पत्र" (job order), "भर्ती शुल्क" (recruitment fee),
# "रोजगारदाताले तिर्ने सिद्धान्त" (Employer Pays Principle); ISCO-08 का तह:
# मुख्य समूह, उप-मुख्य समूह, सानो समूह, एकाइ समूह। अङ्कहरू देवनागरीमा (CLDR
# अनुसार ne को पूर्वनिर्धारित अङ्क प्रणाली)।
app-name = Corridor
app-tagline = विदेशमा कानुनी रोजगारी, हरेक सर्त लिखित रूपमा, कामदारले कुनै शुल्क तिर्नु पर्दैन।
nav-jobs = रोजगारी
nav-my-placements = मेरा आवेदनहरू
nav-dashboard = ड्यासबोर्ड
nav-sign-in = साइन इन
nav-sign-out = साइन आउट
nav-language = भाषा
signed-in-as = { $name } ({ $role }) को रूपमा साइन इन गरिएको

home-title = विदेशमा सुरक्षित र निष्पक्ष रूपमा काम गर्नुहोस्
home-intro = Corridor ले देशहरूबीचको सम्झौताअन्तर्गत प्रस्ताव गरिएका रोजगारीहरू देखाउँछ। हरेक रोजगारीमा तलब, काम गर्ने समय, बस्ने ठाउँ, उपचार र घर फर्कने यात्रा — र भर्तीको हरेक खर्च कसले तिर्छ भन्ने देखाइन्छ। कामदारले कहिल्यै भर्ती शुल्क तिर्दैनन्।
home-browse = खुला रोजगारी हेर्नुहोस्
home-check-agency = भर्ती एजेन्सी (म्यानपावर) जाँच्नुहोस्
home-api = API कागजात (OpenAPI)

sign-in-title = साइन इन
sign-in-email = इमेल
sign-in-password = पासवर्ड
sign-in-submit = साइन इन गर्नुहोस्
sign-in-failed = इमेल वा पासवर्ड मिलेन।

jobs-title = खुला रोजगारी
jobs-for-you = तपाईं सहभागी हुन सक्ने कार्यक्रमका खुला रोजगारी
jobs-count = { $count ->
    [one] { $count } माग पत्र
   *[other] { $count } वटा माग पत्र
}
jobs-recommended = तपाईंका लागि सिफारिस
jobs-recommended-note = तपाईंको पेसा, अनुभव, सीप र भाषा कति मिल्छ, र तपाईंले यो कार्यक्रममा पहिले काम गर्नुभएको छ कि छैन भन्ने आधारमा क्रम मिलाइएको। हरेक कारण देखाइएको छ।
jobs-none = अहिले तपाईंका लागि कुनै खुला रोजगारी छैन।
jobs-positions = { $count ->
    [one] { $count } पद
   *[other] { $count } वटा पद
}
jobs-starts = { $date } देखि सुरु, { $months } महिनाका लागि
jobs-see = सबै सर्तहरू हेर्नुहोस्

job-title = माग पत्र { NUMBER($id, useGrouping: "false") }
job-programme = कार्यक्रम
job-corridor = { $origin } बाट { $destination } सम्म
job-employer = रोजगारदाता
job-location = कामको ठाउँ
job-occupation = पेसा
job-start = सुरु मिति
job-duration = करारको अवधि
job-months = { $months } महिना
job-wage = तलब
job-wage-minimum = कार्यक्रमको न्यूनतम तलब { $minimum } हो।
job-hours = काम गर्ने समय
job-hours-text = हप्तामा { $guaranteed } घण्टा निश्चित, बढीमा { $max } घण्टा
job-housing = बस्ने ठाउँ
job-housing-provided-free = रोजगारदाताले निःशुल्क उपलब्ध गराउँछ।
job-housing-provided-cost = रोजगारदाताले उपलब्ध गराउँछ; तपाईंले महिनाको { $cost } तिर्नुहुन्छ।
job-housing-not-provided = उपलब्ध छैन।
job-medical = उपचार
medical-none = उपलब्ध छैन
medical-insurance = रोजगारदाताले तिर्ने स्वास्थ्य बीमा
medical-care = रोजगारदाताले उपलब्ध गराउने उपचार
medical-care_and_insurance = रोजगारदाताले उपलब्ध गराउने उपचार र स्वास्थ्य बीमा
job-return = घर फर्कने यात्रा
job-return-paid = रोजगारदाताले तिर्छ।
job-return-not-paid = रोजगारदाताले तिर्दैन।
job-rehire = फेरि काममा लिने
job-rehire-yes = करार पूरा गर्ने कामदारलाई पहिले फेरि काममा लिइन्छ।
job-rehire-no = फेरि काममा लिन कुनै प्राथमिकता छैन।
job-social-security = पेन्सन र सामाजिक सुरक्षा
job-pathway = स्थायी बसोबास
job-pathway-yes = यो कार्यक्रमबाट स्थायी बसोबास पाउन सकिन्छ।
job-pathway-no = यो कार्यक्रमबाट स्थायी बसोबास पाइँदैन।
job-languages = चाहिने भाषा
job-language-level = { $language } { $level } वा सोभन्दा माथिको तह
job-experience = चाहिने अनुभव
job-experience-months = { $months } महिना
job-skills = चाहिने सीप
job-skills-optional = काम लाग्ने सीप
job-contract-languages = करार उपलब्ध हुने भाषा
job-costs = भर्तीका खर्च कसले तिर्छ
job-costs-note = रोजगारदाताले तिर्ने सिद्धान्तअनुसार कामदारले यीमध्ये कुनै पनि खर्च तिर्दैनन्। कसैले तपाईंसँग पैसा मागे उजुरी गर्नुहोस्।
job-cost-category = खर्च
job-cost-amount = रकम
job-cost-paid-by = तिर्ने
job-cost-undeclared = रोजगारदाता (रोजगारदाताले तिर्ने सिद्धान्त)
job-apply = यो रोजगारीका लागि आवेदन दिनुहोस्
job-applied = तपाईंले यो रोजगारीका लागि आवेदन दिनुभएको छ।
job-sign-in-to-apply = आवेदन दिन कामदारको रूपमा साइन इन गर्नुहोस्।
job-g2g = सरकार-सरकारबीचको सम्झौता (G2G)

cost-recruitment_service = भर्ती सेवा शुल्क
cost-medical = स्वास्थ्य परीक्षण
cost-insurance = बीमा
cost-skills_tests = सीप र भाषा परीक्षा
cost-training_orientation = तालिम र प्रस्थानपूर्व अभिमुखीकरण
cost-equipment = औजार र सामग्री
cost-travel_lodging = यात्रा र बास
cost-visa_administrative = भिसा र प्रशासनिक खर्च

party-worker = कामदार
party-employer = रोजगारदाता
party-agency = भर्ती एजेन्सी
party-government = सरकार
party-third_party = अरू कोही

placements-title = मेरा आवेदनहरू
placements-none = तपाईंले अहिलेसम्म कुनै रोजगारीका लागि आवेदन दिनुभएको छैन।
placement-title = आवेदन { NUMBER($id, useGrouping: "false") }
placement-status = अवस्था
placement-timeline = समयरेखा
placement-job = रोजगारी

status-applied = आवेदन दिइएको
status-shortlisted = छोटो सूचीमा परेको
status-selected = छानिएको
status-contract_signed = करारमा हस्ताक्षर भएको
status-orientation_done = प्रस्थानपूर्व अभिमुखीकरण पूरा
status-visa_issued = भिसा जारी भएको
status-departed = प्रस्थान गरेको
status-arrived = पुगेको
status-employed = काम गर्दै
status-completed = करार पूरा
status-returned = घर फर्केको
status-withdrawn = फिर्ता लिइएको
status-rejected = नछानिएको
status-ended_early = चाँडै अन्त्य भएको

dashboard-title = ड्यासबोर्ड
dashboard-programmes = कार्यक्रमहरू
dashboard-job-orders = माग पत्रहरू
dashboard-violations = उजुरी परेका शुल्क उल्लङ्घन
dashboard-researcher = अनुसन्धानकर्ताले जम्मा गरिएका, सुरक्षित तथ्याङ्क मात्र देख्छन्; कुनै व्यक्तिगत विवरण देख्दैनन्।

error-title = केही मिलेन
error-not-found = यो पाना छैन।
error-forbidden = तपाईंलाई यो पाना हेर्ने अनुमति छैन।
error-back = सुरुमा फर्कनुहोस्

footer-data = पेसा र सीप: ESCO (© युरोपेली संघ, CC BY 4.0)। स्वास्थ्यकर्मी सुरक्षा उपाय: विश्व स्वास्थ्य संगठन (२०२३)।

# तथ्याङ्क (प्रमाणको आधार)
home-stats = तथ्याङ्क: विदेशमा रहेका आप्रवासी कामदार, आवागमन, कामदारको कमी, शुल्क
dashboard-stats = तथ्याङ्क खोल्नुहोस्: सुरक्षित तालिका र चार्ट, CSV, JSON र SDMX मा डाउनलोड
stats-title = तथ्याङ्क
stats-intro = Corridor का आफ्नै अभिलेख — रोजगारी नियुक्ति, माग पत्र, दर्ता भएका कामदार र शुल्कको खाता — बाट निकालिएका अङ्क। हरेक अङ्कको छेउमा स्रोत, परिभाषा, विधि र अनिश्चितता देखाइन्छ। कुनै व्यक्तिगत विवरण कहिल्यै देखाइँदैन: { $min } जनाभन्दा कम मानिसमा आधारित अङ्क लुकाइन्छ, साथै जोडबाट निकाल्न नसकियोस् भनेर अरू पर्याप्त अङ्क पनि लुकाइन्छन्।
stats-all-figures = सबै अङ्क
stats-api = हरेक तालिका API (/api/v1/stats) बाट पनि JSON, CSV र SDMX-CSV मा पाइन्छ।
stats-source = स्रोत
stats-reference = सन्दर्भ
stats-reference-date = { $date } मा
stats-reference-period = { $from } देखि { $to } सम्म
stats-definition = परिभाषा
stats-method = विधि
stats-unit = एकाइ
stats-uncertainty = अनिश्चितता
stats-disclosure = गोपनीयता नियन्त्रण
stats-disclosure-text = { $min } जनाभन्दा कम मानिसमा आधारित कोठाहरू लुकाइन्छन्: यहाँ { $primary }, र जोडबाट कुनै पनि निकाल्न नसकियोस् भनेर थप { $secondary }।
stats-not-additive = यी कोठाहरू जोड्दा कुल जोड आउँदैन: हरेक कुल जोड सिधै गणना गरिन्छ।
stats-uncertainty-complete = प्रशासनिक अभिलेखको पूर्ण गणना: नमुना त्रुटि छैन। अभिलेख गर्दाका त्रुटि र ढिलो प्रविष्टिको मात्रा निकालिएको छैन।
stats-uncertainty-replicates = रेप्लिकेट तौलबाट निकालिएका मानक त्रुटि; ± भनेको ९०% त्रुटि सीमा हो; ३०% भन्दा बढी CV लाई भरपर्दो नभएको भनी चिनो लगाइन्छ।
stats-uncertainty-none = यो स्रोतका लागि मानक त्रुटि निकाल्न सकिँदैन।
stats-download = डाउनलोड
stats-withheld = लुकाइएको
stats-withheld-primary = लुकाइएको: { $min } जनाभन्दा कम मानिस
stats-withheld-secondary = अर्को कोठा जोगाउन लुकाइएको
stats-not-defined = परिभाषित छैन (कुनै घटना छैन)
stats-unreliable = भरपर्दो छैन (CV ३०% भन्दा बढी)
stats-total = जम्मा
stats-unknown = थाहा छैन
stats-value = मान
stats-status = अवस्था
stats-chart = चार्ट
stats-show = देखाउनुहोस्
stats-cross = यसअनुसार छुट्याउनुहोस्
stats-date = मिति
stats-from = देखि
stats-to = सम्म
stats-period = अवधि
stats-period-hint = एउटा वर्ष (2025), त्रैमास (2025-Q1) वा महिना (2025-03)
stats-date-hint = महिनाको अन्तिम दिन
stats-busy = तथ्याङ्क सेवा अरू तालिकाहरू गणना गर्न व्यस्त छ। पहिले नै गणना भएका तालिकाहरू तुरुन्तै देखिन्छन्; केही सेकेन्डपछि फेरि प्रयास गर्नुहोस्।
stats-too-many = तपाईंले छोटो समयमा धेरै नयाँ तालिकाहरू माग्नुभयो। एकछिन पर्खेर फेरि प्रयास गर्नुहोस्।
stats-calendar-periods = पात्रो अनुसारका महिना, त्रैमास र वर्षका लागि मात्र प्रकाशित, प्रत्येक पूरा वर्षको एउटै सुरक्षित तालिकाबाट निकालिएको, ताकि कुनै दुई प्रकाशित तालिका घटाएर सानो समूह पत्ता लगाउन नसकियोस्।
stats-bad-request = यो तालिका बनाउन सकिँदैन: { $reason }
stats-more = विवरण, अरू छुट्याइ र डाउनलोड
stats-unit-PS = जना
stats-unit-POS = पद
stats-unit-PT = हिस्सा (प्रतिशत)
stats-unit-DAYS = दिन
stats-unit-NUM = भुक्तानी
stats-unit-MINOR_UNITS = मुद्राको सानो एकाइ (पैसा/सेन्ट)

stats-dim-corridor = आप्रवासन मार्ग
stats-dim-origin = मूल देश
stats-dim-destination = गन्तव्य देश
stats-dim-programme = कार्यक्रम
stats-dim-isco1 = पेसा (ISCO-08 मुख्य समूह)
stats-dim-isco2 = पेसा (ISCO-08 उप-मुख्य समूह)
stats-dim-sex = लिङ्ग
stats-dim-age = उमेर समूह
stats-dim-month = महिना
stats-dim-quarter = त्रैमास
stats-dim-year = वर्ष
stats-dim-end_reason = चाँडै अन्त्य हुनुको कारण
stats-dim-currency = मुद्रा
stats-dim-fee_category = शुल्कको प्रकार (ILO २०१९)
stats-dim-payer = कसले तिर्‍यो
stats-dim-un_duration = बसाइको अवधि (संयुक्त राष्ट्रसंघ १९९८)
stats-dim-country_of_birth = जन्म देश
stats-dim-geography = क्षेत्र

stats-code-F = महिला
stats-code-M = पुरुष
stats-code-O = अन्य
stats-code-EMPLOYER_BREACH = रोजगारदाताले करार तोड्यो
stats-code-WORKER_CHOICE = कामदारको आफ्नै रोजाइ
stats-code-CHANGED_EMPLOYER = रोजगारदाता फेरियो
stats-code-HEALTH = बिरामी वा चोटपटक
stats-code-WORK_ENDED = काम सकियो
stats-code-OTHER = अन्य कारण
stats-code-WORKER = कामदार
stats-code-EMPLOYER = रोजगारदाता
stats-code-AGENCY = भर्ती एजेन्सी
stats-code-GOVERNMENT = सरकार
stats-code-THIRD_PARTY = अरू कोही
stats-code-RECRUITMENT_SERVICE = भर्ती सेवा शुल्क
stats-code-MEDICAL = उपचार खर्च
stats-code-INSURANCE = बीमा
stats-code-SKILLS_TESTS = सीप परीक्षा
stats-code-TRAINING_ORIENTATION = तालिम र अभिमुखीकरण
stats-code-EQUIPMENT = औजार र सामग्री
stats-code-TRAVEL_LODGING = यात्रा र बास
stats-code-VISA_ADMINISTRATIVE = भिसा र प्रशासनिक खर्च
stats-code-BRIBE = घूस
stats-code-KICKBACK = कमिसन (किकब्याक)
stats-code-BOND = धरौटी वा जमानत रकम
stats-code-COLLATERAL = धितो
stats-code-LONG_TERM = दीर्घकालीन (१२ महिना वा बढी)
stats-code-SHORT_TERM = अल्पकालीन (३ देखि १२ महिना)
stats-code-UNDER_3M = ३ महिनाभन्दा कम

stats-fig-stock-abroad-title = विदेशमा रहेका कामदार
stats-fig-stock-abroad-definition = Corridor का कार्यक्रमबाट विदेशमा काममा खटिएका, प्रस्थान गरिसकेका र सन्दर्भ मितिसम्म न घर फर्केका न रोजगारी चाँडै अन्त्य भएका कामदार। योजना गरिएको करारअनुसार १२ महिना वा बढीको बसाइ दीर्घकालीन, ३ देखि १२ महिनाको अल्पकालीन हो (संयुक्त राष्ट्रसंघ १९९८)।
stats-fig-stock-abroad-method = मिति वा सोभन्दा अघि प्रस्थान भएका र त्यतिबेलासम्म फिर्ती वा चाँडै अन्त्य नभएका नियुक्तिको गणना; अवधिअनुसार, हरेक अवधिको अन्तिम दिनमा।
stats-fig-departures-title = प्रस्थान
stats-fig-departures-definition = Corridor कार्यक्रमको रोजगारीका लागि आफ्नो मूल देश छोड्ने कामदार (प्रवाह)।
stats-fig-departures-method = अवधिभित्र मिति परेका प्रस्थान घटनाको गणना।
stats-fig-returns-title = फिर्ती
stats-fig-returns-definition = नियुक्तिपछि आफ्नो मूल देश फर्कने कामदार (प्रवाह)।
stats-fig-returns-method = अवधिभित्र मिति परेका फिर्ती घटनाको गणना।
stats-fig-early-endings-title = चाँडै अन्त्य भएको रोजगारी
stats-fig-early-endings-definition = करार सकिनुअघि नै रोजगारी अन्त्य भएका नियुक्ति, अभिलेख गरिएको कारणअनुसार।
stats-fig-early-endings-method = अवधिभित्र मिति परेका चाँडै अन्त्य घटनाको गणना।
stats-fig-demand-title = माग: खुला माग पत्रका पदहरू
stats-fig-demand-definition = मिति वा सोभन्दा अघि प्रकाशित र अझै बन्द नभएका स्वीकृत माग पत्रका पदहरू। Corridor ले माग पत्र बन्द भएको दिन अभिलेख गर्दैन: बन्द भएको माग पत्र यसको कामको पहिलो दिनसम्म गनिन्छ।
stats-fig-demand-method = मितिमा खुला माग पत्रका पदहरूको जोड।
stats-fig-supply-title = आपूर्ति: उपलब्ध योग्य कामदार
stats-fig-supply-definition = मितिमा उपलब्ध र कुनै कार्यक्रममा सहभागी हुन सक्ने दर्ता भएका कामदार (त्यसको मूल देशको नागरिकता वा बसोबास र त्यसले समेट्ने पेसा)। तथ्याङ्कमा गनिन सहमति दिएका कामदार मात्र गनिन्छन्।
stats-fig-supply-method = फरक-फरक कामदार; धेरै कार्यक्रम वा पेसाका लागि योग्य कामदार हरेकमा एक पटक र हरेक जोडमा एक पटक गनिन्छ।
stats-fig-gap-title = खाडल: माग घटाउ आपूर्ति
stats-fig-gap-definition = खुला माग पत्रका पदहरूबाट उपलब्ध योग्य कामदार घटाएर; धनात्मक भए योग्य कामदारभन्दा पद धेरै छन्।
stats-fig-gap-method = मितिमा माग घटाउ आपूर्ति, कोठा-कोठामा।
stats-fig-fill-rate-title = माग पत्र पूर्ति दर
stats-fig-fill-rate-definition = अवधिमा प्रकाशित माग पत्रका लागि, प्रति पद प्रस्थान गरेका कामदार।
stats-fig-fill-rate-method = अवधिमा प्रकाशित माग पत्रका प्रस्थान भएका नियुक्तिलाई पदले भाग गरेर, तालिका बनाउँदाको अभिलेखअनुसार।
stats-fig-days-to-departure-median-title = माग पत्रदेखि प्रस्थानसम्मका दिन (मध्यिका)
stats-fig-days-to-departure-median-definition = अवधिभित्रका प्रस्थानका लागि, माग पत्र प्रकाशित भएदेखि कामदार प्रस्थान गरेसम्मका दिन।
stats-fig-days-to-departure-median-method = रेखीय अन्तर्वेशन (प्रकार ७) बाट मध्यिका।
stats-fig-days-to-departure-p90-title = माग पत्रदेखि प्रस्थानसम्मका दिन (९० औँ प्रतिशतक)
stats-fig-days-to-departure-p90-definition = अवधिभित्रका प्रस्थानका लागि, माग पत्र प्रकाशित भएदेखि कामदार प्रस्थान गरेसम्मका दिन।
stats-fig-days-to-departure-p90-method = रेखीय अन्तर्वेशन (प्रकार ७) बाट ९० औँ प्रतिशतक: दसमध्ये नौ प्रस्थानमा बढीमा यति समय लाग्यो।
stats-fig-fee-violations-title = शुल्क उल्लङ्घन
stats-fig-fee-violations-definition = निष्पक्ष भर्तीका नियम तोड्ने शुल्क खाताका भुक्तानी: कामदारले भर्ती शुल्क वा सम्बन्धित खर्च तिरेको, वा कुनै पनि घूस, कमिसन, धरौटी वा धितो (ILO को २०१९ को परिभाषा)।
stats-fig-fee-violations-method = अवधिभित्र मिति परेका उल्लङ्घन भुक्तानीको गणना।
stats-fig-fee-violation-amount-paid-by-workers-title = कामदारलाई तिराइएको शुल्क
stats-fig-fee-violation-amount-paid-by-workers-definition = कामदारले गरेका उल्लङ्घन भुक्तानी (ILO को २०१९ को परिभाषा), मुद्राअनुसार।
stats-fig-fee-violation-amount-paid-by-workers-method = अवधिभित्र मिति परेका कामदारका उल्लङ्घन भुक्तानीको सानो एकाइ (पैसा/सेन्ट) मा जोड; मुद्राहरू कहिल्यै साटिँदैनन् वा जोडिँदैनन्।
stats-fig-return-rate-title = फिर्ती दर
stats-fig-return-rate-definition = अवधिमा रोजगारी अन्त्य भएका नियुक्तिमध्ये (पूरा भएका वा चाँडै अन्त्य भएका), घर फर्केको अभिलेख भएकाको हिस्सा।
stats-fig-return-rate-method = फिर्ती घटना भएका अन्त्य भएका नियुक्तिलाई सबै अन्त्य भएका नियुक्तिले भाग गरेर।
stats-fig-rehire-rate-title = फेरि काममा लिने दर
stats-fig-rehire-rate-definition = अवधिका प्रस्थानमध्ये, पहिले नै एउटा नियुक्ति पूरा गरिसकेका कामदारको हिस्सा: प्रमाणित कामको अभिलेखले काम गरेको।
stats-fig-rehire-rate-method = पहिले पूरा भएको नियुक्ति भएका कामदारका प्रस्थानलाई अवधिका सबै प्रस्थानले भाग गरेर।

# माग पत्र किन सिफारिस गरियो: अङ्कको हरेक भागका लागि एक लाइन
# (ISCO-08 का तह: मुख्य समूह, उप-मुख्य समूह, सानो समूह, एकाइ समूह)।
why-same-occupation = उही पेसा: { $occupation }
why-same-unit-group = उही एकाइ समूह { $group }
why-same-minor-group = उही सानो समूह { $group }
why-same-sub-major-group = उही उप-मुख्य समूह { $group }
why-same-major-group = उही मुख्य समूह { $group }
why-unrelated = कुनै सम्बन्धित पेसा छैन
why-required-skills = { $of } आवश्यक सीपमध्ये { $held }
why-optional-skills = { $of } ऐच्छिक सीपमध्ये { $held }
why-language = { $language } { $has }, चाहिने { $needs }
why-experience = पेसा समूहमा { $years ->
    [0] { $months ->
        [one] १ महिना
       *[other] { $months } महिना
    }
    [one] { $months ->
        [0] १ वर्ष
        [one] १ वर्ष १ महिना
       *[other] १ वर्ष { $months } महिना
    }
   *[other] { $months ->
        [0] { $years } वर्ष
        [one] { $years } वर्ष १ महिना
       *[other] { $years } वर्ष { $months } महिना
    }
}को अनुभव
why-available-whole = पूरै करार अवधिभर उपलब्ध
why-available-part = करारका { $days } दिनमध्ये { $covered } दिन उपलब्ध
why-returning = फर्कने कामदार: प्राथमिकता
why-returning-same-employer = फर्कने कामदार: प्राथमिकता, उही रोजगारदाता
why-named = रोजगारदाताले नाम तोकेर मागेको
why-preference = यो कार्यक्रम वा गन्तव्य रोजेको ({ $destination })
