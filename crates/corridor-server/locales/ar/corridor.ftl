# صفحات Corridor، العربية.
# ترجمة آلية تحتاج إلى مراجعة متحدث أصلي للعربية (انظر TRANSLATIONS.md).
# مصطلحات منظمة العمل الدولية: "رسوم التوظيف والتكاليف ذات الصلة"،
# مبدأ "صاحب العمل يدفع"؛ مستويات التصنيف الدولي الموحد للمهن (ISCO-08):
# المجموعة الرئيسية، المجموعة الفرعية الرئيسية، المجموعة الثانوية، المجموعة الأساسية.
# الأرقام لاتينية كما هو الافتراضي في CLDR للغة ar (انظر i18n/format.rs).
# فئات الجمع في العربية: zero, one, two, few (3-10), many (11-99), other (100...).
app-name = Corridor
app-tagline = وظائف قانونية في الخارج، كل الشروط مكتوبة، ولا رسوم على العمال.
nav-jobs = الوظائف
nav-my-placements = طلباتي
nav-dashboard = لوحة التحكم
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-language = اللغة
signed-in-as = تم تسجيل الدخول باسم { $name } ({ $role })

home-title = اعمل في الخارج بأمان وإنصاف
home-intro = يعرض Corridor وظائف مقدَّمة بموجب اتفاقيات بين الدول. تُظهر كل وظيفة الأجر وساعات العمل والسكن والرعاية الطبية ورحلة العودة، ومن يدفع كل تكلفة من تكاليف التوظيف. لا يدفع العمال رسوم التوظيف أبدًا.
home-browse = عرض الوظائف المتاحة
home-check-agency = التحقق من وكالة توظيف
home-api = توثيق واجهة البرمجة API ‏(OpenAPI)

sign-in-title = تسجيل الدخول
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = دخول
sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.

