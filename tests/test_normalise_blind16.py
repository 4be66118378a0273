"""Blind round 16: Hebrew in Windows-1255 told from Thai, bylines and dates in Thai, Arabic, Hebrew and
Greek, a Thai page's crumbs and share buttons, a German cookie banner and paywall, a web archive's toolbar,
a print view's source line, a no-script notice, a newsletter e-mail's web-view line and its subject
printed again with other quotes, and a Reddit or Discourse thread's link card, comments' posters, picks
and topic summary box."""

from __future__ import annotations

import re

from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import passage_texts as _texts
from normalise_samples import removed_texts as _removed

from store.normalise import normalise_bytes
from store.normalise.dates import find_date
from store.normalise.metadata import parse_header

HE_P1 = "שירות הביון של דרום קוריאה מסר כי כ-300 חיילים צפון קוריאנים נהרגו ו-2,700 נפצעו בלחימה באזור קורסק שברוסיה."
HE_P2 = "לפי הערכת השירות, פיונגיאנג עשויה לשלוח חיילים נוספים לרוסיה."
AR_P1 = "قالت وكالة الاستخبارات الوطنية في كوريا الجنوبية إن نحو 300 جندي كوري شمالي قتلوا وأصيب 2700 آخرون في منطقة كورسك الروسية."
AR_P2 = "وأضافت الوكالة أن بيونغ يانغ قد ترسل المزيد من القوات إلى روسيا."
EL_P1 = "Περίπου 300 Βορειοκορεάτες στρατιώτες έχουν σκοτωθεί και 2.700 έχουν τραυματιστεί στις μάχες στην περιοχή του Κουρσκ."
EL_P2 = "Η Πιονγιάνγκ ενδέχεται να στείλει επιπλέον στρατεύματα στη Ρωσία, σύμφωνα με την υπηρεσία."
TH_P1 = "สำนักข่าวกรองแห่งชาติของเกาหลีใต้ระบุว่า ทหารเกาหลีเหนือเสียชีวิตอย่างน้อย 300 นาย และบาดเจ็บอีก 2,700 นาย ระหว่างการสู้รบในภูมิภาคคูร์สก์ของรัสเซีย"
TH_P2 = "ส.ส. ที่เข้าร่วมการบรรยายสรุปกล่าวว่า เปียงยางอาจส่งทหารเพิ่มเติมไปยังรัสเซียในอีกไม่กี่สัปดาห์ข้างหน้า"
DE_P1 = "Nordkorea hat nach Angaben Südkoreas bei den Kämpfen in der russischen Region Kursk schwere Verluste erlitten. Rund 300 Soldaten seien getötet worden."
DE_P2 = "Der Geheimdienst in Seoul geht davon aus, dass Pjöngjang weitere Truppen entsenden könnte."


# --- Encodings and scripts ---------------------------------------------------------------------------


def test_hebrew_in_windows_1255_is_not_read_as_thai_vowels_and_digits():
    text = f"דיווח: 300 חיילים צפון קוריאנים נהרגו בקורסק\nמאת דנה כהן\n13 בינואר 2025\n\n{HE_P1}\n\n{HE_P2}\n"
    result = normalise_bytes(text.encode("cp1255"), "he.txt", suffix=".txt")
    assert result.encoding == "cp1255"
    (article,) = result.articles
    assert (article.author, article.published) == ("דנה כהן", "2025-01-13")
    assert _texts(article) == [HE_P1, HE_P2]
    # Thai in its own codepage is still Thai.
    thai = f"ข่าวกรองเกาหลีใต้เผยทหารเกาหลีเหนือเสียชีวิต 300 นายในคูร์สก์\n\n{TH_P1}\n\n{TH_P2}\n"
    assert normalise_bytes(thai.encode("cp874"), "th.txt", suffix=".txt").encoding == "cp874"


def test_dates_with_greek_arabic_hebrew_and_thai_months_and_buddhist_era_years():
    cases = {
        "13 Ιανουαρίου 2025": "2025-01-13", "13 ΙΑΝΟΥΑΡΙΟΥ 2025": "2025-01-13", "13 يناير 2025": "2025-01-13",
        "13 בינואר 2025": "2025-01-13", "13 ก.พ. 2568 10:45 น.": "2025-02-13", "13 กุมภาพันธ์ 68": "2025-02-13",
        "13 มี.ค. 2025": "2025-03-13",
    }
    for text, iso in cases.items():
        found = find_date(text)
        assert found is not None and found.iso == iso, text
    assert find_date("จำนวน 25 คน") is None  # a Thai count is no Buddhist-era year


