# صفحات Corridor لكل الأدوار، العربية. تأتي أولًا الرسائل المشتركة بين
# النماذج، ثم كل قسم. تشرح رسائل القواعد (rule-*) القاعدة المخالَفة بلغة
# الصفحة؛ أما واجهة البرمجة API فتحتفظ برمز القاعدة.
# ترجمة آلية تحتاج إلى مراجعة متحدث أصلي للعربية (انظر TRANSLATIONS.md).
# فئات الجمع في العربية: zero, one, two, few (3-10), many (11-99), other (100...).

## النماذج
form-error-title = توجد مشكلة
form-error-prefix = خطأ:
form-choose = اختر واحدًا
form-choose-country = اختر بلدًا
form-choose-level = اختر مستوى
form-date-invalid = أدخل تاريخًا صحيحًا، مثلًا 2026-03-27
form-years-invalid = أدخل عدد السنوات رقمًا من 0 إلى 60
form-year-invalid = أدخل سنة، مثلًا 2019
form-number-invalid = أدخل رقمًا
form-amount-invalid = أدخل مبلغًا، مثلًا 1250.00
form-search = بحث
form-add = إضافة
form-remove = إزالة
form-save = حفظ
form-save-continue = حفظ ومتابعة
form-cancel = إلغاء
form-expired = انتهت صلاحية النموذج أو أنه لم يأتِ من Corridor؛ أعد تحميل الصفحة وحاول مرة أخرى.
reference-names-english = أسماء البلدان واللغات معروضة بالإنجليزية.
reference-labels-english = أسماء المهن والمهارات مأخوذة من ESCO ومن التصنيف الدولي الموحد للمهن (ISCO-08)، وهي معروضة بالإنجليزية.

nav-menu = القائمة
nav-my-home = صفحتي
nav-sign-up = إنشاء حساب

## العامل: التسجيل والصفحة الرئيسية
worker-only = هذه الصفحة مخصصة للعمال.
worker-home-title = صفحتي
worker-home-hello = مرحبًا، { $name }
worker-home-proposals = { $count ->
    [zero] لا توجد وظائف تنتظر ردك
    [one] وظيفة واحدة تنتظر ردك
    [two] وظيفتان تنتظران ردك
    [few] { $count } وظائف تنتظر ردك
    [many] { $count } وظيفة تنتظر ردك
   *[other] { $count } وظيفة تنتظر ردك
}
worker-home-no-applications = ليست لديك أي طلبات بعد.
worker-back-home = العودة إلى صفحتي

sign-up-title = أنشئ حسابك
sign-up-intro = التسجيل مجاني. لن تدفع أبدًا أي رسوم للحصول على وظيفة عبر Corridor.
sign-up-account = حسابك
sign-up-password = اختر كلمة مرور
sign-up-password-hint = 10 أحرف على الأقل. الأفضل أن تكون بضع كلمات يسهل عليك تذكرها.
sign-up-submit = أنشئ حسابي
sign-up-have-account = لديك حساب بالفعل؟
sign-up-welcome = حسابك جاهز. أخبرنا الآن عن عملك، حتى نعرض عليك الوظائف المناسبة لك.