jobs-title = الوظائف المتاحة
jobs-for-you = الوظائف المتاحة في البرامج التي يمكنك الانضمام إليها
jobs-count = { $count ->
    [zero] لا توجد عروض عمل
    [one] عرض عمل واحد
    [two] عرضا عمل
    [few] { $count } عروض عمل
    [many] { $count } عرض عمل
   *[other] { $count } عرض عمل
}
jobs-recommended = موصى بها لك
jobs-recommended-note = مرتبة حسب مدى توافق مهنتك وخبرتك ومهاراتك ولغاتك، وما إذا كنت قد عملت في البرنامج من قبل. كل سبب مذكور.
jobs-none = لا توجد وظائف متاحة لك حاليًا.
jobs-positions = { $count ->
    [zero] لا توجد وظائف شاغرة
    [one] وظيفة شاغرة واحدة
    [two] وظيفتان شاغرتان
    [few] { $count } وظائف شاغرة
    [many] { $count } وظيفة شاغرة
   *[other] { $count } وظيفة شاغرة
}
jobs-starts = تبدأ في { $date }، لمدة { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
jobs-see = عرض كل الشروط

job-title = عرض العمل رقم { NUMBER($id, useGrouping: "false") }
job-programme = البرنامج
job-corridor = من { $origin } إلى { $destination }
job-employer = صاحب العمل
job-location = مكان العمل
job-occupation = المهنة
job-start = تاريخ البدء
job-duration = مدة العقد
job-months = { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
job-wage = الأجر
job-wage-minimum = الحد الأدنى للأجر في البرنامج هو { $minimum }.
job-hours = ساعات العمل
job-hours-text = { $guaranteed ->
    [zero] لا ساعات مضمونة في الأسبوع
    [one] ساعة واحدة مضمونة في الأسبوع
    [two] ساعتان مضمونتان في الأسبوع
    [few] { $guaranteed } ساعات مضمونة في الأسبوع
    [many] { $guaranteed } ساعة مضمونة في الأسبوع
   *[other] { $guaranteed } ساعة مضمونة في الأسبوع
}، وبحد أقصى { $max }
job-housing = السكن
job-housing-provided-free = يوفره صاحب العمل مجانًا.
job-housing-provided-cost = يوفره صاحب العمل، وتدفع { $cost } شهريًا.
job-housing-not-provided = غير متوفر.
job-medical = الرعاية الطبية
medical-none = غير متوفرة
medical-insurance = تأمين صحي يدفعه صاحب العمل
medical-care = رعاية طبية يوفرها صاحب العمل
medical-care_and_insurance = رعاية طبية وتأمين صحي يوفرهما صاحب العمل
job-return = رحلة العودة
job-return-paid = يدفعها صاحب العمل.
job-return-not-paid = لا يدفعها صاحب العمل.
job-rehire = إعادة التوظيف
job-rehire-yes = العمال الذين يُتمّون فترة عملهم تكون لهم الأولوية في إعادة التوظيف.
job-rehire-no = لا أولوية في إعادة التوظيف.
job-social-security = التقاعد والضمان الاجتماعي
job-pathway = الإقامة الدائمة
job-pathway-yes = يمكن أن يؤدي هذا البرنامج إلى الإقامة الدائمة.
job-pathway-no = لا يؤدي هذا البرنامج إلى الإقامة الدائمة.
job-languages = اللغات المطلوبة
job-language-level = { $language } بمستوى { $level } أو أعلى
job-experience = الخبرة المطلوبة
job-experience-months = { $months ->
    [zero] لا تلزم خبرة
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
job-skills = المهارات المطلوبة
job-skills-optional = مهارات مفيدة
job-contract-languages = لغات العقد المتاحة
job-costs = من يدفع تكاليف التوظيف
job-costs-note = وفقًا لمبدأ "صاحب العمل يدفع"، لا يدفع العامل أيًّا من هذه التكاليف. إذا طلب منك أحد أن تدفع، فأبلغ عن ذلك.
job-cost-category = التكلفة
job-cost-amount = المبلغ
job-cost-paid-by = يدفعها
job-cost-undeclared = صاحب العمل (مبدأ "صاحب العمل يدفع")
job-apply = التقدم لهذه الوظيفة
job-applied = لقد تقدمت لهذه الوظيفة.
job-sign-in-to-apply = سجّل الدخول بصفتك عاملًا للتقدم.
job-g2g = اتفاقية بين حكومتين

cost-recruitment_service = رسوم خدمة التوظيف
cost-medical = الفحص الطبي
cost-insurance = التأمين
cost-skills_tests = اختبارات المهارات واللغة
cost-training_orientation = التدريب والتوجيه قبل السفر
cost-equipment = المعدات
cost-travel_lodging = السفر والإقامة
cost-visa_administrative = التأشيرة والتكاليف الإدارية

party-worker = العامل
party-employer = صاحب العمل
party-agency = وكالة التوظيف
party-government = الحكومة
party-third_party = شخص آخر

placements-title = طلباتي
placements-none = لم تتقدم لأي وظيفة بعد.
placement-title = الطلب رقم { NUMBER($id, useGrouping: "false") }
placement-status = الحالة
placement-timeline = المراحل
placement-job = الوظيفة

status-applied = تم التقديم
status-shortlisted = في القائمة المختصرة
status-selected = تم الاختيار
status-contract_signed = تم توقيع العقد
status-orientation_done = اكتمل التوجيه قبل السفر
status-visa_issued = صدرت التأشيرة
status-departed = غادر البلد
status-arrived = وصل
status-employed = يعمل
status-completed = اكتمل العقد
status-returned = عاد إلى الوطن
status-withdrawn = سُحب الطلب
status-rejected = لم يتم الاختيار
status-ended_early = انتهى مبكرًا

dashboard-title = لوحة التحكم
dashboard-programmes = البرامج
dashboard-job-orders = عروض العمل
dashboard-violations = مخالفات الرسوم المبلَّغ عنها
dashboard-researcher = يرى الباحثون إحصاءات مجمّعة ومحمية فقط، دون أي سجلات شخصية.

error-title = حدث خطأ ما
error-not-found = هذه الصفحة غير موجودة.
error-forbidden = لا يُسمح لك بعرض هذه الصفحة.
error-back = العودة إلى البداية

footer-data = المهن والمهارات: ESCO (© الاتحاد الأوروبي، CC BY 4.0). ضمانات العاملين الصحيين: منظمة الصحة العالمية (2023).

# الإحصاءات (قاعدة الأدلة)
home-stats = الإحصاءات: العمال المهاجرون في الخارج، والتدفقات، والنقص في العمالة، والرسوم
dashboard-stats = فتح الإحصاءات: جداول ورسوم بيانية محمية، مع تنزيل بصيغ CSV وJSON وSDMX
stats-title = الإحصاءات
stats-intro = أرقام من سجلات Corridor نفسها عن التوظيف وعروض العمل والعمال المسجلين وسجل الرسوم. يظهر بجانب كل رقم مصدره وتعريفه وطريقته ودرجة عدم اليقين فيه. لا يُعرض أي سجل شخصي أبدًا: يُحجب كل رقم يستند إلى أقل من { $min ->
    [zero] { $min } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $min } أشخاص
    [many] { $min } شخصًا
   *[other] { $min } شخص
}، ومعه أرقام أخرى كافية حتى لا يمكن استنتاجه من المجاميع.
stats-all-figures = كل الأرقام
stats-api = كل جدول متاح أيضًا من واجهة البرمجة (/api/v1/stats) بصيغ JSON وCSV وSDMX-CSV.
stats-source = المصدر
stats-reference = المرجع
stats-reference-date = في { $date }
stats-reference-period = من { $from } إلى { $to }
stats-definition = التعريف
stats-method = الطريقة
stats-unit = الوحدة
stats-uncertainty = عدم اليقين
stats-disclosure = ضبط الإفصاح
stats-disclosure-text = تُحجب الخانات التي تستند إلى أقل من { $min ->
    [zero] { $min } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $min } أشخاص
    [many] { $min } شخصًا
   *[other] { $min } شخص
}: عددها هنا { $primary }، وحُجب { $secondary } غيرها حتى لا يمكن استنتاج أي منها من المجاميع.
stats-not-additive = مجموع هذه الخانات لا يساوي مجاميعها: كل مجموع يُحسب مباشرة.
stats-uncertainty-complete = عدّ كامل للسجلات الإدارية: لا يوجد خطأ معاينة. لا تُقدَّر أخطاء التسجيل والإدخالات المتأخرة.
stats-uncertainty-replicates = أخطاء معيارية من أوزان التكرار؛ ± هو هامش الخطأ عند 90%؛ يُعلَّم معامل الاختلاف (CV) الذي يتجاوز 30% بأنه غير موثوق.
stats-uncertainty-none = لا يمكن حساب خطأ معياري لهذا المصدر.
stats-download = تنزيل
stats-withheld = محجوب
stats-withheld-primary = محجوب: أقل من { $min ->
    [zero] { $min } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $min } أشخاص
    [many] { $min } شخصًا
   *[other] { $min } شخص
}
stats-withheld-secondary = محجوب لحماية خانة أخرى
stats-not-defined = غير معرَّف (لا توجد حالات)
stats-unreliable = غير موثوق (معامل الاختلاف أكثر من 30%)
stats-total = المجموع
stats-unknown = غير معروف
stats-value = القيمة
stats-status = الحالة
stats-chart = رسم بياني
stats-show = عرض
stats-cross = التوزيع حسب
stats-date = التاريخ
stats-from = من
stats-to = إلى
stats-period = الفترة
stats-period-hint = سنة (2025) أو ربع سنة (2025-Q1) أو شهر (2025-03)
stats-date-hint = آخر يوم في الشهر
stats-busy = خدمة الإحصاءات مشغولة بحساب جداول أخرى. تُعرض الجداول المحسوبة مسبقًا على الفور؛ يُرجى المحاولة مجددًا بعد بضع ثوانٍ.
stats-too-many = طلبت جداول جديدة كثيرة في وقت قصير. يُرجى الانتظار قليلًا ثم المحاولة مجددًا.
stats-calendar-periods = تُنشر للأشهر والأرباع والسنوات التقويمية فقط، وكل منها مقتطع من جدول محمي واحد للسنة كاملة، فلا يمكن طرح جدولين منشورين للكشف عن مجموعة صغيرة.
stats-bad-request = لا يمكن إنشاء هذا الجدول: { $reason }
stats-more = التفاصيل وتوزيعات أخرى والتنزيلات
stats-unit-PS = أشخاص
stats-unit-POS = وظائف شاغرة
stats-unit-PT = نسبة (بالمئة)
stats-unit-DAYS = أيام
stats-unit-NUM = مدفوعات
stats-unit-MINOR_UNITS = الوحدات الصغرى للعملة (السنتات)

