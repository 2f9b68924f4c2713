# صفحات مسؤولي بلدان المنشأ والمقصد (ومديري النظام)، العربية: البرامج،
# وجولات المطابقة، ومخالفات الرسوم، وسجل التدقيق، وتسجيل عامل في مكتب
# توظيف. الكلمات المشتركة (form-*, rule-*, status-*, consent-*, job-*) مأخوذة
# من corridor.ftl وpages.ftl.
# ترجمة آلية تحتاج إلى مراجعة متحدث أصلي للعربية (انظر TRANSLATIONS.md).
# فئات الجمع في العربية: zero, one, two, few (3-10), many (11-99), other (100...).

## القوائم
pager-label = الصفحات
pager-page-of = الصفحة { $page } من { $pages }
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
official-filter = التصفية
official-filter-apply = عرض
official-filter-clear = إلغاء التصفية

## كلمات مشتركة بين صفحات المسؤولين
official-sex-female = نساء
official-sex-male = رجال
official-sex-other = جنس آخر
official-sex-not_stated = الجنس غير مذكور
official-person-not-stated = غير مذكور
official-country-of-residence = بلد الإقامة
official-worker-id = العامل { $id }
official-job-starts = يبدأ في { $date }
official-job-status-pending_approval = في انتظار الاعتماد
official-job-status-open = مفتوح
official-job-status-closed = مغلق
official-isco-invalid = أدخل رمز مجموعة في ISCO-08، مثلًا 611 أو 9211
official-currency-choose = اختر عملة البرنامج
official-hours-invalid = أدخل عدد ساعات العمل في الأسبوع رقمًا من 0 إلى 168
official-months-invalid = أدخل عددًا صحيحًا من الأشهر
official-percent-invalid = أدخل نسبة مئوية من 0 إلى 100
official-positions-invalid = أدخل عدد الوظائف الشاغرة عددًا صحيحًا
official-per-hour = في الساعة
official-per-week = في الأسبوع
official-per-month = في الشهر
official-per-year = في السنة

programme-kind-seasonal = عمل موسمي
programme-kind-temporary = عمل مؤقت
programme-kind-long_term = عمل طويل الأجل (12 شهرًا أو أكثر)
programme-kind-diaspora_temporary_return = العودة المؤقتة لمهنيي الشتات

## البرامج
official-programmes-title = البرامج
official-programmes-intro = البرامج التي يشارك فيها بلدك. يغيّر مسؤولو أي من بلدَي البرنامج شروطه؛ ويُتحقق من كل عرض عمل في إطاره وفقًا لها.
official-programmes-count = { $count ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $count } برامج
    [many] { $count } برنامجًا
   *[other] { $count } برنامج
}
official-programmes-none = لا يوجد برنامج لبلدك بعد.
official-programmes-back = العودة إلى البرامج
official-programme-new = إنشاء برنامج
official-programme-edit = تغيير الشروط
official-programme-rounds = جولات المطابقة في هذا البرنامج
official-programme-saved = تم حفظ البرنامج.
official-programme-terms = الشروط
official-programme-valid = يمكن أن تبدأ عروض العمل
official-programme-valid-from = ابتداءً من { $from }
official-programme-valid-between = من { $from } إلى { $until }
official-programme-max-stay = أطول مدة إقامة، بالأشهر
official-programme-longest-stay = أطول مدة إقامة
official-programme-occupations = المهن المشمولة
official-programme-women-share = الحد الأدنى لنسبة النساء بين العمال المختارين
official-programme-women-share-none = غير محدد
official-programme-conditions = الحد الأدنى لشروط كل عرض عمل
official-programme-min-wage = الحد الأدنى للأجر
official-housing-required = يجب على صاحب العمل توفير السكن.
official-housing-not-required = لا يلزم صاحب العمل توفير السكن.
official-housing-cap = يدفع العامل مقابله { $cap } في الشهر على الأكثر.
official-housing-free = عند توفيره يكون مجانيًا.
official-social-security-portable = يمكن نقل الاشتراكات إلى الوطن.
official-social-security-not-portable = لا يمكن نقل الاشتراكات إلى الوطن.
official-programme-quotas = الحصص
official-programme-no-quotas = لا توجد حصص: لا يحد عدد الوظائف الشاغرة إلا عروض العمل.
official-programme-no-job-orders = لم يُنشر أي عرض عمل في إطار هذا البرنامج بعد.
official-quota-period = الفترة
official-quota-isco = المجموعة المهنية (ISCO-08)
official-quota-isco-hint = اتركه فارغًا لتشمل الحصة كل المجموعات التي يغطيها البرنامج.
official-quota-sex = الجنس
official-quota-positions = الوظائف الشاغرة
official-quota-any-group = كل المجموعات
official-quota-anyone = الجميع
official-quota-n = الحصة { $n }
official-quota-from = أول يوم
official-quota-to = آخر يوم