## العامل: الملف الشخصي
profile-title = ملفي الشخصي
profile-given-name = الاسم الأول
profile-family-name = اسم العائلة
profile-phone = رقم الهاتف
profile-phone-hint = مع رمز البلد، مثلًا +52 55 1234 5678
profile-date-of-birth = تاريخ الميلاد
profile-sex = الجنس
profile-citizenship = الجنسية
profile-second-citizenship = الجنسية الثانية
profile-country-of-birth = بلد الميلاد
profile-country-of-residence = البلد الذي تقيم فيه
profile-none = لا يوجد
profile-step-about = معلومات عنك
profile-step-work = عملك
profile-step-skills = مهاراتك
profile-step-languages = اللغات
profile-step-education = التعليم
profile-step-availability = متى يمكنك العمل
profile-step-done = مكتمل
profile-step-todo = لم يكتمل بعد
profile-step-of = الخطوة { $number } من { $of }
profile-saved = تم الحفظ.
profile-search-work = ابحث عن مهنتك
profile-search-work-hint = اكتب عملك باللغة الإنجليزية، فالبحث يتم بالأسماء الإنجليزية فقط؛ مثلًا الاسم الإنجليزي لمهنة لحّام أو ممرض أو جامع فاكهة
profile-search-skills = ابحث عن مهارة
profile-search-skills-hint = اكتب المهارة باللغة الإنجليزية، فالبحث يتم بالأسماء الإنجليزية فقط؛ مثلًا الاسم الإنجليزي لقيادة الرافعة الشوكية أو لسلامة الأغذية
profile-search-results = نتائج البحث عن «{ $query }»
profile-search-none = لم يُعثر على شيء. جرّب كلمة أخرى.
profile-your-occupations = مهنك
profile-years = سنوات الخبرة
profile-no-occupations = لم تُضف أي مهنة بعد. ابحث عن مهنتك في الأعلى وأضفها.
profile-your-skills = مهاراتك
profile-no-skills = لم تُضف أي مهارة بعد. ابحث عن مهاراتك في الأعلى وأضفها.
profile-languages-hint = أضف كل لغة تتحدثها. يجب على صاحب العمل أن يعطيك عقدًا بلغة تقرؤها جيدًا (المستوى B1 أو أعلى).
profile-language-n = اللغة { $n }
profile-language = اللغة
profile-level = المستوى
profile-add-language = أضف لغة أخرى
profile-education = أعلى مستوى تعليمي أكملته
profile-qualification = دبلوم أو ترخيص أو شهادة
profile-qualification-title = اسمه
profile-qualification-hint = مثلًا: ترخيص مزاولة التمريض، شهادة في اللحام
profile-qualification-country = البلد الذي منحه
profile-qualification-year = السنة
profile-available-from = متاح ابتداءً من
profile-available-until = متاح حتى
profile-available-until-hint = اتركه فارغًا إذا لم يكن لديك تاريخ انتهاء.
profile-preferred-destination = البلد الذي تفضّل العمل فيه أكثر من غيره

sex-female = أنثى
sex-male = ذكر
sex-other = جنس أو نوع اجتماعي آخر
sex-not-stated = أفضّل عدم الإجابة

cefr-a1 = مبتدئ
cefr-a2 = أساسي
cefr-b1 = متوسط: يكفي لقراءة عقد
cefr-b2 = فوق المتوسط
cefr-c1 = متقدم
cefr-c2 = متمكّن بطلاقة
cefr-native = اللغة الأم

isced-0 = بلا تعليم مكتمل
isced-1 = المرحلة الابتدائية
isced-2 = المرحلة الإعدادية (المتوسطة)
isced-3 = المرحلة الثانوية
isced-4 = دورة بعد الثانوية (غير جامعية)
isced-5 = تعليم عالٍ قصير المدة
isced-6 = البكالوريوس أو ما يعادله
isced-7 = الماجستير أو ما يعادله
isced-8 = الدكتوراه

