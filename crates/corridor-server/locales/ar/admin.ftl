# Corridor: صفحات مدير النظام (الحسابات)، العربية. تشترك كل القوائم في رسائل
# التنقل بين الصفحات (admin-page-*).
# ترجمة آلية تحتاج إلى مراجعة متحدث أصلي للعربية (انظر TRANSLATIONS.md).
# فئات الجمع في العربية: zero, one, two, few (3-10), many (11-99), other (100...).

## القوائم
admin-pagination-label = الصفحات
admin-page-of = الصفحة { $page } من { $pages }
admin-page-previous = الصفحة السابقة
admin-page-next = الصفحة التالية
admin-filter = عرض

## الأدوار
admin-role-worker = عامل
admin-role-employer = صاحب عمل
admin-role-recruiter = وكيل توظيف (وكالة مرخّصة)
admin-role-origin-official = مسؤول في بلد المنشأ
admin-role-destination-official = مسؤول في بلد المقصد
admin-role-researcher = باحث
admin-role-admin = مدير النظام

## الحسابات
admin-users-title = الحسابات
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-users-none = لا يوجد حساب مطابق.
admin-all-roles = كل الأدوار
admin-role = الدور
admin-status = الحالة
admin-enabled = يمكنه تسجيل الدخول
admin-disabled = معطَّل
admin-acts-for = يعمل باسم
admin-created = تاريخ الإنشاء
admin-back-to-users = العودة إلى الحسابات

## حساب جديد
admin-new-user = إنشاء حساب
admin-new-user-intro = ينشئ العمال حساباتهم بأنفسهم عند التسجيل، أو يسجّلهم مسؤول من بلدهم. هنا تنشئ حسابات لأصحاب العمل ووكلاء التوظيف والمسؤولين والباحثين ومديري النظام.
admin-account = الحساب
admin-display-name = الاسم المعروض في الصفحات
admin-display-name-hint = اسم شخص، أو اسم مكتب مثل "الملحق العمالي، أوتاوا".
admin-temporary-password = كلمة مرور مؤقتة
admin-temporary-password-hint = 10 أحرف على الأقل. أعطها للشخص على انفراد؛ وعليه أن يغيّرها في صفحة حسابه بعد تسجيل الدخول.
admin-role-and-binding = ما يقوم به الحساب
admin-role-hint = يحتاج حساب صاحب العمل إلى تحديد صاحب العمل، وحساب وكيل التوظيف إلى تحديد وكالته، وحساب المسؤول إلى تحديد بلده.
admin-employer = صاحب العمل
admin-employer-hint = لحساب صاحب عمل فقط.
admin-agency = وكالة التوظيف
admin-agency-hint = لحساب وكيل توظيف فقط.
admin-country = البلد
admin-country-hint = للمسؤول فقط: البلد الذي يعمل مسؤولًا فيه.
admin-none = لا شيء
admin-create-account = إنشاء الحساب
admin-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
admin-error-email-invalid = أدخل عنوان بريد إلكتروني صحيحًا، فيه الرمز @ يليه اسم النطاق.
admin-error-display-name-required = أدخل الاسم المعروض في الصفحات.
admin-error-role-required = اختر دور الحساب.
admin-error-employer-id-required = اختر صاحب العمل الذي يعمل هذا الحساب باسمه.
admin-error-agency-id-required = اختر الوكالة التي يعمل هذا الحساب باسمها.
admin-error-country-required = اختر بلد المسؤول.
admin-error-password-too-short = أدخل كلمة مرور مؤقتة من 10 أحرف على الأقل.

## حساب واحد
admin-done-created = تم إنشاء الحساب. أعطِ الشخص كلمة المرور المؤقتة على انفراد.
admin-done-disabled = تم تعطيل الحساب. سُجّل خروجه من كل الأجهزة، وتوقفت رموزه المميزة لواجهة البرمجة API عن العمل.
admin-done-enabled = يمكن للحساب تسجيل الدخول مجددًا.
admin-done-password = تم تغيير كلمة المرور. سُجّل خروج الحساب من كل الأجهزة، وتوقفت رموزه المميزة لواجهة البرمجة API عن العمل.
admin-own-account = هذا حسابك أنت. غيّر كلمة مرورك من صفحة حسابك، التي تطلب كلمة المرور الحالية.
admin-disable = تعطيل هذا الحساب
admin-disable-explained = لن يتمكن الشخص من تسجيل الدخول بعد الآن. يُسجَّل خروجه من كل الأجهزة فورًا، ويتوقف كل رمز مميز لواجهة البرمجة API خاص بالحساب عن العمل. تبقى سجلاته كما هي. يمكنك تفعيل الحساب مجددًا.
admin-enable = تفعيل هذا الحساب
admin-enable-explained = يمكن للشخص تسجيل الدخول مجددًا بكلمة مروره. أما الجلسات والرموز المميزة التي انتهت عند تعطيل الحساب فتبقى منتهية.
admin-reset-password = تعيين كلمة مرور مؤقتة جديدة
admin-reset-password-explained = لمن نسي كلمة مروره أو قد يعرفها آخرون. يُسجَّل خروجه من كل الأجهزة، ويتوقف كل رمز مميز لواجهة البرمجة API خاص بالحساب عن العمل.

## القواعد
rule-own-account = لا يمكنك القيام بهذا على حسابك أنت من هنا.