stats-dim-corridor = ممر الهجرة
stats-dim-origin = بلد المنشأ
stats-dim-destination = بلد المقصد
stats-dim-programme = البرنامج
stats-dim-isco1 = المهنة (المجموعة الرئيسية في ISCO-08)
stats-dim-isco2 = المهنة (المجموعة الفرعية الرئيسية في ISCO-08)
stats-dim-sex = الجنس
stats-dim-age = الفئة العمرية
stats-dim-month = الشهر
stats-dim-quarter = الربع
stats-dim-year = السنة
stats-dim-end_reason = سبب الانتهاء المبكر
stats-dim-currency = العملة
stats-dim-fee_category = فئة الرسوم (منظمة العمل الدولية 2019)
stats-dim-payer = من دفع
stats-dim-un_duration = مدة الإقامة (الأمم المتحدة 1998)
stats-dim-country_of_birth = بلد الميلاد
stats-dim-geography = المنطقة

stats-code-F = نساء
stats-code-M = رجال
stats-code-O = غير ذلك
stats-code-EMPLOYER_BREACH = أخلّ صاحب العمل بالعقد
stats-code-WORKER_CHOICE = اختيار العامل
stats-code-CHANGED_EMPLOYER = تغيير صاحب العمل
stats-code-HEALTH = مرض أو إصابة
stats-code-WORK_ENDED = انتهى العمل
stats-code-OTHER = سبب آخر
stats-code-WORKER = العامل
stats-code-EMPLOYER = صاحب العمل
stats-code-AGENCY = وكالة التوظيف
stats-code-GOVERNMENT = الحكومة
stats-code-THIRD_PARTY = شخص آخر
stats-code-RECRUITMENT_SERVICE = رسوم خدمة التوظيف
stats-code-MEDICAL = التكاليف الطبية
stats-code-INSURANCE = التأمين
stats-code-SKILLS_TESTS = اختبارات المهارات
stats-code-TRAINING_ORIENTATION = التدريب والتوجيه
stats-code-EQUIPMENT = المعدات
stats-code-TRAVEL_LODGING = السفر والإقامة
stats-code-VISA_ADMINISTRATIVE = التأشيرات والتكاليف الإدارية
stats-code-BRIBE = رشوة
stats-code-KICKBACK = عمولة غير مشروعة
stats-code-BOND = كفالة أو وديعة
stats-code-COLLATERAL = ضمان
stats-code-LONG_TERM = طويلة الأجل (12 شهرًا أو أكثر)
stats-code-SHORT_TERM = قصيرة الأجل (من 3 إلى 12 شهرًا)
stats-code-UNDER_3M = أقل من 3 أشهر