## العامل: الموافقات
consents-title = موافقاتك
consents-intro = أنت من يقرر ما يفعله Corridor بملفك الشخصي. يمكنك تغيير كل خيار في أي وقت، وكل تغيير محفوظ أدناه.
consents-change = تغيير موافقاتي
consents-saved = تم حفظ اختيارك.
consents-history = سجل اختياراتك
consents-when = متى
consents-purpose = الغرض
consents-change-col = التغيير
consents-no-history = لم تحدد أي اختيار بعد.
consent-given = ممنوحة
consent-not-given = غير ممنوحة
consent-withdrawn = مسحوبة
consent-give = منح الموافقة
consent-withdraw = سحب الموافقة
consent-matching-title = طابقني مع الوظائف
consent-matching-explained = يقارن Corridor مهنك وخبرتك ومهاراتك ولغاتك بالوظائف المتاحة، ويعرض عليك أنسبها، وقد يُدرجك في جولة مطابقة يديرها المسؤولون. عندها لا يرى أصحاب العمل عنك إلا رقمًا، لا اسمك.
consent-sharing-with-employers-title = مشاركة ملفي الشخصي مع أصحاب العمل
consent-sharing-with-employers-explained = عندما تتقدم لوظيفة، أو تقبل وظيفة اقترحها عليك أحد، يستطيع صاحب العمل ووكالته المرخّصة قراءة ملفك الشخصي ما دام الطلب قائمًا. إذا سحبت هذه الموافقة، فلن يعود بإمكانهم قراءته.
consent-statistics-title = احتسابي في الإحصاءات
consent-statistics-explained = تُحتسب، دون اسمك أو أي شيء يكشف هويتك، في إحصاءات عامة عن العمال المستعدين للعمل في الخارج. لا تُعرض المجموعات الصغيرة أبدًا.
consent-contact-title = يمكن للمسؤولين التواصل معي
consent-contact-explained = يمكن لمسؤولي بلدك الاتصال بك أو مراسلتك بشأن البرامج، مثلًا عند فتح برنامج جديد.

## العامل: الاقتراحات
proposals-title = وظائف اقتُرحت عليّ
proposals-intro = يمكن لوكالة أو صاحب عمل أو مسؤول أن يقترحك لوظيفة. لا يرى أحد ملفك الشخصي حتى توافق. إذا رفضت، فلن تُسأل مرة أخرى عن تلك الوظيفة.
proposals-need-sharing = لكي تقبل، عليك أولًا أن توافق على مشاركة ملفك الشخصي مع أصحاب العمل.
proposals-made-on = اقتُرحت في { $date }
proposal-pending = في انتظار ردك
proposal-accepted = مقبول
proposal-declined = مرفوض
proposals-accept = القبول والتقدم للوظيفة
proposals-decline = رفض
proposals-see-application = عرض طلبي
proposals-none = لم يقترحك أحد لأي وظيفة بعد.

## العامل: الطلبات
placement-withdraw = سحب طلبي
placement-withdraw-explained = يمكنك سحب طلبك في أي وقت قبل سفرك. سيرى صاحب العمل أنك سحبت طلبك؛ ولست مضطرًا إلى ذكر السبب.
placement-contract = عقدك
placement-contract-language = لغة العقد
placement-ledger = التكاليف والرسوم المدفوعة
placement-ledger-intro = كل مبلغ دُفع مقابل توظيفك. لا يدفع العمال رسوم التوظيف أبدًا: إذا أُجبرت على الدفع، فأبلغ عن ذلك أدناه.
placement-ledger-none = لا توجد مدفوعات مسجلة.
placement-paid-by = دفعه { $payer } إلى { $payee }
placement-violation = يخالف مبدأ "صاحب العمل يدفع"
placement-report = الإبلاغ عن مبلغ أُجبرت على دفعه
placement-report-explained = يرى مسؤولو بلدك كل بلاغ. يمكنك الإبلاغ حتى لو لم يكن لديك إيصال.
placement-report-amount = المبلغ
placement-report-currency = العملة
placement-report-paid-to = دُفع إلى
placement-report-category = الغرض من الدفع
placement-report-date = تاريخ الدفع
placement-report-note = ماذا حدث (اختياري)
placement-report-submit = الإبلاغ عن الدفع
placement-reported = تم تسجيل بلاغك. سيطّلع عليه مسؤولو بلدك.
cost-bribe = رشوة
cost-kickback = عمولة غير مشروعة
cost-bond = كفالة أو وديعة
cost-collateral = ضمان

## العامل: سجل العمل
work-record-title = سجل عملي
work-record-intro = العقود التي أتممتها عبر Corridor. في كثير من البرامج، يُعاد توظيف العمال العائدين قبل غيرهم.
work-record-job = الوظيفة
work-record-from = من
work-record-to = إلى
work-record-none = لا يوجد عقد مكتمل بعد.
work-record-printed = طُبع في { $date } من Corridor.

