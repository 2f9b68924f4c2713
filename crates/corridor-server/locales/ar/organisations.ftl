# Corridor: أصحاب العمل ووكالات التوظيف، العربية. سجل الترخيص والأسباب
# المذكورة فيه علنيان، حتى يتمكن العامل من التحقق من وكيل التوظيف.
# ترجمة آلية تحتاج إلى مراجعة متحدث أصلي للعربية (انظر TRANSLATIONS.md).
# فئات الجمع في العربية: zero, one, two, few (3-10), many (11-99), other (100...).

## مشترك
org-name = الاسم المسجل
org-country = البلد
org-all-countries = كل البلدان
org-history = السجل
org-reason = السبب
org-reason-optional = السبب (اختياري)
org-reason-public = يُحفظ السبب في السجل ويُعرض على الجميع في هذه الصفحة.
org-valid-until = سارٍ حتى { $date }
org-error-reason-required = اذكر السبب. يُحفظ السبب في السجل.
org-error-reason-too-long = يجب أن يكون السبب أقل من 2000 حرف.
org-error-name-required = أدخل الاسم المسجل.

## أصحاب العمل
org-employers-title = أصحاب العمل
org-employers-intro = أصحاب العمل في بلدان المقصد، يسجّلهم مسؤولو بلدانهم. لا يمكن لصاحب العمل الموقوف نشر عروض عمل.
org-employers-count = { $count ->
    [zero] لا يوجد أصحاب عمل
    [one] صاحب عمل واحد
    [two] صاحبا عمل
    [few] { $count } أصحاب عمل
    [many] { $count } صاحب عمل
   *[other] { $count } صاحب عمل
}
org-employers-none = لا يوجد صاحب عمل مطابق.
org-registration-number = رقم السجل التجاري
org-registration-number-hint = كما هو مسجل في بلد صاحب العمل.
org-sector = القطاع
org-sector-hint = بكلمات بسيطة، مثلًا الزراعة أو الصحة أو الصناعة التحويلية.
org-employer-status-active = نشط
org-employer-status-suspended = موقوف
org-employer-action-register = التسجيل
org-employer-action-suspend = الإيقاف
org-employer-action-reinstate = إعادة التفعيل
org-employer-register = تسجيل صاحب عمل
org-employer-register-intro = يسجّله مسؤولو بلد صاحب العمل. ويمكنه نشر عروض العمل فورًا.
org-employer-register-only = لا يسجّل أصحابَ العمل إلا مسؤولو بلدان المقصد ومديرو النظام.
org-employer-suspend = إيقاف صاحب العمل هذا
org-employer-suspend-explained = لا يمكن لصاحب العمل الموقوف نشر عروض عمل حتى يُعاد تفعيله. تستمر حالات التوظيف الجارية.
org-employer-reinstate = إعادة تفعيل صاحب العمل هذا
org-employer-reinstate-explained = يمكن لصاحب العمل نشر عروض العمل مجددًا.
org-employer-reason-hint = يُحفظ السبب في سجل صاحب العمل.
org-employer-done-registered = تم تسجيل صاحب العمل.
org-employer-done-suspend = تم إيقاف صاحب العمل.
org-employer-done-reinstate = تمت إعادة تفعيل صاحب العمل.
org-back-to-employers = العودة إلى أصحاب العمل
org-error-registration-number-required = أدخل رقم السجل التجاري.