stats-fig-stock-abroad-title = العمال في الخارج
stats-fig-stock-abroad-definition = العمال الذين جرى توظيفهم في الخارج عبر برامج Corridor وغادروا، ولم يعودوا ولم ينتهِ عملهم مبكرًا حتى التاريخ المرجعي. الإقامة لمدة 12 شهرًا أو أكثر طويلة الأجل، ومن 3 إلى 12 شهرًا قصيرة الأجل (الأمم المتحدة 1998)، بحسب العقد المخطط له.
stats-fig-stock-abroad-method = عدد حالات التوظيف التي غادر فيها العامل في التاريخ أو قبله دون عودة أو انتهاء مبكر حتى ذلك الحين؛ وحسب الفترة، في آخر يوم من كل فترة.
stats-fig-departures-title = المغادرات
stats-fig-departures-definition = العمال الذين يغادرون بلد المنشأ للعمل في إطار برنامج من برامج Corridor (تدفق).
stats-fig-departures-method = عدد أحداث المغادرة المؤرخة في الفترة.
stats-fig-returns-title = العودة
stats-fig-returns-definition = العمال العائدون إلى بلد المنشأ بعد انتهاء التوظيف (تدفق).
stats-fig-returns-method = عدد أحداث العودة المؤرخة في الفترة.
stats-fig-early-endings-title = عمل انتهى مبكرًا
stats-fig-early-endings-definition = حالات التوظيف التي انتهى فيها العمل قبل نهاية العقد، حسب السبب المسجل.
stats-fig-early-endings-method = عدد أحداث الانتهاء المبكر المؤرخة في الفترة.
stats-fig-demand-title = الطلب: الوظائف الشاغرة في عروض العمل المفتوحة
stats-fig-demand-definition = الوظائف الشاغرة في عروض العمل المعتمدة المنشورة في التاريخ أو قبله والتي لم تُغلق بعد. لا يسجل Corridor يوم إغلاق عرض العمل: يُحتسب العرض المغلق حتى أول يوم عمل فيه.
stats-fig-demand-method = مجموع الوظائف الشاغرة في عروض العمل المفتوحة في التاريخ.
stats-fig-supply-title = العرض: العمال المؤهلون المتاحون
stats-fig-supply-definition = العمال المسجلون المتاحون في التاريخ والذين يمكنهم الانضمام إلى برنامج (جنسية أو إقامة في بلد المنشأ الخاص به ومهنة يشملها). لا يُحتسب إلا العمال الذين وافقوا على احتسابهم في الإحصاءات.
stats-fig-supply-method = عمال مميزون دون تكرار؛ العامل المؤهل لعدة برامج أو مهن يُحتسب مرة واحدة في كل منها ومرة واحدة في كل مجموع.
stats-fig-gap-title = الفجوة: الطلب ناقص العرض
stats-fig-gap-definition = الوظائف الشاغرة في عروض العمل المفتوحة ناقص العمال المؤهلين المتاحين؛ القيمة الموجبة تعني وظائف أكثر من العمال المؤهلين.
stats-fig-gap-method = الطلب ناقص العرض، خانة بخانة، في التاريخ.
stats-fig-fill-rate-title = معدل شغل عروض العمل
stats-fig-fill-rate-definition = العمال الذين غادروا لكل وظيفة شاغرة، لعروض العمل المنشورة في الفترة.
stats-fig-fill-rate-method = حالات التوظيف التي تمت فيها المغادرة مقسومة على الوظائف الشاغرة، لعروض العمل المنشورة في الفترة، كما هي مسجلة عند إعداد الجدول.
stats-fig-days-to-departure-median-title = الأيام من عرض العمل حتى المغادرة (الوسيط)
stats-fig-days-to-departure-median-definition = الأيام بين نشر عرض العمل ومغادرة العامل من أجله، للمغادرات في الفترة.
stats-fig-days-to-departure-median-method = الوسيط بالاستيفاء الخطي (النوع 7).
stats-fig-days-to-departure-p90-title = الأيام من عرض العمل حتى المغادرة (المئين التسعون)
stats-fig-days-to-departure-p90-definition = الأيام بين نشر عرض العمل ومغادرة العامل من أجله، للمغادرات في الفترة.
stats-fig-days-to-departure-p90-method = المئين التسعون بالاستيفاء الخطي (النوع 7): تسع من كل عشر مغادرات استغرقت هذه المدة على الأكثر.
stats-fig-fee-violations-title = مخالفات الرسوم
stats-fig-fee-violations-definition = مدفوعات في سجل الرسوم خالفت قواعد التوظيف العادل: عامل يدفع رسوم توظيف أو تكاليف ذات صلة، أو أي رشوة أو عمولة غير مشروعة أو كفالة أو ضمان (تعريف منظمة العمل الدولية لعام 2019).
stats-fig-fee-violations-method = عدد المدفوعات المخالفة المؤرخة في الفترة.
stats-fig-fee-violation-amount-paid-by-workers-title = الرسوم التي أُجبر العمال على دفعها
stats-fig-fee-violation-amount-paid-by-workers-definition = المدفوعات المخالفة التي دفعها العمال (تعريف منظمة العمل الدولية لعام 2019)، حسب العملة.
stats-fig-fee-violation-amount-paid-by-workers-method = مجموع المدفوعات المخالفة التي دفعها العمال والمؤرخة في الفترة بالوحدات الصغرى (السنتات)؛ لا تُحوَّل العملات ولا تُجمع معًا أبدًا.
stats-fig-return-rate-title = معدل العودة
stats-fig-return-rate-definition = من بين حالات التوظيف التي انتهى فيها العمل خلال الفترة (اكتمل أو انتهى مبكرًا)، نسبة الحالات التي سُجلت فيها العودة إلى الوطن.
stats-fig-return-rate-method = حالات التوظيف المنتهية التي فيها حدث عودة مقسومة على كل حالات التوظيف المنتهية.
stats-fig-rehire-rate-title = معدل إعادة التوظيف
stats-fig-rehire-rate-definition = من بين المغادرات في الفترة، نسبة العمال الذين أتموا توظيفًا سابقًا: سجل العمل المثبت وهو يؤتي ثماره.
stats-fig-rehire-rate-method = مغادرات العمال الذين لديهم توظيف سابق مكتمل مقسومة على كل المغادرات في الفترة.