## الحساب
account-title = حسابي
account-signed-in-as = تسجّل الدخول باستخدام { $email }.
account-done-password = تم تغيير كلمة المرور، وتم تسجيل خروجك من كل الأجهزة الأخرى.
account-done-language = تم حفظ لغتك.
account-password = غيّر كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-change-password = تغيير كلمة المرور
account-language = لغة الصفحات
account-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
account-sign-out-everywhere-explained = يُنهي كل جلسة على كل هاتف أو حاسوب، ويُلغي كل رمز مميز (token) لواجهة البرمجة API. استخدمه إذا فقدت هاتفًا أو ظننت أن شخصًا آخر يعرف كلمة مرورك.
account-your-data = بياناتك
account-your-data-explained = نزّل كل ما يحتفظ به Corridor عنك: ملفك الشخصي، وموافقاتك، وطلباتك بمراحلها ومدفوعاتها، والاقتراحات المقدَّمة لك.
account-download = تنزيل بياناتي (JSON)
account-close = إغلاق حسابي
account-close-explained = يمكنك إغلاق حسابك في أي وقت.
close-consequence-consents = تُسحب كل موافقاتك: لن يتمكن أي صاحب عمل من قراءة ملفك الشخصي، ولن تُطابَق مع الوظائف أو تُحتسب في الإحصاءات بعد ذلك.
close-consequence-applications = تُسحب الطلبات التي لم تصل إلى مرحلة السفر.
close-consequence-records = تبقى العقود الجارية أو المكتملة في السجلات، كما يقتضي قانون البلدين.
close-consequence-sign-in = لن تتمكن من تسجيل الدخول بهذا الحساب مرة أخرى.
close-confirm = أفهم ذلك، أغلق حسابي
close-confirm-required = ضع علامة في المربع لتأكيد أنك تريد إغلاق حسابك.