official-programme-form-intro = كل الشروط التي اتفق عليها البلدان. يُتحقق من كل عرض عمل في إطار البرنامج وفق هذا الحد الأدنى من الشروط قبل فتحه.
official-programme-save = حفظ البرنامج
official-programme-about = البرنامج
official-programme-name = الاسم
official-programme-origin = بلد منشأ العمال
official-programme-destination = بلد المقصد
official-programme-corridor = البلدان:
official-programme-countries-fixed = لا يمكن تغيير بلدَي البرنامج؛ أنشئ برنامجًا جديدًا لبلدان أخرى.
official-programme-kind = نوع البرنامج
official-programme-g2g = مُبرم بين الحكومتين
official-programme-valid-from-label = أول يوم يمكن أن تبدأ فيه عروض العمل
official-programme-valid-from-hint = مثلًا 2027-01-15
official-programme-valid-until-label = آخر يوم يمكن أن تبدأ فيه عروض العمل
official-programme-valid-until-hint = اتركه فارغًا إذا لم يكن للبرنامج تاريخ انتهاء.
official-programme-max-stay-hint = من 1 إلى 120 شهرًا.
official-programme-occupations-hint = كل مجموعة في ISCO-08 يشملها البرنامج، بأي مستوى: 6 لكل العمال المهرة في الزراعة، و611 لمزارعي الحدائق السوقية والمحاصيل، و6111 لمزارعي المحاصيل الحقلية والخضروات.
official-programme-occupation-n = المجموعة المهنية { $n }
official-programme-add-occupation = إضافة مجموعة مهنية أخرى
official-programme-conditions-hint = يجوز لأصحاب العمل أن يقدّموا أكثر، لا أقل أبدًا.
official-programme-currency = العملة
official-programme-currency-hint = الأجر ومقابل السكن بهذه العملة.
official-programme-wage-per = يُدفع الأجر
official-programme-guaranteed-hours = ساعات العمل المضمونة كل أسبوع، على الأقل
official-programme-max-hours = ساعات العمل في الأسبوع، على الأكثر
official-programme-housing-required = يجب على صاحب العمل توفير السكن
official-programme-housing-cap = أقصى ما يجوز تحصيله من العامل مقابل السكن في الشهر
official-programme-housing-cap-hint = اتركه فارغًا إذا كان يجب أن يكون السكن مجانيًا.
official-programme-return-paid = يدفع صاحب العمل تكاليف رحلة العودة
official-programme-rehire = العمال الذين يُتمّون فترة توظيفهم تكون لهم الأولوية في إعادة التوظيف
official-programme-social-security-portable = يمكن نقل اشتراكات التقاعد والضمان الاجتماعي إلى الوطن
official-programme-social-security = كيف يعمل التقاعد والضمان الاجتماعي
official-programme-social-security-hint = بكلمات بسيطة، مثلًا: اتفاقية ضمان اجتماعي بين البلدين.
official-programme-pathway = يمكن أن يؤدي البرنامج إلى الإقامة الدائمة
official-programme-quotas-hint = الوظائف المتاحة في فترة ما، لكل مهن البرنامج أو لمجموعة واحدة، وللجميع أو لجنس واحد. تُحتسب الوظيفة مشغولة عندما يُختار عامل خلال الفترة.
official-programme-add-quota = إضافة حصة
official-programme-women-share-hint = نسبة مئوية، مثلًا 40. تلتزم بها جولات المطابقة المثلى؛ اتركه فارغًا إن لم يكن هناك حد أدنى.