## الوكالات والتراخيص
org-agencies-title = وكالات التوظيف
org-agencies-intro = كل وكالات التوظيف المرخّصة عبر Corridor، مع حالة ترخيص كل منها اليوم. قبل أن تدفع لأي أحد أو توقّع على أي شيء، تحقق من أن ترخيص الوكالة سارٍ. لا يدفع العمال رسوم التوظيف أبدًا.
org-agencies-count = { $count ->
    [zero] لا توجد وكالات
    [one] وكالة واحدة
    [two] وكالتان
    [few] { $count } وكالات
    [many] { $count } وكالة
   *[other] { $count } وكالة
}
org-agencies-none = لا توجد وكالة مطابقة.
org-agency = الوكالة
org-established-in = بلد التأسيس
org-licence = الترخيص
org-licence-number = رقم الترخيص
org-issuing-country = صادر عن
org-licence-validity = مدة السريان
org-licence-valid-dates = من { $from } إلى { $until }
org-valid-from = أول يوم للسريان
org-valid-until-label = آخر يوم للسريان
org-licence-status-active = سارٍ
org-licence-status-suspended = موقوف
org-licence-status-revoked = ملغى
org-licence-status-expired = منتهي الصلاحية
org-licence-not-active-warning = لا يجوز لهذه الوكالة التوظيف الآن. لا تدفع لها ولا توقّع معها على أي شيء.
org-licence-history = سجل الترخيص
org-licence-action-issue = منح الترخيص
org-licence-action-renew = التجديد
org-licence-action-suspend = الإيقاف
org-licence-action-reinstate = إعادة التفعيل
org-licence-action-revoke = الإلغاء
org-licence-action-expire = انتهاء الصلاحية
org-licence-actions = تغيير الترخيص
org-licence-renew = تجديد الترخيص
org-new-valid-until = آخر يوم جديد للسريان
org-new-valid-until-hint = بعد آخر يوم حالي، مثلًا 2029-12-31.
org-licence-suspend = إيقاف الترخيص
org-licence-suspend-explained = لا يجوز للوكالة التوظيف حتى يُعاد تفعيل الترخيص: لا يمكنها تولي عروض عمل جديدة.
org-licence-reinstate = إعادة تفعيل الترخيص
org-licence-reinstate-explained = يعود الترخيص ساريًا حتى آخر يوم لسريانه.
org-licence-revoke = إلغاء الترخيص
org-licence-revoke-explained = يسحب الترخيص نهائيًا. ستؤكد ذلك في الصفحة التالية.
org-licence-done-licensed = تم منح الترخيص للوكالة.
org-licence-done-renew = تم تجديد الترخيص.
org-licence-done-suspend = تم إيقاف الترخيص.
org-licence-done-reinstate = تمت إعادة تفعيل الترخيص.
org-licence-done-revoke = تم إلغاء الترخيص.
org-agency-license = منح ترخيص لوكالة
org-agency-license-intro = يمنح مسؤولو البلد المُصدِر للترخيص الترخيصَ لوكالة التوظيف. يكون الترخيص ساريًا من أول يوم لسريانه حتى آخر يوم.
org-agency-license-only = لا يمنح التراخيص لوكالات التوظيف إلا المسؤولون ومديرو النظام.
org-licence-number-taken = رقم الترخيص هذا مسجل بالفعل.
org-back-to-agencies = العودة إلى الوكالات
org-error-licence-number-required = أدخل رقم الترخيص.
org-error-valid-until-required = أدخل آخر يوم جديد للسريان.
org-error-licence-valid-until-before-start = لا يمكن أن يكون آخر يوم للسريان قبل أول يوم.

## الإلغاء
org-revoke-title = إلغاء ترخيص { $name }
org-revoke-intro = سيُسحب الترخيص رقم { $number } نهائيًا.
org-revoke-consequence-final = لا يمكن إعادة تفعيل الترخيص الملغى ولا تجديده؛ وستحتاج الوكالة إلى ترخيص جديد.
org-revoke-consequence-job-orders = لا يمكن للوكالة تولي عروض عمل جديدة. تبقى حالات التوظيف الجارية مسجلة.
org-revoke-consequence-public = يُعرض الإلغاء وسببه على الجميع في صفحة الوكالة.
org-revoke-confirm = أؤكد إلغاء هذا الترخيص نهائيًا
org-error-confirm-confirmation-required = ضع علامة في المربع لتأكيد الإلغاء.

## وكالة وكيل التوظيف
org-own-agency-title = وكالتي
org-own-agency-intro = ترخيص وكالتك كما يراه العمال والمسؤولون، وعروض العمل التي تتولاها وكالتك.
org-agency-job-orders = عروض العمل التي تتولاها وكالتك
org-agency-job-orders-none = لا تتولى وكالتك أي عرض عمل بعد.
org-job-order-status-pending_approval = في انتظار الاعتماد
org-job-order-status-open = مفتوح
org-job-order-status-closed = مغلق
org-job-order-starts = يبدأ في { $date }

## القواعد
rule-illegal-licence-action = لا يمكن تطبيق هذا الإجراء على الترخيص في حالته الحالية.
rule-illegal-employer-action = لا يمكن تطبيق هذا الإجراء على صاحب العمل في حالته الحالية.
rule-renewal-not-later = يجب أن يكون آخر يوم جديد للسريان بعد آخر يوم حالي، وألا يكون في الماضي.
rule-changed-by-action = لا يتغير هذا إلا عبر الإجراء الخاص به، الذي يحفظ السبب.
rule-confirmation-required = ضع علامة في المربع للتأكيد.
