#include "Vocabulary.h"

namespace wasel::bench {

namespace {

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(u' ', Qt::SkipEmptyParts);
}

const QStringList &pick(Language language, const QStringList &arabic, const QStringList &thai,
                        const QStringList &english)
{
    return language == Language::Arabic ? arabic : language == Language::Thai ? thai : english;
}

} // namespace

const QStringList &wordsOf(Language language)
{
    static const QStringList arabic =
        split("شلونك مرحبا هلا اريد السعر شكد سعره موجود عدكم التوصيل بغداد البصرة اربيل الموصل النجف كربلاء "
              "الحلة الناصرية الكوت السليمانية دهوك الديوانية العمارة الرمادي الفلوجة سامراء كركوك بعقوبة "
              "الجنطة الحذاء القميص الفستان العباية الساعة العطر النظارة الحقيبة البنطرون الجاكيت الشال "
              "الحجاب الخاتم القلادة السوار الكريم المكياج الشامبو الموبايل الشاحن السماعة الكفر اللابتوب "
              "احمر اسود ابيض ازرق اخضر وردي بني رمادي ذهبي فضي بيج كحلي "
              "صغير وسط كبير قياس مقاس سمول ميديم لارج اكس "
              "دينار الف الفين خمسة عشرة عشرين ثلاثين خمسين مية "
              "متى يوصل الطلب طلبي رقم الهاتف العنوان المنطقة قرب الشارع المحلة الدار "
              "شكرا حبيبي عيوني تسلم الله يخليك اكيد تمام زين ماكو اكو هسه باجر اليوم "
              "الدفع كاش عند الاستلام زين كاش ماستر كارد تحويل "
              "خصم عرض تخفيض جديد اصلي تقليد كفالة ارجاع تبديل مشكلة تالف مكسور ناقص "
              "الصورة الفيديو الموديل اللون الثاني الاول كم قطعة جملة مفرد "
              "سلام عليكم وعليكم السلام صباح الخير مساء النور "
              "الشحن السريع المندوب اتصل رن ما رد وصل ما وصل تاخر "
              "ذهب فضة جلد قطن حرير صوف "
              "عيد رمضان الجمعة الخميس السبت الاحد "
              "زوجتي امي اختي اخوي ابني بنتي هدية عيد ميلاد عرس خطوبة");
    static const QStringList thai = split("สวัสดี ครับ ค่ะ ราคา เท่าไหร่ มี ไหม สินค้า ส่ง ฟรี กรุงเทพ เชียงใหม่ ภูเก็ต ขอนแก่น "
                                          "ชลบุรี นครราชสีมา อุดรธานี หาดใหญ่ สงขลา พัทยา ระยอง นนทบุรี "
                                          "เสื้อ กางเกง กระโปรง รองเท้า กระเป๋า นาฬิกา แว่นตา หมวก ครีม น้ำหอม ลิปสติก "
                                          "โทรศัพท์ หูฟัง สายชาร์จ เคส ผ้าไหม สบู่ แชมพู "
                                          "สีแดง สีดำ สีขาว สีฟ้า สีเขียว สีชมพู สีน้ำตาล สีเทา สีทอง "
                                          "เล็ก กลาง ใหญ่ ไซส์ ขนาด "
                                          "บาท ร้อย พัน สอง สาม ห้า สิบ "
                                          "สั่ง ซื้อ จอง โอน เงิน ปลายทาง เก็บเงิน พร้อมเพย์ บัตรเครดิต "
                                          "ขอบคุณ มาก ได้ เลย รอ นาน เมื่อไหร่ ถึง พรุ่งนี้ วันนี้ อาทิตย์ "
                                          "ที่อยู่ เบอร์ โทร ชื่อ จังหวัด อำเภอ ตำบล รหัสไปรษณีย์ "
                                          "ลด โปรโมชั่น ใหม่ ของแท้ รับประกัน เปลี่ยน คืน เสีย ชำรุด ขาด "
                                          "รูป วิดีโอ แบบ ลาย ตัว ชิ้น ขายส่ง "
                                          "แฟน แม่ พ่อ ลูก เพื่อน ของขวัญ วันเกิด แต่งงาน "
                                          "ทอง เงินแท้ หนัง ฝ้าย ไหม "
                                          "ช่วย ตอบ ด่วน ติดตาม พัสดุ เลขพัสดุ ไปรษณีย์ ขนส่ง");
    static const QStringList english =
        split("hi hello thanks please price how much available stock delivery shipping order ordered "
              "bag shoes dress shirt abaya watch perfume glasses handbag jeans jacket scarf hijab ring "
              "necklace bracelet cream makeup shampoo phone charger headphones case laptop "
              "red black white blue green pink brown grey gold silver beige navy "
              "small medium large size xl xxl "
              "dinar dollar baht thousand five ten twenty fifty hundred "
              "when arrive arrived tomorrow today week number address street city "
              "baghdad basra erbil bangkok phuket chiangmai "
              "cash card transfer paid payment refund return exchange broken damaged missing wrong "
              "discount offer sale new original warranty gift birthday wedding "
              "photo video model colour color second first piece wholesale "
              "tracking courier parcel late waiting still problem help urgent "
              "leather cotton silk wool "
              "friday saturday sunday monday "
              "wife mother sister brother son daughter friend "
              "great perfect lovely amazing beautiful quality cheap expensive "
              "instagram story post reel link website catalogue "
              "invoice receipt confirm cancel change update");
    return pick(language, arabic, thai, english);
}

