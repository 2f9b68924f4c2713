# Corridor: रोजगारदाता र भर्ती एजेन्सी (म्यानपावर), नेपाली। इजाजतपत्रको इतिहास
# र दिइएका कारणहरू सार्वजनिक हुन्छन्, ताकि कामदारले भर्तीकर्ता जाँच्न सकून्।
# यो मेसिनले गरेको अनुवाद हो; नेपाली मातृभाषीले जाँच्नुपर्छ (TRANSLATIONS.md हेर्नुहोस्)।
# शब्दहरू corridor.ftl र pages.ftl अनुसार: "माग पत्र" (job order), "नियुक्ति" (placement),
# "इजाजतपत्र" (licence), "निलम्बित" (suspended)। अङ्कहरू देवनागरीमा।

## दुवै
org-name = दर्ता भएको नाम
org-country = देश
org-all-countries = सबै देश
org-history = इतिहास
org-reason = कारण
org-reason-optional = कारण (ऐच्छिक)
org-reason-public = कारण इतिहासमा राखिन्छ र यो पानामा सबैलाई देखाइन्छ।
org-valid-until = { $date } सम्म मान्य
org-error-reason-required = किन भनेर लेख्नुहोस्। कारण इतिहासमा राखिन्छ।
org-error-reason-too-long = कारण २,००० अक्षरभन्दा छोटो राख्नुहोस्।
org-error-name-required = दर्ता भएको नाम लेख्नुहोस्।

## रोजगारदाता
org-employers-title = रोजगारदाता
org-employers-intro = गन्तव्य देशका रोजगारदाता, आफ्नै देशका अधिकारीले दर्ता गरेका। निलम्बित रोजगारदाताले माग पत्र प्रकाशित गर्न सक्दैन।
org-employers-count = { $count ->
    [one] { $count } रोजगारदाता
   *[other] { $count } वटा रोजगारदाता
}
org-employers-none = कुनै रोजगारदाता मिलेन।
org-registration-number = व्यवसाय दर्ता नम्बर
org-registration-number-hint = रोजगारदाताको देशमा दर्ता भएअनुसार।
org-sector = क्षेत्र
org-sector-hint = सजिलो शब्दमा, जस्तै कृषि, स्वास्थ्य, उत्पादन उद्योग।
org-employer-status-active = सक्रिय
org-employer-status-suspended = निलम्बित
org-employer-action-register = दर्ता गरियो
org-employer-action-suspend = निलम्बन गरियो
org-employer-action-reinstate = पुनर्बहाली गरियो
org-employer-register = रोजगारदाता दर्ता गर्नुहोस्
org-employer-register-intro = रोजगारदाताको देशका अधिकारीले यसलाई दर्ता गर्छन्। यसले तुरुन्तै माग पत्र प्रकाशित गर्न सक्छ।
org-employer-register-only = गन्तव्य देशका अधिकारी र प्रशासकले मात्र रोजगारदाता दर्ता गर्छन्।
org-employer-suspend = यो रोजगारदातालाई निलम्बन गर्नुहोस्
org-employer-suspend-explained = निलम्बित रोजगारदाताले पुनर्बहाली नभएसम्म माग पत्र प्रकाशित गर्न सक्दैन। चलिरहेका नियुक्ति जारी रहन्छन्।
org-employer-reinstate = यो रोजगारदातालाई पुनर्बहाली गर्नुहोस्
org-employer-reinstate-explained = रोजगारदाताले फेरि माग पत्र प्रकाशित गर्न सक्छ।
org-employer-reason-hint = कारण रोजगारदाताको इतिहासमा राखिन्छ।
org-employer-done-registered = रोजगारदाता दर्ता भयो।
org-employer-done-suspend = रोजगारदाता निलम्बित भयो।
org-employer-done-reinstate = रोजगारदाता पुनर्बहाली भयो।
org-back-to-employers = रोजगारदाताहरूमा फर्कनुहोस्
org-error-registration-number-required = व्यवसाय दर्ता नम्बर लेख्नुहोस्।