# لماذا يوصى بعرض العمل: سطر لكل جزء من النتيجة
# (مستويات ISCO-08: المجموعة الرئيسية، الفرعية الرئيسية، الثانوية، الأساسية).
why-same-occupation = المهنة نفسها: { $occupation }
why-same-unit-group = المجموعة الأساسية نفسها { $group }
why-same-minor-group = المجموعة الثانوية نفسها { $group }
why-same-sub-major-group = المجموعة الفرعية الرئيسية نفسها { $group }
why-same-major-group = المجموعة الرئيسية نفسها { $group }
why-unrelated = لا توجد مهنة ذات صلة
why-required-skills = المهارات المطلوبة: { $held } من { $of }
why-optional-skills = المهارات الاختيارية: { $held } من { $of }
why-language = { $language } { $has }، والمطلوب { $needs }
why-experience = خبرة { $years ->
    [zero] { $months ->
        [zero] أقل من شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
    [one] { $months ->
        [zero] سنة واحدة
        [one] سنة وشهر
        [two] سنة وشهرين
        [few] سنة و{ $months } أشهر
        [many] سنة و{ $months } شهرًا
       *[other] سنة و{ $months } شهر
    }
    [two] { $months ->
        [zero] سنتين
        [one] سنتين وشهر
        [two] سنتين وشهرين
        [few] سنتين و{ $months } أشهر
        [many] سنتين و{ $months } شهرًا
       *[other] سنتين و{ $months } شهر
    }
    [few] { $months ->
        [zero] { $years } سنوات
        [one] { $years } سنوات وشهر
        [two] { $years } سنوات وشهرين
        [few] { $years } سنوات و{ $months } أشهر
        [many] { $years } سنوات و{ $months } شهرًا
       *[other] { $years } سنوات و{ $months } شهر
    }
    [many] { $months ->
        [zero] { $years } سنة
        [one] { $years } سنة وشهر
        [two] { $years } سنة وشهرين
        [few] { $years } سنة و{ $months } أشهر
        [many] { $years } سنة و{ $months } شهرًا
       *[other] { $years } سنة و{ $months } شهر
    }
   *[other] { $months ->
        [zero] { $years } سنة
        [one] { $years } سنة وشهر
        [two] { $years } سنة وشهرين
        [few] { $years } سنة و{ $months } أشهر
        [many] { $years } سنة و{ $months } شهرًا
       *[other] { $years } سنة و{ $months } شهر
    }
} في المجموعة المهنية
why-available-whole = متاح طوال مدة العقد
why-available-part = متاح { $covered } من أصل { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من العقد
why-returning = عامل عائد: أولوية
why-returning-same-employer = عامل عائد: أولوية، صاحب العمل نفسه
why-named = طلبه صاحب العمل بالاسم
why-preference = يفضّل هذا البرنامج أو هذه الوجهة ({ $destination })
