# मूल देश र गन्तव्य देशका अधिकारी (र प्रशासक) का पानाहरू, नेपाली:
# कार्यक्रम, मिलान चक्र, शुल्क उल्लङ्घन, लेखापरीक्षण अभिलेख, र रोजगार सेवा
# केन्द्रमा कामदार दर्ता। साझा शब्दहरू (form-*, rule-*, status-*, consent-*,
# job-*) corridor.ftl र pages.ftl बाट आउँछन्।
# यो मेसिनले गरेको अनुवाद हो; नेपाली मातृभाषीले जाँच्नुपर्छ (TRANSLATIONS.md हेर्नुहोस्)।
# शब्दहरू: "माग पत्र" (job order), "नियुक्ति" (placement), "मिलान चक्र" (match round),
# "कोटा" (quota), "रोजगारदाताले तिर्ने सिद्धान्त" (Employer Pays Principle)। अङ्कहरू देवनागरीमा।

## सूची
pager-label = पानाहरू
pager-page-of = { $pages } मध्ये पाना { $page }
pager-previous = अघिल्लो पाना
pager-next = अर्को पाना
official-filter = छान्नुहोस्
official-filter-apply = देखाउनुहोस्
official-filter-clear = छनोट हटाउनुहोस्

## अधिकारीका पानाहरूमा साझा शब्द
official-sex-female = महिला
official-sex-male = पुरुष
official-sex-other = अन्य लिङ्ग
official-sex-not_stated = लिङ्ग नखुलाइएको
official-person-not-stated = नखुलाइएको
official-country-of-residence = बसोबासको देश
official-worker-id = कामदार { $id }
official-job-starts = { $date } देखि सुरु
official-job-status-pending_approval = स्वीकृतिको पर्खाइमा
official-job-status-open = खुला
official-job-status-closed = बन्द
official-isco-invalid = ISCO-08 समूहको कोड लेख्नुहोस्, जस्तै ६११ वा ९२११
official-currency-choose = कार्यक्रमको मुद्रा छान्नुहोस्
official-hours-invalid = हप्ताका घण्टा ० देखि १६८ सम्मको अङ्कमा लेख्नुहोस्
official-months-invalid = महिनाको सङ्ख्या पूर्णाङ्कमा लेख्नुहोस्
official-percent-invalid = ० देखि १०० सम्मको प्रतिशत लेख्नुहोस्
official-positions-invalid = पद सङ्ख्या पूर्णाङ्कमा लेख्नुहोस्
official-per-hour = प्रति घण्टा
official-per-week = प्रति हप्ता
official-per-month = प्रति महिना
official-per-year = प्रति वर्ष

programme-kind-seasonal = मौसमी काम
programme-kind-temporary = अस्थायी काम
programme-kind-long_term = दीर्घकालीन काम (१२ महिना वा बढी)
programme-kind-diaspora_temporary_return = प्रवासी पेसाकर्मीको अस्थायी स्वदेश फिर्ती