def test_bylines_in_scripts_without_capitals_and_in_the_greek_genitive():
    for line, author in [("โดย สมชาย วงศ์ใหญ่", "สมชาย วงศ์ใหญ่"), ("بقلم: أحمد الخطيب", "أحمد الخطيب"), ("מאת דנה כהן", "דנה כהן"), ("Του Νίκου Παπαδόπουλου", "Νίκου Παπαδόπουλου")]:
        header = parse_header(line)
        assert header is not None and (header.kind, header.author) == ("byline", author), line
    for sentence in ["โดยทั่วไปแล้วทหารจะถูกส่งไปยังแนวหน้า", "Της Ρωσίας οι δυνάμεις προελαύνουν στο Κουρσκ", "كتب الرئيس رسالة إلى نظيره الروسي يوم الاثنين الماضي."]:
        header = parse_header(sentence)
        assert header is None or header.author is None, sentence
    for text, body in [
        (f"الاستخبارات الكورية الجنوبية: مقتل 300 جندي كوري شمالي في كورسك\nبقلم: أحمد الخطيب\n13 يناير 2025\n\n{AR_P1}\n\n{AR_P2}\n", [AR_P1, AR_P2]),
        (f"Βαριές απώλειες για τους Βορειοκορεάτες στο Κουρσκ\nΤου Νίκου Παπαδόπουλου\n13 Ιανουαρίου 2025\n\n{EL_P1}\n\n{EL_P2}\n", [EL_P1, EL_P2]),
    ]:
        (article,) = _normalise(text).articles
        assert article.author is not None and article.published == "2025-01-13"
        assert _texts(article) == body