const QStringList &firstNamesOf(Language language)
{
    static const QStringList arabic = split("علي حسين محمد زينب فاطمة مريم سارة نور حيدر عباس مصطفى زهراء رقية "
                                            "احمد عمر يوسف هدى رنا دعاء مرتضى كرار سجاد بنين غدير");
    static const QStringList thai = split("สมชาย สมหญิง นภา กมล วิภา ธนา ปิยะ อรุณ สุดา พิมพ์ ชัย มาลี "
                                          "ณัฐ ศิริ อนันต์ กานดา วรรณ ประภา สุนทร เพ็ญ");
    static const QStringList english = split("Sarah John Emma Liam Olivia Noah Ava James Mia Lucas Amelia Henry "
                                             "Grace Jack Chloe Daniel Lily Adam Zoe Ryan");
    return pick(language, arabic, thai, english);
}

const QStringList &lastNamesOf(Language language)
{
    static const QStringList arabic = split("الكاظمي الجبوري الدليمي العبيدي التميمي الربيعي الساعدي الموسوي "
                                            "الحسيني الشمري الزبيدي الخفاجي العزاوي البياتي الطائي");
    static const QStringList thai = split("ศรีสุข วงศ์ไทย แก้วมณี บุญมา จันทร์เพ็ญ สุขสวัสดิ์ ทองดี รุ่งเรือง "
                                          "พรหมมา ใจดี มั่นคง สายทอง");
    static const QStringList english = split("Smith Jones Brown Taylor Wilson Evans Thomas Johnson Roberts Walker "
                                             "Wright Hall Green Hughes Clarke");
    return pick(language, arabic, thai, english);
}

QStringList queriesOf(Language language)
{
    switch (language) {
    case Language::Arabic:
        return split("شلونك السعر سعره موجود التوصيل بغداد البصرة الجنطة جنطة الحذاء العباية الساعة العطر "
                     "احمر اسود وردي كحلي مقاس دينار الطلب العنوان شكرا كاش خصم كفالة تالف مكسور الموديل "
                     "هدية خطوبة المندوب حرير السليمانية شك تو")
            + QStringList{QString::fromUtf8("شكد سعره"),           QString::fromUtf8("الجنطة السوداء"),
                          QString::fromUtf8("التوصيل بغداد"),      QString::fromUtf8("عيد ميلاد"),
                          QString::fromUtf8("الدفع عند الاستلام"), QString::fromUtf8("ما وصل")};
    case Language::Thai:
        return split("สวัสดี ราคา เท่าไหร่ สินค้า ส่ง กรุงเทพ เชียงใหม่ ภูเก็ต เสื้อ กางเกง รองเท้า กระเป๋า "
                     "นาฬิกา น้ำหอม สีแดง สีดำ ไซส์ บาท สั่ง โอน ปลายทาง ขอบคุณ พรุ่งนี้ ที่อยู่ โปรโมชั่น ของแท้ "
                     "ชำรุด ขายส่ง ของขวัญ ผ้าไหม เลขพัสดุ หาดใหญ่ กระ ราค")
            + QStringList{QString::fromUtf8("ราคาเท่าไหร่"), QString::fromUtf8("ส่งฟรี"),
                          QString::fromUtf8("เก็บเงินปลายทาง"), QString::fromUtf8("เสื้อ สีดำ")};
    case Language::English:
        break;
    }
    return split("hi price delivery order bag shoes dress watch perfume red black gold size dinar baht tomorrow "
                 "address basra bangkok cash refund damaged discount original gift birthday wholesale tracking "
                 "courier leather silk invoice cancel pri deliv")
        + QStringList{QStringLiteral("how much"), QStringLiteral("black bag"), QStringLiteral("gold watch"),
                      QStringLiteral("still waiting"), QStringLiteral("wrong size")};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QStringLiteral("ar");
    case Language::Thai:
        return QStringLiteral("th");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

} // namespace wasel::bench