## कार्यक्रम
official-programmes-title = कार्यक्रमहरू
official-programmes-intro = तपाईंको देश सहभागी भएका कार्यक्रमहरू। कार्यक्रमका दुवैमध्ये जुनसुकै देशका अधिकारीले यसका सर्त बदल्न सक्छन्; यसअन्तर्गतको हरेक माग पत्र यी सर्तसँग जाँचिन्छ।
official-programmes-count = { $count ->
    [one] { $count } कार्यक्रम
   *[other] { $count } वटा कार्यक्रम
}
official-programmes-none = तपाईंको देशका लागि अहिलेसम्म कुनै कार्यक्रम छैन।
official-programmes-back = कार्यक्रमहरूमा फर्कनुहोस्
official-programme-new = कार्यक्रम बनाउनुहोस्
official-programme-edit = सर्त बदल्नुहोस्
official-programme-rounds = यो कार्यक्रमका मिलान चक्रहरू
official-programme-saved = कार्यक्रम सेभ भयो।
official-programme-terms = सर्तहरू
official-programme-valid = माग पत्रको काम सुरु हुन सक्ने अवधि
official-programme-valid-from = { $from } देखि
official-programme-valid-between = { $from } देखि { $until } सम्म
official-programme-max-stay = सबैभन्दा लामो बसाइ, महिनामा
official-programme-longest-stay = सबैभन्दा लामो बसाइ
official-programme-occupations = समेटिएका पेसा
official-programme-women-share = छानिएका कामदारमध्ये महिलाको न्यूनतम हिस्सा
official-programme-women-share-none = तोकिएको छैन
official-programme-conditions = हरेक माग पत्रका न्यूनतम सर्त
official-programme-min-wage = न्यूनतम तलब
official-housing-required = रोजगारदाताले बस्ने ठाउँ उपलब्ध गराउनुपर्छ।
official-housing-not-required = रोजगारदाताले बस्ने ठाउँ उपलब्ध गराउनु पर्दैन।
official-housing-cap = त्यसका लागि कामदारले महिनामा बढीमा { $cap } तिर्छन्।
official-housing-free = उपलब्ध गराइएमा, यो निःशुल्क हुन्छ।
official-social-security-portable = योगदान घर फर्कँदा लैजान सकिन्छ।
official-social-security-not-portable = योगदान घर फर्कँदा लैजान सकिँदैन।
official-programme-quotas = कोटा
official-programme-no-quotas = कोटा छैन: पदहरू माग पत्रले मात्र सीमित गर्छन्।
official-programme-no-job-orders = यो कार्यक्रमअन्तर्गत अहिलेसम्म कुनै माग पत्र प्रकाशित भएको छैन।
official-quota-period = अवधि
official-quota-isco = पेसा समूह (ISCO-08)
official-quota-isco-hint = कार्यक्रमले समेट्ने सबै समूहका लागि खाली छोड्नुहोस्।
official-quota-sex = लिङ्ग
official-quota-positions = पद
official-quota-any-group = सबै समूह
official-quota-anyone = जोसुकै
official-quota-n = कोटा { $n }
official-quota-from = पहिलो दिन
official-quota-to = अन्तिम दिन

official-programme-form-intro = दुई देशले सहमति गरेका हरेक सर्त। कार्यक्रमअन्तर्गतको हरेक माग पत्र खुल्नुअघि यी न्यूनतम सर्तसँग जाँचिन्छ।
official-programme-save = कार्यक्रम सेभ गर्नुहोस्
official-programme-about = कार्यक्रम
official-programme-name = नाम
official-programme-origin = कामदारको मूल देश
official-programme-destination = गन्तव्य देश
official-programme-corridor = देशहरू:
official-programme-countries-fixed = कार्यक्रमका देशहरू बदल्न सकिँदैन; अरू देशका लागि नयाँ कार्यक्रम बनाउनुहोस्।
official-programme-kind = योजनाको प्रकार
official-programme-g2g = दुई सरकारबीच भएको सम्झौता
official-programme-valid-from-label = माग पत्रको काम सुरु हुन सक्ने पहिलो दिन
official-programme-valid-from-hint = जस्तै २०२७-०१-१५
official-programme-valid-until-label = माग पत्रको काम सुरु हुन सक्ने अन्तिम दिन
official-programme-valid-until-hint = कार्यक्रमको अन्तिम मिति छैन भने खाली छोड्नुहोस्।
official-programme-max-stay-hint = १ देखि १२० महिनासम्म।
official-programme-occupations-hint = कार्यक्रमले समेट्ने हरेक ISCO-08 समूह, जुनसुकै तहको: सबै दक्ष कृषि कामदारका लागि ६, बजारमुखी बगैँचा र बाली उत्पादकका लागि ६११, खेतबाली र तरकारी उत्पादकका लागि ६१११।
official-programme-occupation-n = पेसा समूह { $n }
official-programme-add-occupation = अर्को पेसा समूह थप्नुहोस्
official-programme-conditions-hint = रोजगारदाताले बढी दिन सक्छन्, कहिल्यै कम दिन सक्दैनन्।
official-programme-currency = मुद्रा
official-programme-currency-hint = तलब र बस्ने ठाउँको रकम यही मुद्रामा हुन्छ।
official-programme-wage-per = तलब तिरिने हिसाब
official-programme-guaranteed-hours = हरेक हप्ता निश्चित गरिएका कामका घण्टा, कम्तीमा
official-programme-max-hours = हप्तामा कामका घण्टा, बढीमा
official-programme-housing-required = रोजगारदाताले बस्ने ठाउँ उपलब्ध गराउनुपर्छ
official-programme-housing-cap = बस्ने ठाउँका लागि कामदारसँग महिनामा लिन सकिने सबैभन्दा बढी रकम
official-programme-housing-cap-hint = बस्ने ठाउँ निःशुल्क हुनुपर्छ भने खाली छोड्नुहोस्।
official-programme-return-paid = घर फर्कने यात्रा रोजगारदाताले तिर्छ
official-programme-rehire = नियुक्ति पूरा गर्ने कामदारलाई पहिले फेरि काममा लिइन्छ
official-programme-social-security-portable = पेन्सन र सामाजिक सुरक्षाको योगदान घर फर्कँदा लैजान सकिन्छ
official-programme-social-security = पेन्सन र सामाजिक सुरक्षा कसरी चल्छ
official-programme-social-security-hint = सजिलो शब्दमा, जस्तै: दुई देशबीचको सामाजिक सुरक्षा सम्झौता।
official-programme-pathway = कार्यक्रमबाट स्थायी बसोबास पाउन सकिन्छ
official-programme-quotas-hint = कुनै अवधिमा उपलब्ध स्थान, कार्यक्रमका सबै पेसा वा एउटा समूहका लागि, सबैका लागि वा एउटा लिङ्गका लागि। त्यो अवधिमा कामदार छानिँदा एउटा स्थान भरिन्छ।
official-programme-add-quota = कोटा थप्नुहोस्
official-programme-women-share-hint = प्रतिशत, जस्तै ४०। इष्टतम मिलान चक्रले यसलाई पालना गर्छ; तोक्नु छैन भने खाली छोड्नुहोस्।