def test_a_thai_page_loses_its_crumbs_byline_stamp_share_buttons_and_related_box():
    title = "ข่าวกรองเกาหลีใต้เผยทหารเกาหลีเหนือเสียชีวิต 300 นายในคูร์สก์"
    text = (
        f"หน้าแรก > ต่างประเทศ\n{title}\nโดย สมชาย วงศ์ใหญ่\n13 ก.พ. 2568 10:45 น.\n\n{TH_P1}\n\n{TH_P2}\n\n"
        "แชร์ข่าวนี้\nFacebook Twitter LINE\nข่าวที่เกี่ยวข้อง\nทหารเกาหลีเหนือสองนายถูกจับในคูร์สก์\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == (title, "สมชาย วงศ์ใหญ่", "2025-02-13")
    assert _texts(article) == [TH_P1, TH_P2]
    assert _removed(result, "navigation") == ["หน้าแรก > ต่างประเทศ"]
    assert any("ข่าวที่เกี่ยวข้อง" in r for r in _removed(result, "related-stories"))


# --- Page chrome -------------------------------------------------------------------------------------


def test_a_german_cookie_banner_and_paywall_offer_are_chrome_round_the_article():
    text = (
        "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzererlebnis zu bieten.\nAlle akzeptieren\nEinstellungen\n"
        f"Nordkoreas Soldaten in Kursk: Hohe Verluste gemeldet\nVon Sabine Kaufmann\n12.01.2025, 18:04 Uhr\n{DE_P1}\n{DE_P2}\n"
        "Weiterlesen mit SZ Plus\nSie haben bereits ein Abo? Hier anmelden\nJetzt 4 Wochen für 0 € testen\nAlle Artikel und Inhalte lesen\nJederzeit kündbar\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("Nordkoreas Soldaten in Kursk: Hohe Verluste gemeldet", "Sabine Kaufmann", "2025-01-12")
    assert _texts(article) == [DE_P1, DE_P2]
    assert _removed(result, "cookie-notice") and any("Jederzeit kündbar" in r for r in _removed(result, "paywall"))


def test_a_web_archive_toolbar_under_its_banner_is_chrome_and_the_page_starts_below_it():
    text = (
        "The Wayback Machine - https://web.archive.org/web/20250114031522/https://www.example.com/view.php?ud=1\n"
        "34 captures\n13 Jan 2025 - 02 Mar 2025\nDEC\tJAN\tFEB\n14\n2024\t2025\t2026\nsuccess\nfail\nAbout this capture\n"
        "COLLECTED BY\nCollection: Common Crawl\nWeb crawl data from Common Crawl.\nTIMESTAMPS\n"
        f"300 N. Korean soldiers killed in Russia's war: NIS\nBy Son Ji-hyoung\nPublished : Jan. 13, 2025 - 15:22\n{LEDE}\n{PARA}\n{CLOSING}\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("300 N. Korean soldiers killed in Russia's war: NIS", "Son Ji-hyoung", "2025-01-13")
    assert _body(article) == [LEDE, PARA, CLOSING]
    (toolbar,) = _removed(result, "reader-chrome")
    assert "34 captures" in toolbar and toolbar.endswith("TIMESTAMPS")


def test_a_print_views_source_line_names_the_outlet_and_a_no_script_notice_is_chrome():
    text = (
        "Printed from The Diplomat\nhttps://thediplomat.com/2025/02/north-koreas-kursk-gamble/\nNorth Korea's Kursk Gamble\n"
        f"By Ankit Panda\nFebruary 4, 2025\n\n{LEDE}\n\n{PARA}\n"
    )
    (article,) = _normalise(text).articles
    assert (article.title, article.outlet, article.author) == ("North Korea's Kursk Gamble", "The Diplomat", "Ankit Panda")
    assert article.dek is None and _texts(article) == [LEDE, PARA]
    live = f"Russia-Ukraine war live: North Korean troops pulled back from Kursk front\nKey events\nPlease turn on JavaScript to use this feature\n14:32 GMT\n{LEDE}\nShare\n13:05 GMT\n{PARA}\n"
    result = _normalise(live)
    assert result.articles[0].dek is None and _removed(result, "reader-chrome") == ["Please turn on JavaScript to use this feature"]


# --- Mail ----------------------------------------------------------------------------------------------


def test_a_newsletter_mails_web_view_line_and_its_subject_printed_again_are_not_text():
    mail = (
        "From: Peninsula Notes <peninsulanotes@example.com>\nSubject: Pyongyang’s shells are running out\n"
        "Date: Sat, 15 Mar 2025 08:02:11 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "View this post on the web at https://peninsulanotes.example.com/p/pyongyangs-shells\n\n"
        "Pyongyang's shells are running out\nNorth Korea may have sent half its stockpile to Russia\nJenny Town\nMar 15\n\n"
        f"{LEDE}\n\n{PARA}\n\nPeninsula Notes Media, 1 Main St, London\n"
    )
    result = _normalise(mail, "issue.eml")
    (article,) = result.articles
    assert article.title == "Pyongyang's shells are running out"  # as printed; the subject differs in its quote only
    assert article.dek == "North Korea may have sent half its stockpile to Russia"
    # The sender is the newsletter (its name spelt in its address, as a person's would be); the printed name, its writer.
    assert (article.outlet, article.author) == ("Peninsula Notes", "Jenny Town")
    assert _body(article) == [LEDE, PARA]  # neither the headline again nor the writer's name line
    assert _removed(result, "reader-chrome") == ["View this post on the web at https://peninsulanotes.example.com/p/pyongyangs-shells"]
    assert _removed(result, "newsletter-signup") == ["Peninsula Notes Media, 1 Main St, London"]  # the sender's postal address


# --- Threads -------------------------------------------------------------------------------------------


def test_a_reddit_copy_without_blank_lines_loses_its_link_card_posters_and_picks():
    reply_1 = "The NIS numbers are always conservative. Ukraine claims far more."
    reply_2 = "Ukrainian figures counted about 3,000 killed and wounded by early January."
    text = (
        "r/worldnews\n•\nPosted by u/kimchi_geopolitics\n7 hr. ago\nNorth Korean troops suffer heavy casualties in Kursk\n4.2k\nShare\n"
        f"{LEDE}\n{PARA}\nyonhapnewsagency.co.kr\nSort by: Best\nlevel 1\nthrowaway_kr88\n· 6 hr. ago\n{reply_1}\n812\nReply\nShare\n"
        f"level 2\nOlegTheAnalyst\n· 5 hr. ago\n{reply_2}\n301\nReply\nShare\n"
        "More posts you may like\nr/geopolitics\nWhy is North Korea sending troops to Russia?\n1.1k votes · 312 comments\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert article.author == "kimchi_geopolitics"
    assert _texts(article) == [LEDE, PARA, reply_1, reply_2]
    assert "r/geopolitics" in _removed(result, "forum-chrome")
    assert _removed(result, "link-card") == ["yonhapnewsagency.co.kr"]  # the card of the link the post shares
    assert any("Why is North Korea sending troops" in r for r in _removed(result, "related-stories"))


def test_a_forum_topics_summary_box_and_a_replys_poster_over_its_month_are_not_text():
    reply = "The quality issues matter. Reports say as many as one in five shells fail to fire properly."
    text = (
        "North Korean shells: how many have reached Russia?\n\n"
        f"{LEDE}\n{PARA}\n3 Replies\n12\ncreated\nDec '24\nlast reply\nJan '25\n3\nreplies\n1.4k\nviews\n28\nlikes\n"
        f"sgt_park\nDec 2024\n{reply}\n2\nReply\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert _texts(article) == [LEDE, PARA, reply]
    assert "1.4k" in _removed(result, "vote-count")


def test_a_photo_gallerys_links_to_other_galleries_close_it():
    text = (
        "Photos: North Korean soldiers in Russia\n1 of 3\n"
        "Ukrainian special forces released images they say show documents taken from North Korean soldiers killed in Kursk.\n"
        "(Photo: Special Operations Forces of Ukraine / AFP)\nNext gallery\nMore galleries\n"
    )
    result = _normalise(text)
    assert not any("galler" in t for a in result.articles for t in _texts(a))
    assert _removed(result, "related-stories") == ["Next gallery\nMore galleries"]


# --- More scripts and languages: the Levant's months, Turkish, Indonesian, Vietnamese and Persian pages ---------


AR_LEVANT_P1 = "أعلنت هيئة الأركان المشتركة في كوريا الجنوبية أن كوريا الشمالية أرسلت نحو ثلاثة آلاف جندي إضافي إلى روسيا في كانون الثاني وشباط."
AR_LEVANT_P2 = "وبحسب الهيئة، فقد تكبدت القوات الكورية الشمالية خسائر فادحة في منطقة كورسك منذ انتشارها في الخريف الماضي."


def test_more_month_names_and_the_solar_hijri_calendar():
    cases = {
        "الإثنين 24 شباط 2025 - 10:15": "2025-02-24", "13 كانون الثاني 2025": "2025-01-13", "5 تشرين الأول 2024": "2024-10-05",
        "24 Şubat 2025 Pazartesi 10:15": "2025-02-24", "2 Nisan 2025": "2025-04-02", "24 Maret 2025": "2025-03-24",
        "6 اسفند 1403": "2025-02-24", "1 فروردین 1404": "2025-03-21", "11 دی 1403": "2024-12-31",
    }
    for text, iso in cases.items():
        found = find_date(text)
        assert found is not None and found.iso == iso, text


def test_a_levantine_arabic_page_head_is_not_read_as_one_wrapped_paragraph():
    text = (
        "الرئيسية > عربي ودولي\nكوريا الشمالية ترسل ثلاثة آلاف جندي إضافي إلى روسيا\nكتب: سامر الحسيني\nالإثنين 24 شباط 2025 - 10:15\n\n"
        f"{AR_LEVANT_P1}\n\n{AR_LEVANT_P2}\n\nاقرأ أيضاً\nروسيا وكوريا الشمالية توقعان اتفاقية دفاع\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("كوريا الشمالية ترسل ثلاثة آلاف جندي إضافي إلى روسيا", "سامر الحسيني", "2025-02-24")
    assert _texts(article) == [AR_LEVANT_P1, AR_LEVANT_P2]


def test_writer_fields_and_page_chrome_of_turkish_indonesian_persian_and_vietnamese_pages():
    tr_1 = "Güney Kore Genelkurmay Başkanlığı, Kuzey Kore'nin ocak ve şubat aylarında Rusya'ya yaklaşık 3 bin asker daha gönderdiğini açıkladı."
    id_1 = "Kepala Staf Gabungan Korea Selatan mengatakan Korea Utara telah mengirim sekitar 3.000 tentara tambahan ke Rusia pada Januari dan Februari."
    fa_1 = "ستاد مشترک ارتش کره جنوبی اعلام کرد کره شمالی در ژانویه و فوریه حدود 3000 نیروی دیگر به روسیه فرستاده است."
    vi_1 = "Bộ Tham mưu Liên quân Hàn Quốc cho biết Triều Tiên đã gửi thêm khoảng 3.000 binh sĩ sang Nga trong tháng 1 và tháng 2."
    pages = [
        (f"Kuzey Kore, Rusya'ya 3 bin asker daha gönderdi\nHaber: Mehmet Yılmaz\n24 Şubat 2025 Pazartesi 10:15\n\n{tr_1}\n\n{PARA}\n\nİlgili Haberler\n", "Mehmet Yılmaz", [tr_1, PARA]),
        (
            (
                f"Beranda / Internasional\nKorea Utara Kirim 3.000 Tentara Tambahan ke Rusia\nOleh: Rina Wulandari\nSenin, 24 Feb 2025 10:15 WIB\n\n{id_1}\n\n"
                f"Baca juga: Rusia dan Korea Utara Teken Pakta Pertahanan\n\n{PARA}\n\nSimak berita dan artikel lainnya di Google News\n"
            ),
            "Rina Wulandari", [id_1, PARA],
        ),
        (f"کره شمالی 3000 نیروی دیگر به روسیه فرستاد\nنویسنده: علی رضایی\n6 اسفند 1403\n\n{fa_1}\n\n{PARA}\n", "علی رضایی", [fa_1, PARA]),
        (f"Trang chủ > Thế giới\nTriều Tiên gửi thêm 3.000 binh sĩ sang Nga\nThứ hai, 24/2/2025, 10:15 (GMT+7)\n\n{vi_1}\n\n{PARA}\n\nTin liên quan\nNga và Triều Tiên ký hiệp ước\n", None, [vi_1, PARA]),
    ]
    for text, author, body in pages:
        (article,) = _normalise(text).articles
        assert (article.author, article.published) == (author, "2025-02-24"), text[:40]
        assert _texts(article) == body, text[:40]


def test_cyrillic_letters_lost_to_a_lenient_windows_1252_reading_are_mended_where_the_word_tells():
    text = (
        "КНДР направила в Россию еще 3000 военных\nАвтор: Павел Иванов\n24 февраля 2025\n\n"
        "Северная Корея направила в Россию еще около 3000 военнослужащих, сообщил комитет начальников штабов Южной Кореи.\n\n"
        "Потери северокорейских войск в Курской области, по оценке Сеула, составили около 4000 человек.\n"
    )
    # UTF-8 read as Windows-1252 with errors="replace" (0x81, 0x8D, 0x8F, 0x90, 0x9D have no character there), saved as UTF-8.
    lossy = text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    result = normalise_bytes(lossy, "ru.txt", suffix=".txt")
    (article,) = result.articles
    assert (article.author, article.published) == ("Павел Иванов", "2025-02-24")
    body = " ".join(_texts(article))
    assert "Ñ" not in body and "Ð" not in body  # no half of a lost letter is left
    for word in ("Россию", "военнослужащих", "северокорейских", "войск", "Курской", "области", "составили", "Сеула"):
        assert word in body, word
    assert any(r.startswith("mojibake:lossy-cyrillic") for r in result.repairs)


# --- Posts and pages in Chinese, French, Spanish, Japanese and Korean -----------------------------------


def test_a_weibo_post_closed_by_its_hashtag_is_an_article_and_its_stamp_and_counters_are_chrome():
    post = "【韩国军方：朝鲜向俄罗斯增派约3000名士兵】据韩联社报道，韩国联合参谋本部24日表示，朝鲜今年1至2月向俄罗斯增派了约3000名士兵。#朝鲜向俄增兵#"
    more = "韩方估计，朝鲜军队在库尔斯克地区伤亡约4000人。"
    result = _normalise(f"环球时报\n2月24日 10:15 来自 微博 weibo.com\n{post}\n{more}\n转发 128  评论 356  赞 2041\n")
    (article,) = result.articles
    assert post in _texts(article) and more in _texts(article)
    # The paper's account posted it, and the post's bracketed lead is its headline.
    assert (article.title, article.outlet) == ("韩国军方：朝鲜向俄罗斯增派约3000名士兵", "Global Times")
    assert _removed(result, "timestamp") == ["2月24日 10:15 来自 微博 weibo.com"]
    assert _removed(result, "share-prompt") == ["转发 128  评论 356  赞 2041"]


def test_a_french_live_pages_badge_relative_entry_times_and_more_button_are_chrome():
    entries = [
        "Les unités nord-coréennes n'ont pas été vues sur le front de Koursk depuis environ trois semaines, selon un porte-parole ukrainien.",
        "Le renseignement sud-coréen estime à environ 300 le nombre de soldats nord-coréens tués et à 2 700 le nombre de blessés.",
    ]
    text = f"EN DIRECT\nGuerre en Ukraine : des soldats nord-coréens se retirent du front de Koursk\nIl y a 5 min\n{entries[0]}\nIl y a 1 h\n{entries[1]}\nVoir plus\n"
    (article,) = _normalise(text).articles
    assert article.title == "Guerre en Ukraine : des soldats nord-coréens se retirent du front de Koursk"
    assert _texts(article) == entries


def test_a_spanish_section_label_and_more_information_box_and_japanese_paywall_labels_are_chrome():
    es_1 = "El Estado Mayor Conjunto de Corea del Sur aseguró que Corea del Norte ha enviado unos 3.000 soldados adicionales a Rusia en enero y febrero."
    es = (
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.\nAceptar\nRechazar\nConfigurar\nInternacional\n"
        f"Corea del Norte envía 3.000 soldados más a Rusia\nPor Macarena Vidal Liy\nActualizado: 24 feb 2025 - 10:15 CET\n\n{es_1}\n\n{PARA}\n\n"
        "Más información\nRusia y Corea del Norte firman un pacto de defensa\n"
    )
    (article,) = _normalise(es).articles
    assert (article.title, article.author, article.published) == ("Corea del Norte envía 3.000 soldados más a Rusia", "Macarena Vidal Liy", "2025-02-24")
    assert _texts(article) == [es_1, PARA]
    ja_1 = "【ソウル共同】韓国軍合同参謀本部は24日、北朝鮮が1～2月にロシアへ約3千人の兵士を追加派遣したと明らかにした。"
    ja = f"北朝鮮、ロシアに3千人追加派兵　韓国軍発表\n2025/2/24 10:15\n有料記事\n{ja_1}\nこの記事は有料記事です。残り512文字\nログインして続きを読む\n"
    result = _normalise(ja)
    assert _texts(result.articles[0]) == [ja_1]
    assert result.articles[0].outlet == "Kyodo News"  # the wire's own dateline, place and wire run together: "【ソウル共同】"
    assert _removed(result, "paywall") == ["有料記事", "この記事は有料記事です。残り512文字\nログインして続きを読む"]


def test_a_korean_wire_pages_reporter_link_related_pointer_and_address_are_not_text():
    ko_1 = "(서울=연합뉴스) 박수진 기자 = 합동참모본부는 24일 북한이 올해 1~2월 러시아에 병력 약 3천명을 추가로 파병한 것으로 파악됐다고 밝혔다."
    ko_2 = "합참은 북한군이 쿠르스크 지역에서 약 4천명의 사상자를 낸 것으로 추정했다."
    text = (
        f"북한, 러시아에 3천명 추가 파병…\"쿠르스크서 4천명 사상\"\n송고시간2025-02-24 10:15\n박수진 기자\n기자 페이지\n{ko_1}\n{ko_2}\n"
        "▶ 관련기사: 북러, 포괄적 전략 동반자 조약 체결\nsuejin@yna.co.kr\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert article.author == "박수진" and _texts(article) == [ko_1, ko_2]
    assert _removed(result, "related-link") == ["▶ 관련기사: 북러, 포괄적 전략 동반자 조약 체결"]


def test_a_forum_topics_head_the_sites_bar_its_tags_and_its_poster_over_the_date():
    text = (
        "Skip to main content\nDefense Forum\nLog In\nSign Up\nNorth Korean shells: how many have reached Russia?\n"
        f"Geopolitics\nartillery\ndprk\nrussia\nmkovac\nDec 2024\n{LEDE}\n{PARA}\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("North Korean shells: how many have reached Russia?", "mkovac", "2024-12")
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "tags") == ["Geopolitics\nartillery\ndprk\nrussia"]
    assert _removed(result, "preamble") == ["Defense Forum"]


def test_a_photo_gallery_with_credits_under_its_captions_is_one_story_under_its_heading():
    captions = [
        "Ukrainian special forces released images they say show documents taken from North Korean soldiers killed in Kursk.",
        "A captured North Korean soldier is questioned by Ukrainian security officers in Kyiv in January 2025.",
    ]
    text = f"Photos: North Korean soldiers in Russia\n1 of 8\n{captions[0]}\n(Photo: SBU / AFP)\n2 of 8\n{captions[1]}\n(Photo: SBU / Reuters)\n"
    (article,) = _normalise(text).articles
    assert article.title == "Photos: North Korean soldiers in Russia"
    assert _body(article) == captions


# --- Posts and videos copied from the networks ------------------------------------------------------------


POST = "South Korea's JCS says North Korea sent about 3,000 more troops to Russia in January and February, on top of the 11,000 deployed last year."


def test_posts_copied_from_x_bluesky_and_linkedin_are_signed_by_their_posters():
    x_copy = f"Post\nSee new posts\nConversation\nJenny Town\n@jennytown\n{POST}\nTranslate post\n10:15 AM · Feb 24, 2025\n·\n48.2K\n Views\n"
    bluesky = f"Jenny Town\n@jennytown.bsky.social\nFollow\n{POST}\nFebruary 24, 2025 at 10:15 AM\nEverybody can reply\n12 reposts\n48 likes\n"
    linkedin = f"Jenny Town\n • 2nd\nSenior Fellow at Stimson Center | Director, 38 North\n3d • Edited •\n{POST}\n\n{PARA}\n…see more\n412\n38 comments\n"
    for text, body in [(x_copy, [POST]), (bluesky, [POST]), (linkedin, [POST, PARA])]:
        result = _normalise(text)
        (article,) = result.articles
        assert (article.author, article.outlet) == ("Jenny Town", None), text[:30]
        assert _texts(article) == body, text[:30]
        assert article.title.startswith("South Korea's JCS says")


def test_a_video_pages_channel_counts_chapters_and_controls_leave_its_title_and_description():
    text = (
        "North Korean troops in Kursk: what satellite images show\nDW News\n5.2M subscribers\nSubscribe\n12K\nShare\nDownload\n"
        f"183,402 views  Feb 24, 2025  #NorthKorea #Russia #Ukraine\n{LEDE}\n{PARA}\nChapters\n0:00 Intro\n1:12 Satellite images\n"
        "Transcript\nShow transcript\n…more\n"
    )
    (article,) = _normalise(text).articles
    assert (article.title, article.outlet, article.published) == ("North Korean troops in Kursk: what satellite images show", "Deutsche Welle", "2025-02-24")
    assert _texts(article) == [LEDE, PARA]


def test_an_arabic_source_field_under_the_story_names_the_outlet_without_its_wires():
    ar_1 = "قالت هيئة الأركان المشتركة في كوريا الجنوبية إن كوريا الشمالية أرسلت نحو 3000 جندي إضافي إلى روسيا في يناير وفبراير."
    text = f"كوريا الشمالية ترسل 3000 جندي إضافي إلى روسيا\n24/2/2025\n\n{ar_1}\n\n{AR_P2}\n\nالمصدر : الجزيرة + وكالات\n"
    (article,) = _normalise(text).articles
    assert (article.outlet, article.published) == ("Al Jazeera", "2025-02-24")
    assert _texts(article) == [ar_1, AR_P2]


# --- Wires and calendars of Taiwan and the Baltic ------------------------------------------------------------


def test_a_taiwan_wire_story_in_big5_names_its_wire_and_reporter_and_its_editors_line_is_a_credit():
    lead = "（中央社記者陳家倫台北24日電）南韓聯合參謀本部24日表示，北韓今年1至2月再向俄羅斯增派約3000名士兵。"
    rest = "南韓估計，北韓軍隊在庫斯克地區傷亡約4000人。"
    text = f"北韓再派3000兵赴俄 南韓軍方：庫斯克傷亡約4000人\n2025/02/24 10:15\n{lead}\n{rest}\n（編輯：張佳琪）1140224\n"
    result = normalise_bytes(text.encode("big5"), "cna.txt", suffix=".txt")
    (article,) = result.articles
    assert (article.outlet, article.author, article.published) == ("Central News Agency", "陳家倫", "2025-02-24")
    assert _texts(article) == [lead, rest]
    assert _removed(result, "editor-credit") == ["（編輯：張佳琪）1140224"]


def test_a_lithuanian_story_in_windows_1257_reads_its_writer_field_and_year_first_date():
    lt_1 = "Pietų Korėjos jungtinis štabų vadų komitetas pranešė, kad Šiaurės Korėja sausį ir vasarį į Rusiją išsiuntė dar apie 3000 karių."
    text = f"Šiaurės Korėja į Rusiją išsiuntė dar 3000 karių\nAutorius: Tomas Žukauskas\n2025 m. vasario 24 d.\n\n{lt_1}\n\n{PARA}\n"
    (article,) = normalise_bytes(text.encode("cp1257"), "lt.txt", suffix=".txt").articles
    assert (article.author, article.published) == ("Tomas Žukauskas", "2025-02-24")
    assert _texts(article) == [lt_1, PARA]
    found = find_date("2025. gada 24. februārī")
    assert found is not None and found.iso == "2025-02-24"


def test_an_arabic_page_in_windows_1256_its_cookie_notice_placed_byline_and_two_calendars():
    ar_1 = "قالت هيئة الأركان المشتركة في كوريا الجنوبية إن كوريا الشمالية أرسلت نحو 3000 جندي إضافي إلى روسيا في يناير وفبراير."
    html = (
        '<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>كوريا الشمالية ترسل 3000 جندي إضافي إلى روسيا - الشرق الأوسط</title></head><body>"
        '<div class="cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>'
        "<h1>كوريا الشمالية ترسل 3000 جندي إضافي إلى روسيا</h1><div class=\"byline\">سيول: عبد الله محمد</div>"
        '<div class="date">الاثنين - 25 شعبان 1446 هـ - 24 فبراير 2025 مـ</div>'
        f"<p>{ar_1}</p><p>{AR_P2}</p></body></html>"
    )
    result = normalise_bytes(html.encode("cp1256"), "page.html", suffix=".html")
    (article,) = result.articles
    assert (article.author, article.published) == ("عبد الله محمد", "2025-02-24")
    assert _texts(article) == [ar_1, AR_P2]
    assert any("ملفات تعريف الارتباط" in r.text for r in result.removed)  # the banner is on record, not in the text
    plain = f"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.\nكوريا الشمالية ترسل 3000 جندي إضافي إلى روسيا\n\n{ar_1}\n\n{AR_P2}\n"
    result = _normalise(plain)
    assert _texts(result.articles[0]) == [ar_1, AR_P2]
    assert _removed(result, "cookie-notice") == ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا."]


def test_a_blogs_like_button_a_networks_comment_sorting_and_a_finance_pages_ticker_are_chrome():
    blog = f"North Korea's artillery is reshaping the Kursk front\nPosted on February 24, 2025 by Oliver Hotham\n{LEDE}\n{PARA}\nShare this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n"
    facebook = f"Radio Free Asia\nFebruary 24, 2025 at 9:14 AM ·\n{LEDE}\n\n{PARA}\nAll reactions:\n1.2K\n148 comments\nLike\nComment\nShare\nMost relevant\n"
    finance = f"North Korea sent 3,000 more troops to Russia, Seoul says\nReuters\nMon, February 24, 2025 at 1:15 AM UTC\n2 min read\nKPW=X\n{LEDE}\n{PARA}\n"
    for text in (blog, facebook, finance):
        (article,) = _normalise(text).articles
        assert _texts(article) == [LEDE, PARA], text[:30]


# --- UTF-8 once read as a Chinese or Japanese codepage -------------------------------------------------------


ZH_TITLE = "韩国情报机构：约300名朝鲜士兵在库尔斯克阵亡"
ZH_P1 = "韩国国家情报院13日表示，在俄罗斯库尔斯克地区参战的朝鲜士兵中，约300人死亡，2700人受伤。"
ZH_P2 = "国情院还称，朝鲜可能正在准备向俄罗斯追加派兵。"
JA_P1 = "韓国の情報機関、国家情報院は13日、ロシア西部クルスク州に派遣された北朝鮮兵のうち約300人が死亡し、2700人が負傷したとの分析を明らかにした。"


def test_utf8_text_read_as_gbk_or_shift_jis_is_read_again_as_utf8():
    from store.normalise.cjk_mojibake import repair_cjk_mojibake

    for text, codepage in [(f"{ZH_TITLE}\n\n{ZH_P1}\n\n{ZH_P2}\n", "gbk"), (f"北朝鮮兵、クルスクで死傷者3千人超か\n\n{JA_P1}\n\n{ZH_P2}\n", "shift_jis")]:
        mojibake = text.encode("utf-8").decode(codepage, errors="replace")  # a lenient reader's copy
        repaired, found = repair_cjk_mojibake(mojibake)
        assert found == codepage
        # Most characters come back; a byte the reading lost stays a lost character (U+FFFD), never a wrong one.
        pattern = "".join(f".{{1,{2 * len(run)}}}" if run[0] == "\ufffd" else re.escape(run) for run in re.findall("\ufffd+|[^\ufffd]+", repaired))
        assert re.fullmatch(pattern, text, re.DOTALL) is not None
        assert len(repaired) - repaired.count("\ufffd") >= 0.75 * len(text)
        result = normalise_bytes(mojibake.encode("utf-8"), "copy.txt", suffix=".txt")
        assert f"mojibake:utf-8-read-as-{codepage}" in result.repairs and result.articles
    # Genuine Chinese, Japanese and Korean text reads as no such mojibake.
    for genuine in (ZH_P1 + ZH_P2, JA_P1, "국가정보원은 13일 러시아 쿠르스크 지역에 파병된 북한군 가운데 약 300명이 숨지고 2천700명이 다친 것으로 파악했다고 밝혔다."):
        assert repair_cjk_mojibake(genuine * 2) == (genuine * 2, None)


def test_a_dateline_set_on_three_lines_names_the_outlet_and_an_ad_slots_feedback_link_is_chrome():
    text = f"Seoul, South Korea\nCNN\n — \n{LEDE}\nAd Feedback\n{PARA}\nCNN's Yoonjung Seo contributed reporting.\n"
    result = _normalise(text)
    (article,) = result.articles
    assert article.outlet == "CNN" and article.title.startswith("North Korea has sent an additional 3,000 troops")
    assert _body(article) == [LEDE, PARA]
    assert article.passages[-1].kind == "credit"  # the outlet's writer who contributed, named
    assert _removed(result, "dateline") == ["Seoul, South Korea"] and _removed(result, "advertisement") == ["Ad Feedback"]
