# Corridor: प्रशासकका पानाहरू (खाताहरू), नेपाली। सबै सूचीले पाना मिलाउने
# सन्देशहरू (admin-page-*) साझा गर्छन्।
# यो मेसिनले गरेको अनुवाद हो; नेपाली मातृभाषीले जाँच्नुपर्छ (TRANSLATIONS.md हेर्नुहोस्)।
# शब्दहरू corridor.ftl र pages.ftl अनुसार: "भर्ती एजेन्सी (म्यानपावर)" (recruiting agency),
# "इजाजतपत्र" (licence), "अधिकारी" (official)। अङ्कहरू देवनागरीमा।

## सूची
admin-pagination-label = पानाहरू
admin-page-of = { $pages } मध्ये पाना { $page }
admin-page-previous = अघिल्लो पाना
admin-page-next = अर्को पाना
admin-filter = देखाउनुहोस्

## भूमिका
admin-role-worker = कामदार
admin-role-employer = रोजगारदाता
admin-role-recruiter = भर्तीकर्ता (इजाजतपत्रप्राप्त एजेन्सी)
admin-role-origin-official = मूल देशको अधिकारी
admin-role-destination-official = गन्तव्य देशको अधिकारी
admin-role-researcher = अनुसन्धानकर्ता
admin-role-admin = प्रशासक

## खाताहरू
admin-users-title = खाताहरू
admin-users-count = { $count ->
    [one] { $count } खाता
   *[other] { $count } वटा खाता
}
admin-users-none = कुनै खाता मिलेन।
admin-all-roles = सबै भूमिका
admin-role = भूमिका
admin-status = अवस्था
admin-enabled = साइन इन गर्न सक्छ
admin-disabled = निष्क्रिय
admin-acts-for = कसको तर्फबाट काम गर्छ
admin-created = बनाइएको
admin-back-to-users = खाताहरूमा फर्कनुहोस्

## नयाँ खाता
admin-new-user = खाता बनाउनुहोस्
admin-new-user-intro = कामदारले दर्ता हुँदा आफ्नो खाता आफैँ बनाउँछन्, वा उनीहरूको देशका अधिकारीले उनीहरूलाई दर्ता गर्छन्। यहाँ तपाईं रोजगारदाता, भर्तीकर्ता, अधिकारी, अनुसन्धानकर्ता र प्रशासकका खाता बनाउनुहुन्छ।
admin-account = खाता
admin-display-name = पानाहरूमा देखिने नाम
admin-display-name-hint = कुनै व्यक्तिको नाम, वा "श्रम सहचारी, ओटावा" जस्तो कुनै कार्यालय।
admin-temporary-password = अस्थायी पासवर्ड
admin-temporary-password-hint = कम्तीमा १० अक्षर। यो सम्बन्धित व्यक्तिलाई गोप्य रूपमा दिनुहोस्; उनले साइन इन गरेपछि आफ्नो खाताको पानामा यो बदल्नुपर्छ।
admin-role-and-binding = खाताले के गर्छ
admin-role-hint = रोजगारदाताको खातालाई त्यसको रोजगारदाता, भर्तीकर्ताको खातालाई त्यसको एजेन्सी, र अधिकारीको खातालाई उनको देश चाहिन्छ।
admin-employer = रोजगारदाता
admin-employer-hint = रोजगारदाताको खाताका लागि मात्र।
admin-agency = भर्ती एजेन्सी (म्यानपावर)
admin-agency-hint = भर्तीकर्ताको खाताका लागि मात्र।
admin-country = देश
admin-country-hint = अधिकारीका लागि मात्र: उनी जुन देशका अधिकारी हुन्, त्यो देश।
admin-none = छैन
admin-create-account = खाता बनाउनुहोस्
admin-email-taken = यो इमेल ठेगानाको खाता पहिले नै छ।
admin-error-email-invalid = इमेल ठेगाना लेख्नुहोस्, जस्तै नाम@उदाहरण.ओआरजी (बीचमा @ चिह्न हुन्छ)।
admin-error-display-name-required = पानाहरूमा देखिने नाम लेख्नुहोस्।
admin-error-role-required = खाताको भूमिका छान्नुहोस्।
admin-error-employer-id-required = यो खाताले जसको तर्फबाट काम गर्छ, त्यो रोजगारदाता छान्नुहोस्।
admin-error-agency-id-required = यो खाताले जसको तर्फबाट काम गर्छ, त्यो एजेन्सी छान्नुहोस्।
admin-error-country-required = अधिकारीको देश छान्नुहोस्।
admin-error-password-too-short = कम्तीमा १० अक्षरको अस्थायी पासवर्ड लेख्नुहोस्।

## एउटा खाता
admin-done-created = खाता बनाइयो। सम्बन्धित व्यक्तिलाई उनको अस्थायी पासवर्ड गोप्य रूपमा दिनुहोस्।
admin-done-disabled = खाता निष्क्रिय गरियो। यो सबै ठाउँबाट साइन आउट भयो र यसका API टोकनले काम गर्न छाडे।
admin-done-enabled = यो खाताबाट फेरि साइन इन गर्न सकिन्छ।
admin-done-password = पासवर्ड बदलियो। खाता सबै ठाउँबाट साइन आउट भयो र यसका API टोकनले काम गर्न छाडे।
admin-own-account = यो तपाईंको आफ्नै खाता हो। आफ्नो पासवर्ड आफ्नो खाताको पानामा बदल्नुहोस्, जसले तपाईंको अहिलेको पासवर्ड सोध्छ।
admin-disable = यो खाता निष्क्रिय गर्नुहोस्
admin-disable-explained = ती व्यक्तिले अब साइन इन गर्न सक्दैनन्। उनी एकैचोटि सबै ठाउँबाट साइन आउट हुन्छन् र खाताका सबै API टोकनले काम गर्न छाड्छन्। उनका अभिलेख जस्ताको तस्तै रहन्छन्। तपाईं खाता फेरि सक्रिय गर्न सक्नुहुन्छ।
admin-enable = यो खाता सक्रिय गर्नुहोस्
admin-enable-explained = ती व्यक्तिले आफ्नो पासवर्डले फेरि साइन इन गर्न सक्छन्। खाता निष्क्रिय हुँदा बन्द भएका सत्र र टोकन बन्दै रहन्छन्।
admin-reset-password = नयाँ अस्थायी पासवर्ड राख्नुहोस्
admin-reset-password-explained = आफ्नो पासवर्ड बिर्सेका, वा अरूले पासवर्ड थाहा पाएको हुन सक्ने व्यक्तिका लागि। उनी सबै ठाउँबाट साइन आउट हुन्छन् र खाताका सबै API टोकनले काम गर्न छाड्छन्।

## नियम
rule-own-account = तपाईं यहाँ आफ्नै खातामा यो गर्न सक्नुहुन्न।