## मिलान चक्र
official-rounds-title = मिलान चक्रहरू
official-rounds-intro = मिलान चक्रले मिलानका लागि सहमति दिएका उपलब्ध कामदारलाई कार्यक्रमका खुला माग पत्रसँग जोडा मिलाउँछ। तपाईं हरेक जोडा र त्यसका कारण हेर्नुहुन्छ, अनि चक्र पुष्टि गर्नुहुन्छ वा रद्द गर्नुहुन्छ।
official-rounds-count = { $count ->
    [one] { $count } चक्र
   *[other] { $count } वटा चक्र
}
official-rounds-none = तपाईंका कार्यक्रमका लागि अहिलेसम्म कुनै मिलान चक्र चलाइएको छैन।
official-rounds-every-programme = सबै कार्यक्रम
official-rounds-back = मिलान चक्रहरूमा फर्कनुहोस्
official-round-new = मिलान चक्र चलाउनुहोस्
official-round-new-intro = चक्र प्रस्ताव मात्र हो: तपाईंले हेरेर पुष्टि नगरेसम्म कसैलाई पनि अगाडि बढाइँदैन।
official-round-new-note = मिलानका लागि सहमति दिएका कामदार मात्र चक्रमा पर्छन्। चलाउँदा केही सेकेन्ड लाग्न सक्छ।
official-round-programme = कार्यक्रम
official-round-mechanism = कामदार र रोजगारीको जोडा कसरी मिलाउने
official-round-mechanism-optimal = इष्टतम: सबैभन्दा धेरै कुल अङ्क
official-round-mechanism-optimal-explained = कार्यक्रमका कोटा र महिलाको न्यूनतम हिस्साभित्र रहेर, समग्रमा सबैभन्दा राम्रो मिल्ने जोडाले पद भर्छ।
official-round-mechanism-stable = स्थिर: कामदारको रोजाइ पहिले
official-round-mechanism-stable-explained = स्थगित स्वीकृति: कुनै पनि कामदार र रोजगारदाता दुवैले एकअर्कासँग जोडिन रुचाउने अवस्था रहँदैन। यसले कोटा वा महिलाको हिस्सा पालना गर्दैन; पुष्टि गर्दा कोटाभन्दा बढी कसैलाई पनि छानिँदैन।
official-round-run = चक्र चलाउनुहोस्
official-round-choose-programme = कार्यक्रम छान्नुहोस्
official-round-choose-mechanism = कामदार र रोजगारीको जोडा कसरी मिलाउने छान्नुहोस्
official-round-title = मिलान चक्र { $id }
official-round-status-proposed = तपाईंको निर्णयको पर्खाइमा
official-round-status-confirmed = पुष्टि भएको
official-round-status-discarded = रद्द गरिएको
official-round-run-on = { $date } मा चलाइएको
official-round-decided-on = { $date } मा निर्णय गरिएको
official-round-filled = { $positions } पदमध्ये { $filled } भरिएको
official-round-total-score = कुल अङ्क { $score }
official-round-summary = सारांश
official-round-notes = निर्णय गर्नुअघि पढ्नुहोस्
official-round-by-sex = लिङ्गअनुसार
official-round-by-origin = मूल देशअनुसार
official-round-origin = देश
official-round-placed = नियुक्ति पाएका
official-round-in-round = चक्रमा परेका
official-round-pairs = { $count ->
    [one] { $count } प्रस्तावित जोडा
   *[other] { $count } वटा प्रस्तावित जोडा
}
official-round-pairs-intro = हरेक कामदार, प्रस्ताव गरिएको रोजगारी, त्यसको अङ्क र त्यसका सबै कारण। पेसा र भाषाका नाम अङ्ग्रेजीमा देखाइन्छन्।
official-round-score = अङ्क { $score }
official-round-no-pairs = यो चक्रले कसैको पनि जोडा मिलाउँदैन।
official-round-unfilled = खाली रहेका पद
official-round-no-unfilled = सबै पद भरिएका छन्।
official-round-unmatched = रोजगारी नपाएका कामदार
official-round-no-unmatched = चक्रका सबै कामदारले नियुक्ति पाए।
official-round-decide = तपाईंको निर्णय
official-round-decide-intro = पुष्टि गर्दा प्रस्तावित सबै कामदार अगाडि बढाइन्छन्; रद्द गर्दा चक्र पन्छाइन्छ र कसैलाई पनि अगाडि बढाइँदैन। दुवै अन्तिम हुन्।
official-round-confirm = चक्र पुष्टि गर्नुहोस्
official-round-discard = चक्र रद्द गर्नुहोस्
official-round-confirm-title = मिलान चक्र { $id } पुष्टि गर्नुहोस्
official-round-confirm-intro = { $count ->
    [one] पुष्टि गर्दा { $programme } अन्तर्गतको रोजगारीका लागि { $count } कामदार अगाडि बढाइन्छ।
   *[other] पुष्टि गर्दा { $programme } अन्तर्गतका रोजगारीका लागि { $count } जना कामदार अगाडि बढाइन्छन्।
}
official-round-consequence-application = हरेक कामदारका नाममा प्रस्ताव गरिएको रोजगारीको आवेदन, तल तपाईंले छान्ने चरणमा बन्छ; कामदार र रोजगारदाता दुवैले यो देख्छन्।
official-round-consequence-consent = आफ्नो प्रोफाइल रोजगारदातासँग बाँड्न सहमति नदिएका कामदारलाई अगाडि बढाइँदैन।
official-round-consequence-limits = माग पत्रका पद वा कार्यक्रमको कोटाभन्दा बढी कसैलाई पनि छानिँदैन; त्यस्तो जोडा छुटाइन्छ र जस्ताको तस्तै रहन्छ।
official-round-consequence-once = चक्र एक पटक मात्र पुष्टि हुन्छ: यसलाई फिर्ता गर्न सकिँदैन।
official-round-step = कामदारलाई अगाडि बढाइने चरण
official-round-step-shortlisted-explained = रोजगारदाताले तीमध्येबाट छान्छ।
official-round-step-selected-explained = कामदारले अहिले नै आफ्ना पद लिन्छन् (र कार्यक्रमका कोटामा गनिन्छन्)।
official-round-confirm-box = मैले जोडाहरू हेरेँ र चक्र पुष्टि गर्छु
official-round-choose-step = कामदारलाई अगाडि बढाइने चरण छान्नुहोस्
official-round-confirm-required = तपाईंले जोडाहरू हेर्नुभयो भनी पुष्टि गर्न बाकसमा चिनो लगाउनुहोस्।
official-round-confirmed-outcome = { $placed ->
    [one] चक्र पुष्टि भयो: { $placed } कामदार “{ $step }” मा अगाडि बढाइयो
   *[other] चक्र पुष्टि भयो: { $placed } जना कामदार “{ $step }” मा अगाडि बढाइए
}{ $skipped ->
    [0] ।
    [one] ; { $skipped } जोडा छुटाइयो।
   *[other] ; { $skipped } वटा जोडा छुटाइए।
}
official-round-scope-all = सबै नियुक्ति
official-round-unfilled-no_eligible_worker = चक्रमा कुनै योग्य कामदार छैन
official-round-unfilled-quota_reached = ISCO-08 समूह { $group } को कोटा पूरा भयो
official-round-unfilled-candidates_placed_elsewhere = सबै योग्य कामदारले अर्को रोजगारीमा नियुक्ति पाए
official-round-unfilled-origin_quota_reached = योग्य कामदारको देशको कोटा पूरा भयो
official-round-unfilled-women_share = यो पद भर्दा महिलाको न्यूनतम हिस्सा पूरा हुँदैन
official-round-unfilled-other_quota = अर्को कोटा पूरा भयो
official-round-unmatched-no_eligible_job_order = चक्रमा उनी योग्य हुने कुनै रोजगारी छैन
official-round-unmatched-choices_filled_by_higher_ranked = उनले रोजेका रोजगारी माथिल्लो क्रमका उम्मेदवारले पाए
official-round-unmatched-positions_went_to_higher_total_score = पदहरू बढी कुल अङ्क भएका जोडाले पाए
official-round-unmatched-origin_quota_reached = { $origin } का कामदारको कोटा पूरा भयो
official-round-unmatched-women_share = उनलाई नियुक्ति दिँदा महिलाको न्यूनतम हिस्सा पूरा हुँदैन
official-round-unmatched-other_quota = अर्को कोटा पूरा भयो
official-round-note-quota-exceeded = कोटा नाघ्यो: { $scope } का लागि { $used } नियुक्ति, अनुमति { $allowed } मात्र। स्थिर विधिले कोटा पालना गर्दैन; पुष्टि गर्दा कोटाभन्दा बढी कसैलाई पनि छानिँदैन।
official-round-note-women-met = महिलाको न्यूनतम हिस्सा, { $required }, पूरा भयो: { $achieved }।
official-round-note-women-met-by-leaving-positions-open = पुरुषले भर्न सक्ने { $positions } पद खाली छाडेर महिलाको न्यूनतम हिस्सा, { $required }, पूरा गरियो ({ $achieved }; त्यागिएको अङ्क: { $score })।
official-round-note-women-unreachable = महिलाको न्यूनतम हिस्सा, { $required }, पूरा गर्न सकिँदैन: कुनै पनि योग्य महिलालाई नियुक्ति दिन सकिँदैन, त्यसैले कसैलाई पनि नियुक्ति दिइँदैन।
official-round-note-women-not-met = महिलाको न्यूनतम हिस्सा, { $required }, पूरा भएको छैन: { $achieved } मात्र। स्थिर विधिले यसलाई पालना गर्दैन; इष्टतम विधि प्रयोग गर्नुहोस्।
official-round-note-not-proven = सबैभन्दा राम्रो भनी प्रमाणित छैन: कुल अङ्क { $total }, सम्भव भएको सबैभन्दा राम्रो बढीमा { $bound } (खोजको सीमा पुग्यो)।