## القواعد، كما تظهر عند الحقل
rule-required = هذا الحقل مطلوب.
rule-invalid = هذه القيمة غير صالحة.
rule-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
rule-too-long = هذا أطول من اللازم.
rule-wrong-password = كلمة المرور الحالية غير صحيحة.
rule-duplicate = هذا مذكور مرتين.
rule-unknown = هذا غير موجود.
rule-out-of-range = هذا الرقم خارج الحدود المسموح بها.
rule-implausible = يبدو هذا غير صحيح؛ تحقق منه.
rule-under-age = يجب ألا يقل عمر العامل عن 18 سنة.
rule-before-start = لا يمكن أن تكون النهاية قبل البداية.
rule-negative = لا يمكن أن يكون المبلغ سالبًا.
rule-not-positive = يجب أن يكون المبلغ أكبر من صفر.
rule-same-party = يجب أن يكون من دفع غير من تلقّى المبلغ.
rule-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
rule-before-previous-event = هذا التاريخ يسبق تاريخ الخطوة السابقة.
rule-illegal-transition = لا يمكن أن تأتي هذه الخطوة بعد الخطوة الحالية.
rule-not-applicable = هذا لا ينطبق هنا.
rule-consent-required = للتقدم لوظيفة، يجب أن توافق على مشاركة ملفك الشخصي مع أصحاب العمل.
rule-worker-not-covered = هذا البرنامج يوظف عمالًا من بلد آخر.
rule-job-order-not-open = هذه الوظيفة غير مفتوحة لتلقي الطلبات.
rule-not-a-candidate = لا يمكن اقتراح هذا العامل لهذه الوظيفة.
rule-positions-filled = تم شغل كل الوظائف الشاغرة في عرض العمل هذا.
rule-quota-reached = تم بلوغ حصة البرنامج لهذه الفترة.
rule-wage-below-minimum = الأجر أقل من الحد الأدنى للبرنامج.
rule-wage-currency-mismatch = يجب أن يكون الأجر بعملة البرنامج.
rule-hours-below-guarantee = الساعات المضمونة أقل من الحد الأدنى للبرنامج.
rule-hours-above-maximum = الساعات أكثر من الحد الأقصى للبرنامج.
rule-below-guaranteed-hours = لا يمكن أن يكون الحد الأقصى للساعات أقل من الساعات المضمونة.
rule-housing-not-provided = يشترط البرنامج أن يوفر صاحب العمل السكن.
rule-housing-cost-above-cap = ما يدفعه العامل مقابل السكن يتجاوز الحد الأقصى الذي يسمح به البرنامج.
rule-housing-currency-mismatch = يجب أن يكون مقابل السكن بعملة البرنامج.
rule-medical-cover-insufficient = الرعاية الطبية أقل مما يشترطه البرنامج.
rule-return-travel-not-paid = يشترط البرنامج أن يدفع صاحب العمل تكاليف رحلة العودة.
rule-cost-charged-to-worker = يدفع صاحب العمل رسوم التوظيف والتكاليف ذات الصلة، ولا يدفعها العامل أبدًا.
rule-occupation-not-in-programme = هذه المهنة خارج نطاق البرنامج.
rule-start-in-past = تاريخ البدء قد مضى.
rule-start-outside-programme = تاريخ البدء خارج فترة البرنامج.
rule-stay-too-long = مدة العقد أطول مما يسمح به البرنامج.
rule-employer-suspended = صاحب العمل موقوف.
rule-employer-mismatch = صاحب العمل غير مطابق.
rule-employer-not-in-destination = صاحب العمل ليس في بلد المقصد الخاص بالبرنامج.
rule-agency-licence-not-active = ترخيص الوكالة غير سارٍ.
rule-agency-licence-outside-corridor = الوكالة غير مرخّصة في بلدَي البرنامج.
rule-who-safeguard-active-recruitment = لا يجوز التوظيف النشط للعاملين الصحيين من بلد مدرج في قائمة الضمانات لمنظمة الصحة العالمية، إلا بموجب اتفاقية بين حكومتين.
rule-not-a-returning-worker = لا يمكن أن يُطلب بالاسم إلا العمال الذين أتموا عقدًا مع صاحب العمل هذا.
rule-contract-language-not-read = يجب أن يكون العقد بلغة يقرؤها العامل جيدًا (B1 أو أعلى).
rule-contract-wage-below-job-order = الأجر في العقد أقل من الأجر في عرض العمل.
rule-contract-wage-currency-mismatch = الأجر في العقد بعملة أخرى.
rule-contract-hours-below-job-order = يضمن العقد ساعات أقل مما في عرض العمل.
rule-contract-hours-above-job-order = يسمح العقد بساعات أكثر مما في عرض العمل.
rule-contract-housing-missing = لا يتضمن العقد السكن الذي وعد به عرض العمل.
rule-contract-housing-cost-above-job-order = يفرض العقد مقابلًا للسكن أعلى مما في عرض العمل.
rule-contract-medical-below-job-order = يقدم العقد رعاية طبية أقل مما في عرض العمل.
rule-contract-return-travel-missing = لا يتضمن العقد رحلة العودة المدفوعة.
rule-contract-duration-differs = مدة العقد تختلف عن المدة في عرض العمل.
rule-same-country = يجب أن يكون البلدان مختلفين.
rule-countries-fixed = لا يمكن تغيير بلدَي البرنامج.

## القوائم
pagination = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $page } من { $pages }

## عروض العمل، لمن يديرونها
job-orders-title = عروض العمل
job-orders-post = نشر عرض عمل
job-orders-by-status = عروض العمل حسب الحالة
job-orders-none = لا توجد عروض عمل هنا.
job-orders-managers-only = يدير عروضَ العمل أصحابُ العمل ووكالاتهم والمسؤولون.
job-orders-back = العودة إلى عروض العمل
job-status-pending_approval = في انتظار الاعتماد
job-status-open = مفتوح
job-status-closed = مغلق

