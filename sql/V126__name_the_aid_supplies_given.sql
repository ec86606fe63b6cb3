-- A clerk names what was given: "Trao tặng 60.000 khẩu trang y tế", not "60.000 đơn vị vật tư, hàng hóa".
-- {note} is the note every record of the period carries, when they all carry the same one; a part in
-- square brackets may offer alternatives separated by |, the first whose values are all present being said,
-- so that records with different notes, or none, keep the generic wording. Only the built-in phrase is
-- changed: a phrase an import gave (indicator_phrase) stays as it was given.
update indicator
set phrase = 'Trao tặng {quantity} [{note}|{unit} vật tư, hàng hóa hỗ trợ][ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]'
where code = 'AID_SUPPLIES'
  and phrase = 'Trao tặng {quantity} {unit} vật tư, hàng hóa hỗ trợ[ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]';
