## التسجيل: الجواب نفسه سواء كان البريد جديدًا أم لا

sign-up-received-title = شكرًا لك
sign-up-received-new = إذا كان هذا البريد الإلكتروني جديدًا، فحسابك جاهز: سجّل الدخول أدناه لتكمل ملفك الشخصي.
sign-up-received-existing = إذا كان لديك حساب بهذا البريد الإلكتروني من قبل، فلم يتغيّر شيء: سجّل الدخول بكلمة المرور التي تستخدمها دائمًا.

## تسجيل الدخول بخطوتين

two-factor-title = تسجيل الدخول بخطوتين
two-factor-explained = عند تسجيل الدخول تكتب كلمة المرور ثم رمزًا من ستة أرقام يعرضه تطبيق على هاتفك. ومن يعرف كلمة مرورك لا يستطيع الدخول من دون هاتفك.
two-factor-required-explained = على الموظفين الرسميين والمسؤولين استخدام تسجيل الدخول بخطوتين. فعّله الآن لتتابع.
two-factor-step-app = ثبّت تطبيق مصادقة على هاتفك إن لم يكن لديك واحد (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).
two-factor-step-scan = في التطبيق، أضف حسابًا وامسح هذا الرمز:
two-factor-qr-label = رمز الاستجابة السريعة لإضافة Corridor إلى تطبيق مصادقة
two-factor-step-type = أو اكتب هذا المفتاح في التطبيق:
two-factor-link = افتحه في تطبيق المصادقة على هذا الهاتف
two-factor-step-code = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن.
two-factor-code = رمز من ستة أرقام
two-factor-code-hint = من تطبيق المصادقة لديك. يظهر رمز جديد كل 30 ثانية.
two-factor-turn-on = تفعيل تسجيل الدخول بخطوتين
two-factor-on = تسجيل الدخول بخطوتين مفعّل.
two-factor-recovery-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد.
    [one] بقي لديك رمز استرداد واحد.
    [two] بقي لديك رمزا استرداد.
    [few] بقيت لديك { $count } رموز استرداد.
    [many] بقي لديك { $count } رمز استرداد.
   *[other] بقي لديك { $count } رمز استرداد.
}
two-factor-required-role = دورك يفرض تسجيل الدخول بخطوتين، لذلك لا يمكن إيقافه. إذا فقدت هاتفك فاستخدم رمز استرداد أو اطلب المساعدة من أحد المسؤولين.
two-factor-turn-off-title = إيقاف تسجيل الدخول بخطوتين
two-factor-turn-off-explained = لإيقافه، اكتب رمزًا من التطبيق أو أحد رموز الاسترداد لديك.
two-factor-turn-off = إيقاف
two-factor-done-off = تم إيقاف تسجيل الدخول بخطوتين. ستدخل بكلمة المرور وحدها.
two-factor-codes-title = رموز الاسترداد الخاصة بك
two-factor-done-on = تم تفعيل تسجيل الدخول بخطوتين.
two-factor-codes-explained = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز الدخول مرة واحدة بدلًا من رمز التطبيق. اكتبها أو اطبعها الآن واحفظها في مكان آمن: لن تظهر إلا هذه المرة.
two-factor-codes-continue = حفظت رموزي: متابعة
account-two-factor = تسجيل الدخول بخطوتين
account-two-factor-on = مفعّل
account-two-factor-off = غير مفعّل
account-two-factor-manage = إعداد تسجيل الدخول بخطوتين أو تغييره

## خطوة الرمز عند تسجيل الدخول

sign-in-code-title = اكتب رمزك
sign-in-code-explained = كلمة المرور صحيحة. اكتب الآن الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة لحساب Corridor.
sign-in-code-use-recovery = ليس معي هاتفي
sign-in-code-recovery = رمز الاسترداد
sign-in-code-recovery-hint = أحد الرموز التي حفظتها عند تفعيل تسجيل الدخول بخطوتين. يصلح كل رمز مرة واحدة.
sign-in-code-submit = متابعة

rule-two-factor-required = اكتب الرمز المكوّن من ستة أرقام من التطبيق، أو رمز استرداد.
rule-two-factor-code-wrong = الرمز غير صحيح. تحقّق من الوقت على هاتفك وجرّب أحدث رمز.
rule-two-factor-code-used = استُخدم هذا الرمز من قبل. انتظر الرمز التالي.