job-form-intro = كل شرط تكتبه هنا يُعرض على العمال قبل أن يتقدموا، ويُقارن بالحد الأدنى لشروط البرنامج. إذا خالف أي شيء قاعدةً ما، تُعرض كل المشكلات حتى تتمكن من إصلاحها دفعة واحدة.
job-form-submit = تقديم عرض العمل
job-form-the-job = الوظيفة
job-form-agency = الوكالة المرخّصة التي تتولاه
job-form-agency-hint = لا يمكن أن تتولى عرض العمل إلا وكالة لديها ترخيص سارٍ في بلدَي البرنامج.
job-form-no-agency = بدون وكالة
job-form-find-occupation = المهنة
job-form-choose = اختيار
job-form-choose-occupation = ابحث عن المهنة واخترها.
job-form-title = المسمى الوظيفي
job-form-title-hint = كما تسمّي أنت الوظيفة. اتركه فارغًا لاستخدام اسم المهنة.
job-form-positions = عدد الوظائف الشاغرة
job-form-locality = البلدة أو المدينة
job-form-region = المنطقة أو المحافظة أو الولاية
job-form-duration = مدة العقد بالأشهر
job-form-pay = الأجر وساعات العمل
job-form-currency = العملة
job-form-per = يُدفع الأجر عن كل
per-hour = ساعة
per-week = أسبوع
per-month = شهر
per-year = سنة
job-form-guaranteed-hours = الساعات المضمونة في الأسبوع
job-form-max-hours = الحد الأقصى للساعات في الأسبوع
job-form-living = السكن والرعاية الطبية ورحلة العودة
job-form-housing-yes = يوفر صاحب العمل السكن
job-form-housing-no = لا يُوفَّر سكن
job-form-housing-cost = ما يدفعه العامل مقابل السكن شهريًا
job-form-housing-cost-hint = اتركه فارغًا إذا كان السكن مجانيًا.
job-form-housing-description = وصف السكن في كلمات قليلة
job-form-return = رحلة العودة
job-form-return-yes = يدفعها صاحب العمل
job-form-return-no = لا يدفعها صاحب العمل
job-form-requirements = ما يحتاجه العامل
job-form-experience = سنوات الخبرة المطلوبة
job-form-languages = اللغات المطلوبة
job-form-min-level = أدنى مستوى
job-form-skills = المهارات المطلوبة
job-form-contract-languages = اللغات التي يُقدَّم بها العقد
job-form-contract-languages-hint = يجب أن يقرأ العامل العقد جيدًا: قدّمه بلغات بلد المنشأ.
job-form-costs-hint = كل تكلفة من تكاليف التوظيف ومن يدفعها. يدفع صاحب العمل رسوم التوظيف والتكاليف ذات الصلة، ولا يدفعها العامل أبدًا.
job-form-cost-n = التكلفة { $n }
job-form-cost-category = الغرض منها
job-form-cost-paid-by = يدفعها
job-form-add-cost = إضافة تكلفة
job-form-named = عمال عائدون مطلوبون بالاسم
job-form-named-hint = أرقام العمال الذين أتموا عقدًا معك. لا تُعرض على العموم.
job-form-named-n = رقم العامل { $n }
job-form-add-named = إضافة عامل عائد