## एजेन्सी र इजाजतपत्र
org-agencies-title = भर्ती एजेन्सी (म्यानपावर)
org-agencies-intro = Corridor मार्फत इजाजतपत्र पाएका हरेक भर्ती एजेन्सी, आजको इजाजतपत्रको अवस्थासहित। कसैलाई पैसा तिर्नु वा कुनै कागजमा हस्ताक्षर गर्नुअघि एजेन्सीको इजाजतपत्र बहाल छ कि छैन जाँच्नुहोस्। कामदारले कहिल्यै भर्ती शुल्क तिर्दैनन्।
org-agencies-count = { $count ->
    [one] { $count } एजेन्सी
   *[other] { $count } वटा एजेन्सी
}
org-agencies-none = कुनै एजेन्सी मिलेन।
org-agency = एजेन्सी
org-established-in = स्थापना भएको देश
org-licence = इजाजतपत्र
org-licence-number = इजाजतपत्र नम्बर
org-issuing-country = जारी गर्ने देश
org-licence-validity = मान्य अवधि
org-licence-valid-dates = { $from } देखि { $until } सम्म
org-valid-from = मान्य हुने पहिलो दिन
org-valid-until-label = मान्य रहने अन्तिम दिन
org-licence-status-active = बहाल
org-licence-status-suspended = निलम्बित
org-licence-status-revoked = खारेज
org-licence-status-expired = म्याद सकिएको
org-licence-not-active-warning = यो एजेन्सीले अहिले भर्ती गर्न पाउँदैन। यसलाई पैसा नतिर्नुहोस् र यससँग कुनै कागजमा हस्ताक्षर नगर्नुहोस्।
org-licence-history = इजाजतपत्रको इतिहास
org-licence-action-issue = इजाजतपत्र दिइयो
org-licence-action-renew = नवीकरण गरियो
org-licence-action-suspend = निलम्बन गरियो
org-licence-action-reinstate = पुनर्बहाली गरियो
org-licence-action-revoke = खारेज गरियो
org-licence-action-expire = म्याद सकियो
org-licence-actions = इजाजतपत्र बदल्नुहोस्
org-licence-renew = इजाजतपत्र नवीकरण गर्नुहोस्
org-new-valid-until = मान्य रहने नयाँ अन्तिम दिन
org-new-valid-until-hint = अहिलेको भन्दा पछिको, जस्तै २०२९-१२-३१।
org-licence-suspend = इजाजतपत्र निलम्बन गर्नुहोस्
org-licence-suspend-explained = इजाजतपत्र पुनर्बहाली नभएसम्म एजेन्सीले भर्ती गर्न पाउँदैन: यसले नयाँ माग पत्र हेर्न सक्दैन।
org-licence-reinstate = इजाजतपत्र पुनर्बहाली गर्नुहोस्
org-licence-reinstate-explained = इजाजतपत्र मान्य रहने अन्तिम दिनसम्म फेरि बहाल हुन्छ।
org-licence-revoke = इजाजतपत्र खारेज गर्नुहोस्
org-licence-revoke-explained = इजाजतपत्र सधैँका लागि फिर्ता लिन्छ। तपाईं अर्को पानामा यो पुष्टि गर्नुहुन्छ।
org-licence-done-licensed = एजेन्सीले इजाजतपत्र पायो।
org-licence-done-renew = इजाजतपत्र नवीकरण भयो।
org-licence-done-suspend = इजाजतपत्र निलम्बित भयो।
org-licence-done-reinstate = इजाजतपत्र पुनर्बहाली भयो।
org-licence-done-revoke = इजाजतपत्र खारेज भयो।
org-agency-license = एजेन्सीलाई इजाजतपत्र दिनुहोस्
org-agency-license-intro = इजाजतपत्र जारी गर्ने देशका अधिकारीले भर्ती एजेन्सीलाई इजाजतपत्र दिन्छन्। इजाजतपत्र मान्य हुने पहिलो दिनदेखि अन्तिम दिनसम्म बहाल रहन्छ।
org-agency-license-only = अधिकारी र प्रशासकले मात्र भर्ती एजेन्सीलाई इजाजतपत्र दिन्छन्।
org-licence-number-taken = यो इजाजतपत्र नम्बर पहिले नै दर्ता भइसकेको छ।
org-back-to-agencies = एजेन्सीहरूमा फर्कनुहोस्
org-error-licence-number-required = इजाजतपत्र नम्बर लेख्नुहोस्।
org-error-valid-until-required = मान्य रहने नयाँ अन्तिम दिन लेख्नुहोस्।
org-error-licence-valid-until-before-start = मान्य रहने अन्तिम दिन पहिलो दिनभन्दा अघि हुन सक्दैन।

## खारेजी
org-revoke-title = { $name } को इजाजतपत्र खारेज गर्नुहोस्
org-revoke-intro = इजाजतपत्र { $number } सधैँका लागि फिर्ता लिइनेछ।
org-revoke-consequence-final = खारेज भएको इजाजतपत्र पुनर्बहाली वा नवीकरण गर्न सकिँदैन; एजेन्सीलाई नयाँ इजाजतपत्र चाहिन्छ।
org-revoke-consequence-job-orders = एजेन्सीले नयाँ माग पत्र हेर्न सक्दैन। चलिरहेका नियुक्ति अभिलेखमा रहिरहन्छन्।
org-revoke-consequence-public = खारेजी र त्यसको कारण एजेन्सीको पानामा सबैलाई देखाइन्छ।
org-revoke-confirm = यो इजाजतपत्र सधैँका लागि खारेज भएको म पुष्टि गर्छु
org-error-confirm-confirmation-required = खारेजी पुष्टि गर्न बाकसमा चिनो लगाउनुहोस्।

## भर्तीकर्ताको एजेन्सी
org-own-agency-title = मेरो एजेन्सी
org-own-agency-intro = कामदार र अधिकारीहरूले देख्ने तपाईंको एजेन्सीको इजाजतपत्र, र तपाईंको एजेन्सीले हेर्ने माग पत्रहरू।
org-agency-job-orders = तपाईंको एजेन्सीले हेर्ने माग पत्र
org-agency-job-orders-none = तपाईंको एजेन्सीले अहिलेसम्म कुनै माग पत्र हेरेको छैन।
org-job-order-status-pending_approval = स्वीकृतिको पर्खाइमा
org-job-order-status-open = खुला
org-job-order-status-closed = बन्द
org-job-order-starts = { $date } देखि सुरु

## नियम
rule-illegal-licence-action = इजाजतपत्रको अहिलेको अवस्थामा यो कारबाही गर्न सकिँदैन।
rule-illegal-employer-action = रोजगारदाताको अहिलेको अवस्थामा यो कारबाही गर्न सकिँदैन।
rule-renewal-not-later = मान्य रहने नयाँ अन्तिम दिन अहिलेको भन्दा पछि हुनुपर्छ र बितिसकेको हुनु हुँदैन।
rule-changed-by-action = यो आफ्नै छुट्टै कारबाहीबाट मात्र बदलिन्छ, जसले कारण पनि राख्छ।
rule-confirmation-required = पुष्टि गर्न बाकसमा चिनो लगाउनुहोस्।