## शुल्क उल्लङ्घन
official-fees-title = शुल्क उल्लङ्घन
official-fees-intro = तपाईंको देशका कार्यक्रममा रोजगारदाताले तिर्ने सिद्धान्त तोड्ने भुक्तानी: कामदारलाई भर्ती शुल्क वा खर्च तिर्न लगाइएको, वा घूस, कमिसन (किकब्याक), धरौटी वा धितो। हरेक अभिलेखमा रहिरहन्छ।
official-fees-count = { $count ->
    [one] { $count } उल्लङ्घन
   *[other] { $count } वटा उल्लङ्घन
}
official-fees-none = तपाईंको देशका कार्यक्रममा कुनै शुल्क उल्लङ्घन अभिलेख भएको छैन।
official-fees-paid-on = तिरेको मिति
official-fees-who = कसले कसलाई तिर्‍यो
official-fees-breach = उल्लङ्घन
official-fees-kind-worker_paid_recruitment_cost = कामदारले भर्ती शुल्क वा खर्च तिरे
official-fees-kind-illegitimate_cost = घूस, कमिसन (किकब्याक), धरौटी वा धितो

## लेखापरीक्षण अभिलेख
official-audit-title = लेखापरीक्षण अभिलेख
official-audit-intro-country = { $country } सँग सम्बन्धित हरेक परिवर्तन, व्यक्तिगत विवरणको हरेक पढाइ र हरेक अस्वीकृति: यसका कार्यक्रम, यसका नागरिक र बासिन्दा, यसका संस्था, र यसकै अधिकारीका काम। तपाईंले अभिलेख पढेको पनि अभिलेख हुन्छ।
official-audit-intro-all = हरेक परिवर्तन, व्यक्तिगत विवरणको हरेक पढाइ र हरेक अस्वीकृति। तपाईंले अभिलेख पढेको पनि अभिलेख हुन्छ।
official-audit-entity = अभिलेखको प्रकार
official-audit-entity-hint = अङ्ग्रेजी कोड रोमन अक्षरमा, जस्तै वर्कर (कामदार), प्लेसमेन्ट (नियुक्ति), प्रोग्राम (कार्यक्रम), म्याच_राउन्ड_पेयर्स (मिलान चक्रका जोडा)
official-audit-entity-id = अभिलेख नम्बर
official-audit-action = कारबाही
official-audit-action-hint = अङ्ग्रेजी कोड रोमन अक्षरमा, जस्तै रिड (पढ्ने), क्रिएट (बनाउने), अपडेट (बदल्ने), ट्रान्जिसन (चरण बदल्ने)
official-audit-actor = प्रयोगकर्ता नम्बर
official-audit-actor-hint = कसका काम देखाउने
official-audit-actor-invalid = प्रयोगकर्ता नम्बर लेख्नुहोस्, जस्तै १२
official-audit-count = { $count ->
    [one] { $count } प्रविष्टि
   *[other] { $count } वटा प्रविष्टि
}
official-audit-none = कुनै प्रविष्टि मिलेन।
official-audit-when = कहिले
official-audit-who = कसले
official-audit-record = अभिलेख
official-audit-outcome = नतिजा
official-audit-detail = विवरण
official-audit-user = प्रयोगकर्ता { $id }
official-audit-system = प्रणाली
official-audit-personal = व्यक्तिगत विवरण
official-audit-allowed = अनुमति दिइयो
official-audit-denied = अस्वीकार गरियो