job-posted-pending = تم تقديم عرض العمل. سيراجعه مسؤول في بلد المقصد ويعتمده.
job-posted-open = عرض العمل مفتوح لتلقي الطلبات.
job-done-approved = تم اعتماد عرض العمل، وهو مفتوح لتلقي الطلبات.
job-done-sent_back = أُعيد عرض العمل إلى صاحب العمل مع السبب الذي ذكرته.
job-done-closed = تم إغلاق عرض العمل.
job-done-proposed = تم سؤال العامل. يبقى ملفه الشخصي خاصًا حتى يقبل.
job-see-public = عرض الصفحة التي يراها العمال
job-approval = الاعتماد
job-approval-problems = بعد التحقق منه اليوم وفق البرنامج، يخالف عرض العمل هذا القواعد التالية:
job-approval-ok = بعد التحقق منه اليوم وفق البرنامج، يستوفي عرض العمل هذا كل القواعد.
job-approve = اعتماد وفتح
job-send-back-reason = سبب الإعادة
job-send-back = إعادة إلى صاحب العمل
job-candidates = الطلبات
job-candidate = العامل { NUMBER($worker, useGrouping: "false") }
job-no-candidates = لم يتقدم أحد بعد.
job-shortlist = أفضل المرشحين
job-shortlist-intro = عمال سجّلوا للمطابقة، مرتبون حسب مدى ملاءمتهم. تبقى الأسماء خاصة؛ اقترح عاملًا وهو يقرر ما إذا كان سيتقدم.
job-score = النتيجة { $score }
job-details-withheld = هذا العامل لا يشارك ملفه الشخصي مع أصحاب العمل؛ لذلك الأسباب مخفية. لا يزال بإمكانك اقتراحه.
job-propose = اقتراح هذا العامل
job-already-proposed = سبق سؤاله أو تقدّم بالفعل.
job-close = إغلاق عرض العمل هذا
job-close-explained = لن يتمكن أحد من التقدم بعد الآن. تبقى الطلبات المقدَّمة سابقًا وتستمر.
job-close-confirm = أفهم ذلك، أغلقه
job-close-confirm-required = ضع علامة في المربع لتأكيد أنك تريد إغلاق عرض العمل.

## حالة توظيف، لمن يديرونها
placement-moved = تم التسجيل: { $status }.
placement-worker = العامل
placement-next-steps = الخطوات التالية
placement-record = تسجيل: { $status }
placement-end-reason = سبب الانتهاء المبكر
placement-steps-dated-today = تُسجَّل كل خطوة بتاريخ اليوم ({ $date }).
placement-record-payment = تسجيل دفعة
placement-payer = من دفع
placement-payment-note = رقم الإيصال أو ملاحظة (اختياري)
end-employer_breach = أخلّ صاحب العمل بالعقد
end-worker_choice = قرر العامل ترك العمل
end-changed_employer = غيّر العامل صاحب العمل
end-health_or_injury = مرض أو إصابة
end-work_ended = انتهى العمل
end-other = سبب آخر

## لوحات التحكم
dashboard-open-job-orders = عروض العمل المفتوحة
dashboard-pending-job-orders = عروض العمل في انتظار الاعتماد
dashboard-closed-job-orders = عروض العمل المغلقة
dashboard-agency = وكالتي وترخيصها
dashboard-pending-approval = عروض العمل المطلوب اعتمادها
dashboard-placements = حالات التوظيف: التأشيرات والمغادرة والوصول والعودة
dashboard-match-rounds = جولات المطابقة
dashboard-register-worker = تسجيل عامل
dashboard-agencies = وكالات التوظيف وتراخيصها
dashboard-employers = أصحاب العمل
dashboard-audit-log = سجل التدقيق
dashboard-users = المستخدمون
dashboard-statistics = الإحصاءات
placements-list-title = حالات التوظيف
placements-any-status = أي حالة
placements-filter = عرض
placements-count = { $count ->
    [zero] لا توجد حالات توظيف
    [one] حالة توظيف واحدة
    [two] حالتا توظيف
    [few] { $count } حالات توظيف
    [many] { $count } حالة توظيف
   *[other] { $count } حالة توظيف
}
placements-none-here = لا توجد حالات توظيف هنا.

## الأجور، والمبلغ بصيغة الأرقام في الصفحة
wage-per-hour = { $amount } في الساعة
wage-per-week = { $amount } في الأسبوع
wage-per-month = { $amount } في الشهر
wage-per-year = { $amount } في السنة