## جولات المطابقة
official-rounds-title = جولات المطابقة
official-rounds-intro = تقرن جولة المطابقة بين العمال المتاحين الذين وافقوا على المطابقة وعروض العمل المفتوحة في برنامج ما. تراجع أنت كل زوج (عامل ووظيفة) وأسبابه، ثم تؤكد الجولة أو ترفضها.
official-rounds-count = { $count ->
    [zero] لا توجد جولات
    [one] جولة واحدة
    [two] جولتان
    [few] { $count } جولات
    [many] { $count } جولة
   *[other] { $count } جولة
}
official-rounds-none = لم تُجرَ أي جولة مطابقة لبرامجك بعد.
official-rounds-every-programme = كل البرامج
official-rounds-back = العودة إلى جولات المطابقة
official-round-new = إجراء جولة مطابقة
official-round-new-intro = الجولة مجرد اقتراح: لا يُرشَّح أحد حتى تراجعها وتؤكدها.
official-round-new-note = لا يدخل الجولة إلا العمال الذين وافقوا على المطابقة. قد يستغرق إجراؤها بضع ثوانٍ.
official-round-programme = البرنامج
official-round-mechanism = كيفية إقران العمال بالوظائف
official-round-mechanism-optimal = المثلى: أعلى نتيجة إجمالية
official-round-mechanism-optimal-explained = تشغل الوظائف بالأزواج الأكثر توافقًا في المجمل، ضمن حصص البرنامج والحد الأدنى لنسبة النساء فيه.
official-round-mechanism-stable = المستقرة: اختيارات العمال أولًا
official-round-mechanism-stable-explained = القبول المؤجل: لا يوجد عامل وصاحب عمل يفضّل كلاهما أن يُقرنا معًا بدلًا مما أُسند إليهما. لا تلتزم بالحصص ولا بنسبة النساء؛ ولا يؤدي التأكيد أبدًا إلى اختيار أحد بما يتجاوز الحصة.
official-round-run = إجراء الجولة
official-round-choose-programme = اختر البرنامج
official-round-choose-mechanism = اختر كيفية إقران العمال بالوظائف
official-round-title = جولة المطابقة رقم { $id }
official-round-status-proposed = في انتظار قرارك
official-round-status-confirmed = مؤكدة
official-round-status-discarded = مرفوضة
official-round-run-on = أُجريت في { $date }
official-round-decided-on = بُتّ فيها في { $date }
official-round-filled = الوظائف المشغولة: { $filled } من { $positions }
official-round-total-score = النتيجة الإجمالية { $score }
official-round-summary = الملخص
official-round-notes = اقرأ قبل أن تقرر
official-round-by-sex = حسب الجنس
official-round-by-origin = حسب بلد المنشأ
official-round-origin = البلد
official-round-placed = جرى توظيفهم
official-round-in-round = في الجولة
official-round-pairs = { $count ->
    [zero] لا توجد أزواج مقترحة
    [one] زوج مقترح واحد
    [two] زوجان مقترحان
    [few] { $count } أزواج مقترحة
    [many] { $count } زوجًا مقترحًا
   *[other] { $count } زوج مقترح
}
official-round-pairs-intro = كل عامل مع الوظيفة المقترحة له، ونتيجتها وكل أسبابها. أسماء المهن واللغات معروضة بالإنجليزية.
official-round-score = النتيجة { $score }
official-round-no-pairs = لا تقرن الجولة أحدًا بأي وظيفة.
official-round-unfilled = وظائف بقيت شاغرة
official-round-no-unfilled = شُغلت كل الوظائف.
official-round-unmatched = عمال بقوا بلا وظيفة
official-round-no-unmatched = جرى توظيف كل العمال في الجولة.
official-round-decide = قرارك
official-round-decide-intro = التأكيد يرشّح كل العمال المقترحين؛ والرفض يضع الجولة جانبًا ولا يرشّح أحدًا. كلاهما نهائي.
official-round-confirm = تأكيد الجولة
official-round-discard = رفض الجولة
official-round-confirm-title = تأكيد جولة المطابقة رقم { $id }
official-round-confirm-intro = { $count ->
    [zero] عند التأكيد لا يُرشَّح أي عامل لوظيفة في إطار { $programme }.
    [one] عند التأكيد يُرشَّح عامل واحد لوظيفة في إطار { $programme }.
    [two] عند التأكيد يُرشَّح عاملان لوظيفتين في إطار { $programme }.
    [few] عند التأكيد يُرشَّح { $count } عمال لوظائف في إطار { $programme }.
    [many] عند التأكيد يُرشَّح { $count } عاملًا لوظائف في إطار { $programme }.
   *[other] عند التأكيد يُرشَّح { $count } عامل لوظائف في إطار { $programme }.
}
official-round-consequence-application = يحصل كل عامل على طلب للوظيفة المقترحة، في المرحلة التي تختارها أدناه؛ ويراه العامل وصاحب العمل.
official-round-consequence-consent = لا يُرشَّح العامل الذي لم يوافق على مشاركة ملفه الشخصي مع أصحاب العمل.
official-round-consequence-limits = لا يُختار أحد بما يتجاوز الوظائف الشاغرة في عرض العمل أو حصة البرنامج؛ ويُستبعد مثل هذا الزوج ويبقى على حاله.
official-round-consequence-once = تُؤكَّد الجولة مرة واحدة فقط: لا يمكن التراجع عن ذلك.
official-round-step = المرحلة التي يُرشَّح إليها العمال
official-round-step-shortlisted-explained = يختار صاحب العمل من بينهم.
official-round-step-selected-explained = يشغل العمال وظائفهم الآن (ويُحتسبون ضمن حصص البرنامج).
official-round-confirm-box = راجعت الأزواج وأؤكد الجولة
official-round-choose-step = اختر المرحلة التي يُرشَّح إليها العمال
official-round-confirm-required = ضع علامة في المربع لتأكيد أنك راجعت الأزواج.
official-round-confirmed-outcome = { $placed ->
    [zero] تم تأكيد الجولة: لم يُرشَّح أي عامل إلى مرحلة «{ $step }»
    [one] تم تأكيد الجولة: رُشِّح عامل واحد إلى مرحلة «{ $step }»
    [two] تم تأكيد الجولة: رُشِّح عاملان إلى مرحلة «{ $step }»
    [few] تم تأكيد الجولة: رُشِّح { $placed } عمال إلى مرحلة «{ $step }»
    [many] تم تأكيد الجولة: رُشِّح { $placed } عاملًا إلى مرحلة «{ $step }»
   *[other] تم تأكيد الجولة: رُشِّح { $placed } عامل إلى مرحلة «{ $step }»
}{ $skipped ->
    [0] .
    [zero] .
    [one] ؛ واستُبعد زوج واحد.
    [two] ؛ واستُبعد زوجان.
    [few] ؛ واستُبعد { $skipped } أزواج.
    [many] ؛ واستُبعد { $skipped } زوجًا.
   *[other] ؛ واستُبعد { $skipped } زوج.
}
official-round-scope-all = كل حالات التوظيف
official-round-unfilled-no_eligible_worker = لا يوجد عامل مؤهل في الجولة
official-round-unfilled-quota_reached = تم بلوغ الحصة المخصصة للمجموعة { $group } في ISCO-08
official-round-unfilled-candidates_placed_elsewhere = جرى توظيف كل العمال المؤهلين في وظائف أخرى
official-round-unfilled-origin_quota_reached = تم بلوغ الحصة المخصصة لبلد العمال المؤهلين
official-round-unfilled-women_share = شغلها يُخل بالحد الأدنى لنسبة النساء
official-round-unfilled-other_quota = تم بلوغ حصة أخرى
official-round-unmatched-no_eligible_job_order = لا توجد في الجولة وظيفة مؤهل لها
official-round-unmatched-choices_filled_by_higher_ranked = ذهبت الوظائف التي اختارها إلى مرشحين في ترتيب أعلى
official-round-unmatched-positions_went_to_higher_total_score = ذهبت الوظائف إلى أزواج ذات نتيجة إجمالية أعلى
official-round-unmatched-origin_quota_reached = تم بلوغ الحصة المخصصة للعمال من { $origin }
official-round-unmatched-women_share = توظيفه يُخل بالحد الأدنى لنسبة النساء
official-round-unmatched-other_quota = تم بلوغ حصة أخرى
official-round-note-quota-exceeded = تجاوز الحصة: عدد من جرى توظيفهم { $used } (النطاق: { $scope })، والمسموح به { $allowed }. الآلية المستقرة لا تلتزم بالحصص؛ ولا يؤدي التأكيد إلى اختيار أحد بما يتجاوزها.
official-round-note-women-met = تحقق الحد الأدنى لنسبة النساء، وهو { $required }: النسبة المحققة { $achieved }.
official-round-note-women-met-by-leaving-positions-open = تحقق الحد الأدنى لنسبة النساء، وهو { $required } (النسبة المحققة { $achieved })، بترك وظائف شاغرة عددها { $positions } كان يمكن أن يشغلها رجال (النتيجة المتنازل عنها: { $score }).
official-round-note-women-unreachable = لا يمكن تحقيق الحد الأدنى لنسبة النساء، وهو { $required }: لا يمكن توظيف أي امرأة مؤهلة، لذلك لم يُوظَّف أحد.
official-round-note-women-not-met = لم يتحقق الحد الأدنى لنسبة النساء، وهو { $required }: النسبة المحققة { $achieved }. الآلية المستقرة لا تلتزم به؛ استخدم الآلية المثلى.
official-round-note-not-proven = لم يثبت أنها الأفضل: النتيجة الإجمالية { $total }، وأفضل نتيجة ممكنة لا تتجاوز { $bound } (بلغ البحث حده الأقصى).

