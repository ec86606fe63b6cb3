-- V126 made the records' note the name of what was given ("Trao tặng 60.000 khẩu trang y tế"), but a note is the
-- records' free remark, and an ordinary one ("Nhân dịp Tết Nguyên đán; số liệu do BĐBP cung cấp", "Gạo") then read as
-- the goods: "Trao tặng 200 nhân dịp Tết Nguyên đán ...". The note now follows the generic words in parentheses,
-- which any remark reads well in: "Trao tặng 60.000 đơn vị vật tư, hàng hóa hỗ trợ (khẩu trang y tế)". Only the
-- built-in phrase is changed, as V126 did.
update indicator
set phrase = 'Trao tặng {quantity} {unit} vật tư, hàng hóa hỗ trợ[ ({note})][ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]'
where code = 'AID_SUPPLIES'
  and phrase = 'Trao tặng {quantity} [{note}|{unit} vật tư, hàng hóa hỗ trợ][ cho {counterparts} đối tác nước ngoài][, trị giá {amount}]';