## कामदार दर्ता
official-register-title = कामदार दर्ता गर्नुहोस्
official-register-intro = आफैँ उपस्थित भएका, जस्तै रोजगार सेवा केन्द्रमा आएका, तपाईंको देशका कामदारका लागि। कामदारले पछि साइन इन गरेर आफ्नो प्रोफाइल पूरा गर्न सक्छन्; प्रोफाइल उनकै हो र उनी हरेक सहमति बदल्न सक्छन्।
official-register-consents = कामदारका सहमति
official-register-consents-intro = हरेक उद्देश्य कामदारलाई पढेर सुनाउनुहोस् र उनी आफैँ सामुन्ने रहेर सहमत भएका कुरामा मात्र चिनो लगाउनुहोस्। उनी हरेक रोजाइ जुनसुकै बेला बदल्न सक्छन्।
official-register-submit = कामदार दर्ता गर्नुहोस्
official-register-done = कामदार दर्ता भयो।
official-worker-occupations = पेसा
official-worker-consents = सहमति
official-worker-consents-note = हरेक उद्देश्यमा कामदारको पछिल्लो रोजाइ। कामदार आफैँले मात्र यी बदल्न सक्छन्।
official-worker-placements = आवेदन र नियुक्ति
official-worker-no-placements = तपाईंले देख्न सक्ने कुनै आवेदन छैन।