## مخالفات الرسوم
official-fees-title = مخالفات الرسوم
official-fees-intro = مدفوعات خالفت مبدأ "صاحب العمل يدفع" في برامج بلدك: عامل أُجبر على دفع رسوم توظيف أو تكاليف ذات صلة، أو رشوة أو عمولة غير مشروعة أو كفالة أو ضمان. تبقى كل مخالفة مسجلة.
official-fees-count = { $count ->
    [zero] لا توجد مخالفات
    [one] مخالفة واحدة
    [two] مخالفتان
    [few] { $count } مخالفات
    [many] { $count } مخالفة
   *[other] { $count } مخالفة
}
official-fees-none = لم تُسجَّل أي مخالفة رسوم في برامج بلدك.
official-fees-paid-on = تاريخ الدفع
official-fees-who = من دفع لمن
official-fees-breach = المخالفة
official-fees-kind-worker_paid_recruitment_cost = دفع العامل رسوم توظيف أو تكاليف ذات صلة
official-fees-kind-illegitimate_cost = رشوة أو عمولة غير مشروعة أو كفالة أو ضمان

## سجل التدقيق
official-audit-title = سجل التدقيق
official-audit-intro-country = كل عملية كتابة، وكل قراءة لبيانات شخصية، وكل رفض يخص { $country }: برامجه، ومواطنيه والمقيمين فيه، ومنظماته، وما قام به مسؤولوه. قراءتك للسجل تُسجَّل أيضًا.
official-audit-intro-all = كل عملية كتابة، وكل قراءة لبيانات شخصية، وكل رفض. قراءتك للسجل تُسجَّل أيضًا.
official-audit-entity = نوع السجل
official-audit-entity-hint = مثلًا: العامل، حالة التوظيف، البرنامج، أزواج جولة المطابقة (اكتب الاسم الإنجليزي الذي يستخدمه النظام)
official-audit-entity-id = رقم السجل
official-audit-action = الإجراء
official-audit-action-hint = مثلًا: القراءة، الإنشاء، التحديث، الانتقال بين المراحل (اكتب الاسم الإنجليزي الذي يستخدمه النظام)
official-audit-actor = رقم المستخدم
official-audit-actor-hint = المستخدم الذي تُعرض أفعاله
official-audit-actor-invalid = أدخل رقم مستخدم، مثلًا 12
official-audit-count = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
official-audit-none = لا يوجد قيد مطابق.
official-audit-when = متى
official-audit-who = من
official-audit-record = السجل
official-audit-outcome = النتيجة
official-audit-detail = التفاصيل
official-audit-user = المستخدم { $id }
official-audit-system = النظام
official-audit-personal = بيانات شخصية
official-audit-allowed = مسموح
official-audit-denied = مرفوض

## تسجيل عامل
official-register-title = تسجيل عامل
official-register-intro = لعامل من بلدك حضر شخصيًا، مثلًا إلى مكتب توظيف. يمكن للعامل لاحقًا تسجيل الدخول لإكمال ملفه الشخصي؛ فالملف ملكه ويمكنه تغيير كل موافقة.
official-register-consents = موافقات العامل
official-register-consents-intro = اقرأ على العامل كل غرض، ولا تضع علامة إلا على ما يوافق عليه، بحضوره شخصيًا. يمكنه تغيير كل اختيار في أي وقت.
official-register-submit = تسجيل العامل
official-register-done = تم تسجيل العامل.
official-worker-occupations = المهن
official-worker-consents = الموافقات
official-worker-consents-note = آخر اختيار للعامل بشأن كل غرض. لا يغيّرها إلا العامل.
official-worker-placements = الطلبات وحالات التوظيف
official-worker-no-placements = لا توجد طلبات يمكنك رؤيتها.
